package be.inasti.missiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void theNextBackupRemovesTheLeftoverOfACopyKilledLongAgoButNotOneInProgress() throws IOException {
        Backups backups = new Backups(Database.open(folder.resolve("desk.db")), 5);
        Path killed = part(backups, "killed", NOW.minus(Duration.ofHours(3)));
        Path writing = part(backups, "writing", NOW.minus(Duration.ofMinutes(2)));

        Path copy = backups.rotating("before-import", NOW).orElseThrow();

        assertThat(copy).exists();
        assertThat(killed).doesNotExist();
        assertThat(writing).exists();
    }

    private static Path part(Backups backups, String name, Instant modified) throws IOException {
        Path part = Files.createDirectories(backups.folder()).resolve(".missiondesk-backup-" + name + ".part");
        Files.writeString(part, "half a copy");
        Files.setLastModifiedTime(part, FileTime.from(modified));
        return part;
    }
}
