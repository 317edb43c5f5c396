package be.inasti.missiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.domain.attainment.LatenessCount;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Stamp;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.workflow.MissionLifecycle;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.domain.workflow.Recorded;
import be.inasti.missiondesk.domain.workflow.Workflows;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttainmentStoreTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    MissionStore missions;
    AttainmentStore attainment;
    MissionLifecycle lifecycle;

    @BeforeEach
    void open() {
        Database database = Database.open(folder.resolve("desk.db"));
        Catalogue catalogue = Catalogue.bundled();
        missions = new MissionStore(database, catalogue);
        attainment = new AttainmentStore(database);
        lifecycle = new MissionLifecycle(catalogue, Workflows.bundled(), UUID::randomUUID);
    }

    /** A denunciation (ECL 4-01, 180 days) received on a date and closed after some days, or left open. */
    void denunciation(Office office, LocalDate received, Integer closedAfterDays) {
        Recorded r = lifecycle.open(new NewMission(MissionType.of("ECL_DENUNCIATION"), office, "kdeprez",
                Subject.unidentified("anonymous"), Source.MANUAL, received, null, Priority.NORMAL, null), TODAY);
        if (closedAfterDays != null) {
            r = lifecycle.fire(r.mission(), "transmis-vob", received.plusDays(closedAfterDays), TODAY);
        }
        missions.insert(List.of(r), new Stamp(Instant.EPOCH, "test", "T"));
    }

    @Test
    void stoppedClocksAreCountedByDaysLateWithEarlyOnesAsZero() {
        LocalDate received = LocalDate.of(2026, 1, 5);
        denunciation(Office.NAMUR, received, 100);
        denunciation(Office.NAMUR, received, 180);
        denunciation(Office.WAVRE, received, 185);
        denunciation(Office.WAVRE, received, 185);
        denunciation(Office.WAVRE, received, null);

        List<LatenessCount> all = attainment.stopped(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Optional.empty());
        List<LatenessCount> namur = attainment.stopped(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Optional.of(Office.NAMUR));

        assertThat(all).containsExactlyInAnyOrder(new LatenessCount("ECL 4-01", "2019-2020", 0, 2),
                new LatenessCount("ECL 4-01", "2019-2020", 5, 2));
        assertThat(namur).containsExactly(new LatenessCount("ECL 4-01", "2019-2020", 0, 2));
    }

    @Test
    void onlyClocksStoppedInsideThePeriodCount() {
        denunciation(Office.NAMUR, LocalDate.of(2025, 6, 1), 10);
        denunciation(Office.NAMUR, LocalDate.of(2026, 6, 1), 10);

        assertThat(attainment.stopped(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 11), Optional.empty()))
                .containsExactly(new LatenessCount("ECL 4-01", "2019-2020", 0, 1));
    }

    @Test
    void openClocksPastTheirDueDateAreCountedByDaysOverdue() {
        denunciation(Office.NAMUR, TODAY.minusDays(190), null);
        denunciation(Office.NAMUR, TODAY.minusDays(190), null);
        denunciation(Office.NAMUR, TODAY.minusDays(180), null);
        denunciation(Office.NAMUR, TODAY.minusDays(200), 5);

        assertThat(attainment.openOverdue(TODAY, Optional.empty()))
                .containsExactly(new LatenessCount("ECL 4-01", "2019-2020", 10, 2));
    }
}
