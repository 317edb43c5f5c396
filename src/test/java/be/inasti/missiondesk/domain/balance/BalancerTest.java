package be.inasti.missiondesk.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BalancerTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static List<WorkItem> items(int urgent, int calm) {
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < urgent + calm; i++) {
            items.add(new WorkItem(new UUID(0, i), TODAY.plusDays(i), i < urgent, 1.0));
        }
        return items;
    }

    @Test
    void urgentWorkIsSpreadBeforeTheRest() {
        Proposal p = new Balancer().propose(items(4, 8),
                List.of(new Workload("a", 10), new Workload("b", 10), new Workload("c", 10), new Workload("d", 10)));

        for (String agent : List.of("a", "b", "c", "d")) {
            assertThat(p.missionsOf(agent).stream().filter(id -> id.getLeastSignificantBits() < 4))
                    .as("urgent missions of %s", agent).hasSize(1);
        }
    }

    @Test
    void theLeastLoadedColleagueTakesMoreAndTheLoadsEndEven() {
        Proposal p = new Balancer().propose(items(0, 38),
                List.of(new Workload("busy", 35), new Workload("free", 5), new Workload("mid", 20)));

        assertThat(p.missionsOf("free").size()).isGreaterThan(p.missionsOf("mid").size());
        assertThat(p.missionsOf("busy")).isEmpty();
        assertThat(Math.abs(p.loads().get("free") - p.loads().get("mid"))).isLessThanOrEqualTo(1);
    }

    /** A fraud inquiry weighing 6 against six information requests weighing 1: one colleague each, loads 6 and 6. */
    @Test
    void missionsAreWeighedByTheirType() {
        WorkItem inquiry = new WorkItem(new UUID(1, 0), TODAY.minusDays(1), false, 6.0);
        List<WorkItem> work = new ArrayList<>(List.of(inquiry));
        work.addAll(items(0, 6));

        Proposal p = new Balancer().propose(work, List.of(new Workload("a", 0), new Workload("b", 0)));

        assertThat(p.missionsOf("a")).containsExactly(inquiry.mission());
        assertThat(p.missionsOf("b")).hasSize(6);
        assertThat(p.loads()).containsEntry("a", 6.0).containsEntry("b", 6.0);
    }

    @Test
    void anUrgentMissionWeighsDoubleItsTypesWeight() {
        assertThat(new WorkItem(new UUID(0, 1), TODAY, true, 2.5).weight()).isEqualTo(5.0);
        assertThat(Workload.of("a", List.of(new WorkItem(new UUID(0, 1), TODAY, true, 2.5),
                new WorkItem(new UUID(0, 2), TODAY, false, 1.5))).load()).isEqualTo(6.5);
    }

    @Test
    void withoutColleaguesThereIsNoProposal() {
        assertThatThrownBy(() -> new Balancer().propose(items(1, 1), List.of()))
                .hasMessageContaining("at least one colleague");
    }

    /** Nobody ends above the mean + 10 % unless he already was before receiving anything. */
    @Property(tries = 300)
    void noColleagueEndsAboveTheMeanPlusTenPercentWhenItCanBeAvoided(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 60) Integer> openBefore,
            @ForAll @IntRange(min = 0, max = 25) int urgent, @ForAll @IntRange(min = 0, max = 80) int calm) {
        List<Workload> colleagues = new ArrayList<>();
        for (int i = 0; i < openBefore.size(); i++) {
            colleagues.add(new Workload("agent" + i, openBefore.get(i)));
        }
        Proposal p = new Balancer().propose(items(urgent, calm), colleagues);

        assertThat(p.assignments()).hasSize(urgent + calm);
        double limit = Math.max(p.meanLoad() * 1.1, p.meanLoad() + 2);
        for (Workload w : colleagues) {
            double after = p.loads().get(w.agent());
            boolean received = !p.missionsOf(w.agent()).isEmpty();
            assertThat(!received || after <= limit).as("%s: %.1f → %.1f, mean %.1f", w.agent(), w.load(), after,
                    p.meanLoad()).isTrue();
        }
    }
}
