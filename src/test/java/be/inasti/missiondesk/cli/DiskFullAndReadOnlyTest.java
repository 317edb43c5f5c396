package be.inasti.missiondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.store.Database;
import be.inasti.missiondesk.store.StoreException;
import be.inasti.missiondesk.store.TableDigest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A full disk (rehearsed with a cap on the database's pages) and a read-only database: the user reads what
 * happened, what was saved before is intact, and the application goes on working.
 */
class DiskFullAndReadOnlyTest extends CliTestBase {

    Run runOn(Database.Access access, String... args) {
        return runWith((file, clock, user) -> Services.open(Database.open(file, access, clock), clock, user), args);
    }

    String digest() {
        return TableDigest.of(Path.of(db()), TableDigest.WALL_CLOCK);
    }

    int pages() {
        return Database.open(Path.of(db())).dsl().fetch("pragma page_count").get(0).get(0, Integer.class);
    }

    @Test
    void aFullDiskIsSaidInOneLineAndNothingSavedBeforeIsLost() throws Exception {
        addTitresServices();
        String before = digest();

        Run demo = runOn(new Database.Access(false, pages() + 4), "--db", db(), "demo", "--missions", "3000");

        assertThat(demo.exit()).isEqualTo(1);
        assertThat(demo.err().strip()).startsWith("missiondesk: the disk holding").contains("is full",
                "this change was not saved (everything saved before is intact)", "free some space");
        assertThat(digest()).isEqualTo(before);
        assertThat(TableDigest.integrity(Path.of(db()))).isEqualTo("ok");
        assertThat(json(run("--db", db(), "queue", "--format", "json"))).hasSize(1);
    }

    @Test
    void theApplicationKeepsRunningWhenTheDiskIsFullAndWorksOnceThereIsRoomAgain() {
        addTitresServices();
        Services full = Services.open(Database.open(Path.of(db()), new Database.Access(false, pages() + 4),
                TestServices.clockAt(TODAY)), TestServices.clockAt(TODAY), "tester");

        StoreException failure = catchThrowableOfType(StoreException.class,
                () -> full.demo().generate(3000, 1, Progress.NONE));
        long stillReadable = full.missions().count();
        int added = full.demo().generate(1, 2, Progress.NONE);

        assertThat(failure).hasMessageContaining("is full");
        assertThat(stillReadable).isEqualTo(1);
        assertThat(added).isEqualTo(1);
        assertThat(full.missions().count()).isEqualTo(2);
    }

    @Test
    void aReadOnlyDatabaseIsSaidInOneLineAndCanStillBeRead() {
        addTitresServices();
        String before = digest();

        Run add = runOn(Database.Access.READ_ONLY, "--db", db(), "mission", "add", "--type", "TITRES_SERVICES",
                "--office", "NAMUR", "--assignee", "vrenard", "--received", "2026-11-10", "--niss", NISS,
                "--name", "Marie Dupont");
        Run queue = runOn(Database.Access.READ_ONLY, "--db", db(), "queue", "--format", "csv");

        assertThat(add.exit()).isEqualTo(1);
        assertThat(add.err().strip()).startsWith("missiondesk: the database").contains("is read-only",
                "this change was not saved (everything saved before is intact)");
        assertThat(queue.exit()).as(queue.err()).isZero();
        assertThat(queue.out().strip().lines()).hasSize(2);
        assertThat(digest()).isEqualTo(before);
    }
}
