package be.inasti.missiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.domain.attainment.CountedFrom;
import be.inasti.missiondesk.domain.attainment.LatenessCount;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.mission.Mission;
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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import be.inasti.missiondesk.TestDatabases;

@ParameterizedClass
@EnumSource(Engine.class)
class AttainmentStoreTest {
    /** The same tests on a SQLite file and on a PostgreSQL database. */
    @Parameter
    Engine engine;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Stamp STAMP = new Stamp(Instant.EPOCH, "test", "T");
    static final List<CountedFrom> COUNTED_FROM = List.of(new CountedFrom("ECL 4-01", "2019-2020",
            LocalDate.of(2019, 1, 1)));

    @TempDir
    Path folder;

    MissionStore missions;
    AttainmentStore attainment;
    MissionLifecycle lifecycle;

    @BeforeEach
    void open() {
        Database database = TestDatabases.open(engine, folder, "desk.db");
        Catalogue catalogue = Catalogue.bundled();
        missions = new MissionStore(database, catalogue);
        attainment = new AttainmentStore(database);
        lifecycle = new MissionLifecycle(catalogue, Workflows.bundled(), UUID::randomUUID);
    }

    /** A denunciation (ECL 4-01, 180 days) received on a date and closed after some days, or left open. */
    Mission denunciation(Office office, LocalDate received, Integer closedAfterDays) {
        Recorded r = lifecycle.open(new NewMission(MissionType.of("ECL_DENUNCIATION"), office, "kdeprez",
                Subject.unidentified("anonymous"), Source.MANUAL, received, null, Priority.NORMAL, null), TODAY);
        if (closedAfterDays != null) {
            r = lifecycle.fire(r.mission(), "transmis-vob", received.plusDays(closedAfterDays), TODAY);
        }
        missions.insert(List.of(r), STAMP);
        return r.mission();
    }

    private List<LatenessCount> stopped(LocalDate from, LocalDate to, Optional<Office> office) {
        return attainment.stopped(from, to, office, COUNTED_FROM);
    }

    @Test
    void stoppedClocksAreCountedByDaysLateWithEarlyOnesAsZero() {
        LocalDate received = LocalDate.of(2026, 1, 5);
        denunciation(Office.NAMUR, received, 100);
        denunciation(Office.NAMUR, received, 180);
        denunciation(Office.WAVRE, received, 185);
        denunciation(Office.WAVRE, received, 185);
        denunciation(Office.WAVRE, received, null);

        List<LatenessCount> all = stopped(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Optional.empty());
        List<LatenessCount> namur = stopped(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Optional.of(Office.NAMUR));

        assertThat(all).containsExactlyInAnyOrder(new LatenessCount("ECL 4-01", "2019-2020", 0, 2),
                new LatenessCount("ECL 4-01", "2019-2020", 5, 2));
        assertThat(namur).containsExactly(new LatenessCount("ECL 4-01", "2019-2020", 0, 2));
    }

    @Test
    void onlyClocksStoppedInsideThePeriodCount() {
        denunciation(Office.NAMUR, LocalDate.of(2025, 6, 1), 10);
        denunciation(Office.NAMUR, LocalDate.of(2026, 6, 1), 10);

        assertThat(stopped(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 11), Optional.empty()))
                .containsExactly(new LatenessCount("ECL 4-01", "2019-2020", 0, 1));
    }

    @Test
    void openClocksPastTheirDueDateAreCountedByDaysOverdue() {
        denunciation(Office.NAMUR, TODAY.minusDays(190), null);
        denunciation(Office.NAMUR, TODAY.minusDays(190), null);
        denunciation(Office.NAMUR, TODAY.minusDays(180), null);
        denunciation(Office.NAMUR, TODAY.minusDays(200), 5);

        assertThat(attainment.lateOn(TODAY, Optional.empty(), COUNTED_FROM))
                .containsExactly(new LatenessCount("ECL 4-01", "2019-2020", 10, 2));
    }

    /**
     * As of 31 March 2026: received 1 August 2025, due 28 January 2026 (180 days), closed 1 May 2026, 62 days late
     * that day; received 1 September 2025, due 28 February, open, 31 days late; received 1 December 2025, due 30 May,
     * not late yet; closed 20 January, before the end: not in these counts.
     */
    @Test
    void clocksNotStoppedByTheEndAndPastDueThenAreLateOnItWhetherStoppedLaterOrStillOpen() {
        denunciation(Office.NAMUR, LocalDate.of(2025, 8, 1), 273);
        denunciation(Office.NAMUR, LocalDate.of(2025, 9, 1), null);
        denunciation(Office.NAMUR, LocalDate.of(2025, 12, 1), null);
        denunciation(Office.NAMUR, LocalDate.of(2025, 8, 1), 172);

        assertThat(attainment.lateOn(LocalDate.of(2026, 3, 31), Optional.empty(), COUNTED_FROM))
                .containsExactlyInAnyOrder(new LatenessCount("ECL 4-01", "2019-2020", 62, 1),
                        new LatenessCount("ECL 4-01", "2019-2020", 31, 1));
    }

    @Test
    void aClockStaysWithTheOfficeItStoppedInWhenItsMissionIsReassignedAfter() {
        Mission namur = denunciation(Office.NAMUR, LocalDate.of(2026, 1, 5), 30);   // stopped 4 February, Q1
        Recorded toWavre = lifecycle.reassign(namur, Office.WAVRE, "jdupont", "moved in April");
        missions.update(namur, toWavre, STAMP);
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);

        assertThat(stopped(from, to, Optional.of(Office.NAMUR)))
                .containsExactly(new LatenessCount("ECL 4-01", "2019-2020", 0, 1));
        assertThat(stopped(from, to, Optional.of(Office.WAVRE))).isEmpty();
        assertThat(attainment.stoppedByMonth(from, to, Optional.of(Office.WAVRE), COUNTED_FROM)).isEmpty();
    }

    @Test
    void aDenunciationReceivedBefore2019IsNotCounted() {
        denunciation(Office.NAMUR, LocalDate.of(2018, 12, 20), 20);   // stopped 9 January 2019
        denunciation(Office.NAMUR, LocalDate.of(2019, 1, 1), 20);
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2019, 3, 31);

        assertThat(stopped(from, to, Optional.empty()))
                .containsExactly(new LatenessCount("ECL 4-01", "2019-2020", 0, 1));
        assertThat(attainment.stopped(from, to, Optional.empty(), List.of()))
                .containsExactly(new LatenessCount("ECL 4-01", "2019-2020", 0, 2));
    }
}
