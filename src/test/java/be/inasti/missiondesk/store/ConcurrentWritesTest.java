package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.FIELD_VERSION;
import static be.inasti.missiondesk.store.schema.Tables.HISTORY;
import static be.inasti.missiondesk.store.schema.Tables.MISSION;
import static be.inasti.missiondesk.store.schema.Tables.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestDatabases;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.catalogue.Catalogue;
import be.inasti.missiondesk.domain.identity.Niss;
import be.inasti.missiondesk.domain.mission.ChangeKind;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A central office on a real PostgreSQL: several coordinators reassigning the same missions, a batch of new missions
 * being imported and others paging the queue, all at once, each on a connection pool of their own. Every change
 * must be there with its history row, the site's sequence numbers must run 1, 2, 3… without a hole or a double,
 * and each field's version must be its last write's.
 */
class ConcurrentWritesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final int MISSIONS = 60;
    static final int COORDINATORS = 4;
    static final int REASSIGNS_EACH = 40;
    static final int IMPORTED = 1_500;
    static final int READERS = 2;

    @TempDir
    Path folder;

    final Catalogue catalogue = Catalogue.bundled();
    final MissionLifecycle lifecycle = new MissionLifecycle(catalogue, Workflows.bundled(), UUID::randomUUID);

    Recorded afa(int n) {
        return lifecycle.open(new NewMission(MissionType.ECL_AFA, Office.NAMUR, "fleroy",
                Subject.person(Niss.parse("85073003328"), "Popescu " + n), Source.DOCUMENT, TODAY.minusDays(n % 90),
                null, Priority.NORMAL, null), TODAY);
    }

    static Stamp stamp(String author) {
        return new Stamp(Instant.parse("2026-11-23T09:00:00Z"), author, "CEN-01");
    }

    @Test
    void coordinatorsAnImportAndReadersAtOnceLoseNothing() throws Exception {
        Database central = TestDatabases.open(Engine.POSTGRESQL, folder, "central");
        List<Recorded> first = IntStream.range(0, MISSIONS).mapToObj(this::afa).toList();
        new MissionStore(central, catalogue).insert(first, stamp("setup"));
        List<UUID> ids = first.stream().map(r -> r.mission().id()).toList();
        Map<UUID, Set<String>> written = new ConcurrentHashMap<>();
        ids.forEach(id -> written.put(id, ConcurrentHashMap.newKeySet()));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger pagesRead = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(COORDINATORS + 1 + READERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int c = 0; c < COORDINATORS; c++) {
            int coordinator = c;
            writers.add(pool.submit(() -> {
                Database own = TestDatabases.reopen(central.location(), folder);
                MissionStore missions = new MissionStore(own, catalogue);
                for (int k = 0; k < REASSIGNS_EACH; k++) {
                    UUID id = ids.get((k * 7 + coordinator) % ids.size());
                    String assignee = "c" + coordinator + "k" + k;
                    Office office = k % 3 == 0 ? Office.WAVRE : Office.NAMUR;
                    missions.change(id, m -> lifecycle.reassign(m, office, assignee, "load"),
                            stamp("coord" + coordinator));
                    written.get(id).add(assignee);
                }
                own.close();
                return null;
            }));
        }
        writers.add(pool.submit(() -> {
            Database own = TestDatabases.reopen(central.location(), folder);
            new MissionStore(own, catalogue).insert(IntStream.range(MISSIONS, MISSIONS + IMPORTED).mapToObj(this::afa)
                    .toList(), stamp("batch"), Progress.NONE, MissionStore.Logging.LOGGED);
            own.close();
            return null;
        }));
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            readers.add(pool.submit(() -> {
                Database own = TestDatabases.reopen(central.location(), folder);
                QueueStore queue = new QueueStore(own, catalogue);
                while (writing.get()) {
                    assertThat(queue.page(QueueCriteria.all(), List.of(), TODAY, 0, 50)).isNotEmpty();
                    pagesRead.incrementAndGet();
                }
                own.close();
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();  // a writer's failure fails the test here, with its cause
        }
        writing.set(false);
        for (Future<?> reader : readers) {
            reader.get();
        }
        pool.shutdown();

        DSLContext db = central.dsl();
        assertThat(db.fetchCount(MISSION)).isEqualTo(MISSIONS + IMPORTED);
        assertThat(pagesRead.get()).isPositive();
        for (UUID id : ids) {
            Set<String> inHistory = db.select(HISTORY.NEW_VALUE).from(HISTORY)
                    .where(HISTORY.MISSION_ID.eq(id.toString())).and(HISTORY.KIND.eq(ChangeKind.ASSIGNEE.name()))
                    .fetchSet(HISTORY.NEW_VALUE);
            assertThat(inHistory).as("every reassignment of %s in its history", id).isEqualTo(written.get(id));
            String last = db.select(HISTORY.NEW_VALUE).from(HISTORY).where(HISTORY.MISSION_ID.eq(id.toString()))
                    .and(HISTORY.KIND.eq(ChangeKind.ASSIGNEE.name())).orderBy(HISTORY.ID.desc()).limit(1)
                    .fetchOne(HISTORY.NEW_VALUE);
            Mission now = new MissionStore(central, catalogue).find(id).orElseThrow();
            assertThat(now.assignee()).as("the last reassignment of %s is the one that holds", id).isEqualTo(last);
        }
        int reassigns = COORDINATORS * REASSIGNS_EACH;
        assertThat(db.fetchCount(HISTORY, HISTORY.KIND.eq(ChangeKind.ASSIGNEE.name()))).isEqualTo(reassigns);
        List<Long> seqs = db.select(OPERATION.ORIGIN_SEQ).from(OPERATION).where(OPERATION.ORIGIN.eq("CEN-01"))
                .orderBy(OPERATION.ORIGIN_SEQ).fetch(OPERATION.ORIGIN_SEQ);
        assertThat(seqs).as("gap-free and unique").isEqualTo(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
        Map<String, Long> lastAssigneeOp = db.select(OPERATION.ENTITY_ID, OPERATION.HLC).from(OPERATION)
                .where(OPERATION.FIELD.eq("assignee")).fetch().stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2(), Math::max));
        Map<String, Long> versions = db.select(FIELD_VERSION.ENTITY_ID, FIELD_VERSION.HLC).from(FIELD_VERSION)
                .where(FIELD_VERSION.FIELD.eq("assignee")).fetchMap(FIELD_VERSION.ENTITY_ID, FIELD_VERSION.HLC);
        assertThat(versions).as("each field's version is its last write's").isEqualTo(lastAssigneeOp);
    }
}
