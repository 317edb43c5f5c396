package be.inasti.missiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Opening a database skips Flyway when it is at its engine's version: that must be the last migration's. */
class SchemaVersionTest {
    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSchemaVersionIsTheLastMigrations(Engine engine) throws IOException, URISyntaxException {
        Path migrations = Path.of(Database.class.getResource("/" + engine.migrations()).toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            int last = files.map(f -> f.getFileName().toString())
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max(Integer::compare).orElseThrow();
            assertThat(engine.schemaVersion()).isEqualTo(String.valueOf(last));
        }
    }
}
