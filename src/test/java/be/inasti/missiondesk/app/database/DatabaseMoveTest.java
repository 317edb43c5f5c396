package be.inasti.missiondesk.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.TestDatabases;
import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.Explained;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.domain.check.CheckResult;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.queue.QueueCriteria;
import be.inasti.missiondesk.store.PostgresServer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A central office moved from its file to PostgreSQL keeps everything: every table verified, and the same queue
 * counts and attainment figures read from either.
 */
class DatabaseMoveTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    @Test
    void everyTableIsCopiedAndVerifiedAndBothEnginesGiveTheSameFigures() {
        Services file = TestServices.withDemo(folder, TODAY, 800, 7);
        List<UUID> some = file.queue().all(QueueCriteria.all()).stream().limit(20).map(i -> i.mission().id())
                .toList();
        some.forEach(id -> file.missions().reassign(id, Office.WAVRE, "kdeprez", "rebalanced"));
        PostgresServer server = TestDatabases.empty(folder.resolve("central"));
        List<Long> progress = new ArrayList<>();

        List<DatabaseMove.TableCopied> copied = DatabaseMove.copy(file.database().file(), server.url().toString(),
                Map.of(), folder, "postgres", server.localFolder(), TestServices.clockAt(TODAY), recording(progress));

        assertThat(copied).extracting(DatabaseMove.TableCopied::table).contains("mission", "clock", "history",
                "operation", "field_version", "site", "conflict", "setting");
        assertThat(copied).filteredOn(t -> t.table().equals("operation")).singleElement()
                .satisfies(t -> assertThat(t.rows()).isPositive());
        assertThat(progress).isNotEmpty().isSorted();
        Services central = Services.open(TestDatabases.reopen(server.url().toString(), server.localFolder()),
                TestServices.clockAt(TODAY), "tester");
        assertThat(central.queue().first(QueueCriteria.all(), List.of(), 50).counts())
                .isEqualTo(file.queue().first(QueueCriteria.all(), List.of(), 50).counts());
        assertThat(central.queue().agentCounts(QueueCriteria.all()))
                .isEqualTo(file.queue().agentCounts(QueueCriteria.all()));
        assertThat(central.attainment().attainment(TODAY.minusYears(1), TODAY, Optional.empty()))
                .isEqualTo(file.attainment().attainment(TODAY.minusYears(1), TODAY, Optional.empty()));
        central.missions().reassign(some.getFirst(), Office.NAMUR, "fleroy", "back");  // the numbering goes on
        assertThat(central.database().check()).isNotEmpty().allMatch(CheckResult::ok);
        assertThatThrownBy(() -> central.database().copyTo(folder.resolve("copy.db")))
                .isInstanceOf(Explained.class).hasMessageContaining("pg_dump");
    }

    @Test
    void aTargetHoldingAnythingIsRefusedAndLeftAsItWas() {
        Services file = TestServices.withDemo(folder, TODAY, 50, 7);
        PostgresServer server = TestDatabases.fresh(folder.resolve("central"));
        Services central = Services.open(TestDatabases.reopen(server.url().toString(), server.localFolder()),
                TestServices.clockAt(TODAY), "tester");
        central.demo().generate(3, 1, Progress.NONE);

        assertThatThrownBy(() -> DatabaseMove.copy(file.database().file(), server.url().toString(), Map.of(), folder,
                "postgres", server.localFolder(), TestServices.clockAt(TODAY), Progress.NONE))
                .isInstanceOf(Explained.class).hasMessageContaining("mission");
        assertThat(central.missions().count()).isEqualTo(3);
    }

    private static Progress recording(List<Long> done) {
        return new Progress() {
            @Override
            public void worked(long rows, long total) {
                done.add(rows);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
