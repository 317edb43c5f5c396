package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.CLOCK;
import static be.inasti.missiondesk.store.schema.Tables.HISTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.mission.HistoryEntry;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.Stamp;
import be.inasti.missiondesk.domain.mission.Subject;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.domain.workflow.MissionLifecycle;
import be.inasti.missiondesk.domain.workflow.NewMission;
import be.inasti.missiondesk.domain.workflow.Recorded;
import be.inasti.missiondesk.domain.workflow.Workflows;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import be.inasti.missiondesk.TestDatabases;

@ParameterizedClass
@EnumSource(Engine.class)
class MissionStoreTest {
    /** The same tests on a SQLite file and on a PostgreSQL database. */
    @Parameter
    Engine engine;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Stamp STAMP = new Stamp(Instant.parse("2026-11-23T09:00:00Z"), "vrenard", "NAM-01");

    @TempDir
    Path folder;

    Database database;
    MissionStore store;
    MissionLifecycle lifecycle;

    @BeforeEach
    void open() {
        database = TestDatabases.open(engine, folder, "sub/folder/desk.db");
        Catalogue catalogue = Catalogue.bundled();
        store = new MissionStore(database, catalogue);
        lifecycle = new MissionLifecycle(catalogue, Workflows.bundled(), UUID::randomUUID);
    }

    Recorded afa(Office office) {
        return lifecycle.open(new NewMission(MissionType.ECL_AFA, office, "fleroy",
                Subject.person(Niss.parse("85073003328"), "Ana Popescu"), Source.DOCUMENT, LocalDate.of(2026, 9, 1),
                null, Priority.NORMAL, "documents by e-mail"), TODAY);
    }

    @Test
    void aMissionReadBackIsTheMissionStoredWithItsClocks() {
        Recorded created = afa(Office.LIBRAMONT);

        store.insert(List.of(created), STAMP);

        assertThat(store.find(created.mission().id())).contains(created.mission());
        assertThat(created.mission().clocks()).hasSize(2);
    }

    @Test
    void anUpdateStoresStoppedClocksAndLeavesAHistoryRowPerChange() {
        Recorded created = afa(Office.LIBRAMONT);
        store.insert(List.of(created), STAMP);
        Recorded registered = lifecycle.fire(created.mission(), "enregistrement", LocalDate.of(2026, 10, 1), TODAY);

        store.update(created.mission(), registered, STAMP);

        Mission read = store.find(created.mission().id()).orElseThrow();
        assertThat(read).isEqualTo(registered.mission());
        assertThat(read.clocks().getFirst().stoppedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        List<HistoryEntry> history = store.history(read.id());
        assertThat(history).extracting(h -> h.change().kind()).containsExactly(ChangeKind.CREATED,
                ChangeKind.CLOCK_STARTED, ChangeKind.CLOCK_STARTED, ChangeKind.TRANSITION,
                ChangeKind.STATUS, ChangeKind.CLOCK_STOPPED);
        assertThat(history.getLast()).isEqualTo(new HistoryEntry(STAMP.at(), "vrenard", "NAM-01",
                registered.changes().getLast()));
    }

    @Test
    void historyRowsCanBeNeitherChangedNorDeleted() {
        Recorded created = afa(Office.LIBRAMONT);
        store.insert(List.of(created), STAMP);

        assertThatThrownBy(() -> database.dsl().update(HISTORY).set(HISTORY.AUTHOR, "someone else").execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("history rows are never changed");
        assertThatThrownBy(() -> database.dsl().deleteFrom(HISTORY).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("history rows are never deleted");
    }

    /** The queue of an office and/or an agent, closed missions too or not, as the command line reads it. */
    private List<Mission> queue(Optional<Office> office, Optional<String> assignee, boolean includeClosed) {
        return new QueueStore(database, Catalogue.bundled()).all(new QueueCriteria(assignee, Set.of(), Set.of(),
                Set.of(), office.map(Set::of).orElse(Set.of()), "", includeClosed), TODAY);
    }

    @Test
    void theQueueFiltersByOfficeAndAssigneeAndLeavesClosedMissionsOutUnlessAsked() {
        Recorded wavre = afa(Office.WAVRE);
        Recorded namur = afa(Office.NAMUR);
        store.insert(List.of(wavre, namur), STAMP);
        Recorded registered = lifecycle.fire(namur.mission(), "enregistrement", LocalDate.of(2026, 9, 2), TODAY);
        Recorded decided = lifecycle.fire(registered.mission(), "radiation", LocalDate.of(2026, 9, 3), TODAY);
        store.update(namur.mission(), registered, STAMP);
        store.update(registered.mission(), decided, STAMP);

        assertThat(queue(Optional.empty(), Optional.empty(), false)).containsExactly(wavre.mission());
        assertThat(queue(Optional.empty(), Optional.empty(), true)).containsExactly(wavre.mission(), decided.mission());
        assertThat(queue(Optional.of(Office.NAMUR), Optional.of("fleroy"), true)).containsExactly(decided.mission());
        assertThat(queue(Optional.of(Office.WAVRE), Optional.of("nobody"), true)).isEmpty();
    }

    /** A file is created with its folder, in WAL mode; on either engine a clock of no mission is refused. */
    @Test
    void theDatabaseIsCreatedWithItsForeignKeysOn() {
        if (engine == Engine.SQLITE) {
            assertThat(database.file()).exists();
            assertThat(database.dsl().fetchValue("pragma journal_mode")).isEqualTo("wal");
        }
        var orphan = database.dsl().insertInto(CLOCK).set(CLOCK.ID, "c-1").set(CLOCK.MISSION_ID, "no-such-mission")
                .set(CLOCK.SEQ, 1).set(CLOCK.OBJECTIVE_CODE, "ECL 2-01").set(CLOCK.CATALOGUE_VERSION, "2019-2020")
                .set(CLOCK.STARTED_ON, TODAY).set(CLOCK.DUE_ON, TODAY).set(CLOCK.CANCELLED, false);

        assertThatThrownBy(orphan::execute).isInstanceOf(DataAccessException.class);
    }

    @Test
    void aCancelledInsertLeavesNothingBehind() {
        Progress cancelAfterFirstBatch = new Progress() {
            long seen;

            @Override
            public void worked(long done, long total) {
                seen = done;
            }

            @Override
            public boolean cancelled() {
                return seen > 0;
            }
        };
        List<Recorded> many = IntStream.range(0, 4_500).mapToObj(i -> afa(Office.NAMUR)).toList();

        assertThatThrownBy(() -> store.insert(many, STAMP, cancelAfterFirstBatch, MissionStore.Logging.LOGGED))
                .isInstanceOf(Progress.CancelledException.class);

        assertThat(store.count()).isZero();
    }
}
