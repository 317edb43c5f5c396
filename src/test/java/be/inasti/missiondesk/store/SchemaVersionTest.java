package be.inasti.missiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Opening a database skips Flyway when it is at the bundled version: that version must be the last migration's. */
class SchemaVersionTest {
    @Test
    void theSchemaVersionIsTheLastMigrations() throws IOException, URISyntaxException {
        Path migrations = Path.of(Database.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            int last = files.map(f -> f.getFileName().toString())
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max(Integer::compare).orElseThrow();
            assertThat(Database.SCHEMA_VERSION).isEqualTo(String.valueOf(last));
        }
    }
}
