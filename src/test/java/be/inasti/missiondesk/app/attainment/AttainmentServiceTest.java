package be.inasti.missiondesk.app.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestDatabases;
import be.inasti.missiondesk.domain.attainment.Attainment;
import be.inasti.missiondesk.domain.attainment.AttainmentRow;
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
import be.inasti.missiondesk.store.AttainmentStore;
import be.inasti.missiondesk.store.Database;
import be.inasti.missiondesk.store.Engine;
import be.inasti.missiondesk.store.MissionStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A past period's projection is the one its end saw, whatever the day it is viewed on. */
@ParameterizedClass
@EnumSource(Engine.class)
class AttainmentServiceTest {
    /** The same tests on a SQLite file and on a PostgreSQL database. */
    @Parameter
    Engine engine;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate Q1_FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate Q1_TO = LocalDate.of(2026, 3, 31);

    @TempDir
    Path folder;

    Database database;
    Catalogue catalogue;
    MissionLifecycle lifecycle;

    @BeforeEach
    void open() {
        database = TestDatabases.open(engine, folder, "desk.db");
        catalogue = Catalogue.bundled();
        lifecycle = new MissionLifecycle(catalogue, Workflows.bundled(), UUID::randomUUID);
    }

    /** A denunciation (ECL 4-01, due 180 days after it is received) closed after some days, or left open. */
    void denunciation(LocalDate received, Integer closedAfterDays) {
        Recorded r = lifecycle.open(new NewMission(MissionType.of("ECL_DENUNCIATION"), Office.NAMUR, "kdeprez",
                Subject.unidentified("anonymous"), Source.MANUAL, received, null, Priority.NORMAL, null), TODAY);
        if (closedAfterDays != null) {
            r = lifecycle.fire(r.mission(), "transmis-vob", received.plusDays(closedAfterDays), TODAY);
        }
        new MissionStore(database, catalogue).insert(List.of(r), new Stamp(Instant.EPOCH, "test", "T"));
    }

    AttainmentRow denunciationsOfQ1ViewedOn(LocalDate day) {
        Clock clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        AttainmentService service = new AttainmentService(new Attainment(catalogue), new AttainmentStore(database),
                clock);
        return service.attainment(Q1_FROM, Q1_TO, Optional.empty()).stream()
                .filter(r -> r.objective().equals("ECL 4-01")).findFirst().orElseThrow();
    }

    /**
     * Received 1 August 2025, due 28 January 2026: one closed 20 January (met, in Q1), one closed 1 May (late at
     * the end of Q1). Received 1 September, due 28 February, still open: late at the end of Q1. Received 1 December,
     * due 30 May: not due in Q1, though open and late by July. Q1 projects 1 met of 3: 33.3 %.
     */
    @Test
    void aPastQuarterProjectsTheSameOnAnyDayItIsViewed() {
        denunciation(LocalDate.of(2025, 8, 1), 172);
        denunciation(LocalDate.of(2025, 8, 1), 273);
        denunciation(LocalDate.of(2025, 9, 1), null);
        denunciation(LocalDate.of(2025, 12, 1), null);

        for (LocalDate day : List.of(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 7, 1))) {
            AttainmentRow row = denunciationsOfQ1ViewedOn(day);
            assertThat(row.stopped()).as("viewed on %s", day).isEqualTo(1);
            assertThat(row.attainmentPercent()).as("viewed on %s", day).isEqualTo(100.0);
            assertThat(row.openOverdue()).as("viewed on %s", day).isEqualTo(2);
            assertThat(row.projectionPercent()).as("viewed on %s", day).isEqualTo(33.3);
        }
    }

    /** Viewed on 15 March, the quarter still runs: only the open clock due 28 February is late that day. */
    @Test
    void aRunningQuarterProjectsAsOfToday() {
        denunciation(LocalDate.of(2025, 9, 1), null);
        denunciation(LocalDate.of(2025, 12, 1), null);

        AttainmentRow row = denunciationsOfQ1ViewedOn(LocalDate.of(2026, 3, 15));

        assertThat(row.openOverdue()).isEqualTo(1);
        assertThat(row.projectionPercent()).isEqualTo(0.0);
    }
}
