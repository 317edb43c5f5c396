package be.inasti.missiondesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.mission.Mission;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.workflow.Transition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jooq.Record;

/**
 * Whatever a desk and the centre do offline and in whatever order they exchange batches, once batches have gone
 * both ways they hold the same missions and clocks, and every value a concurrent write overwrote is in the
 * conflicts table.
 */
class ConvergenceProperties {

    /** One step of a script: an edit on one side (which mission, which allowed event), or an exchange. */
    record Step(int kind, int mission, int choice) {
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 3)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(14);
    }

    @Property(tries = 25)
    void desksAndCentreConvergeAndLoseNothing(@ForAll("scripts") List<Step> script) throws IOException {
        Path folder = Files.createTempDirectory("convergence");
        SyncSites sites = new SyncSites(folder);
        Services central = sites.site("CENTRAL", Office.CENTRAL, Role.CENTRAL);
        Services desk = sites.site("NAM-07", Office.NAMUR, Role.CASEWORKER);
        List<UUID> missions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            missions.add(SyncSites.titresServices(central, Office.NAMUR, "vrenard").id());
        }
        desk.sync().importBatch(sites.export(central, "NAM-07"), false);

        for (Step s : script) {
            UUID id = missions.get(s.mission());
            switch (s.kind()) {
                case 0 -> edit(desk, id, s.choice());
                case 1 -> edit(central, id, s.choice());
                case 2 -> central.missions().reassign(id, Office.NAMUR, "agent" + s.choice(), "balance");
                case 3 -> central.sync().importBatch(sites.export(desk, "CENTRAL"), false);
                default -> desk.sync().importBatch(sites.export(central, "NAM-07"), false);
            }
        }
        for (int round = 0; round < 2; round++) {
            central.sync().importBatch(sites.export(desk, "CENTRAL"), false);
            desk.sync().importBatch(sites.export(central, "NAM-07"), false);
        }

        assertThat(state(desk)).isEqualTo(state(central));
        nothingSilentlyLost(central);
        nothingSilentlyLost(desk);
        deleteQuietly(folder);
    }

    private static void edit(Services site, UUID id, int choice) {
        Mission m = site.missions().get(id);
        List<Transition> allowed = site.missions().allowed(m);
        if (!allowed.isEmpty()) {
            Transition step = allowed.get(choice % allowed.size());
            site.missions().fire(id, step.event(), SyncSites.TODAY, step.needsComment() ? "why: test" : null);
        }
    }

    private static String state(Services site) {
        var db = TestServices.store(site).dsl();
        return db.fetch("select id, type, office, assignee, status, closed, priority, outcome from mission order by id")
                .formatCSV() + db.fetch("select id, mission_id, objective_code, started_on, due_on, stopped_on, "
                + "cancelled from clock order by id").formatCSV();
    }

    /** Every value written for a workflow field is in the history or, if it lost a concurrent write, a conflict. */
    private static void nothingSilentlyLost(Services site) {
        var db = TestServices.store(site).dsl();
        for (Record op : db.fetch("select mission_id, field, new_value from operation where entity = 'mission' "
                + "and field in ('status', 'outcome', 'assignee')")) {
            String mission = op.get(0, String.class);
            String field = op.get(1, String.class);
            String value = op.get(2, String.class);
            boolean inHistory = db.fetchExists(db.selectOne().from("history").where("mission_id = ? and field = ? "
                    + "and new_value = ?", mission, field, value));
            boolean inConflicts = db.fetchExists(db.selectOne().from("conflict").where("mission_id = ? and field = ? "
                    + "and lost_value = ?", mission, field, value));
            assertThat(inHistory || inConflicts).as("%s of %s = %s kept somewhere", field, mission, value).isTrue();
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
