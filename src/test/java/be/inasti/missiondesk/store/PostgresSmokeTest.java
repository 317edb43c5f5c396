package be.inasti.missiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresSmokeTest {
    @TempDir
    Path folder;

    @Test
    void opens() {
        Database db = TestDatabases.open(Engine.POSTGRESQL, folder, "x");
        assertThat(db.tables()).contains("mission", "operation");
    }
}
