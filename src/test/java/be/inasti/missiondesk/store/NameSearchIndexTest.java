package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.MISSION;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestServices;
import be.inasti.missiondesk.app.Services;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server, the accent-free name search is answered by the trigram index (V8) rather than by reading every
 * mission: a pattern the index cannot use (a function around the column, say) would bring the scan back. SQLite has
 * no such index; its GLOB reads the names (QueueStoreTest holds both engines to the same answers).
 */
class NameSearchIndexTest {
    @TempDir
    Path folder;

    @Test
    void theNameSearchReadsTheTrigramIndex() {
        Services central = TestServices.withDemo(Engine.POSTGRESQL, folder, LocalDate.of(2026, 11, 23), 1_000, 7);
        Database database = TestServices.store(central);
        DSLContext dsl = database.dsl();
        assertThat(dsl.fetch("SELECT indexname FROM pg_indexes WHERE tablename = 'mission'").getValues(0, String.class))
                .contains("mission_subject_name_trgm");
        manifold(dsl, 100);  // the planner reads a few thousand names rather than an index: a hundred thousand

        // a rare name, as most searches are (a common one, a twentieth of the office, is read faster by a scan)
        String plan = dsl.fetch("EXPLAIN SELECT id FROM mission WHERE subject_name ~ ?", NameGlob.regex("wérïng"))
                .getValues(0, String.class).toString();
        database.close();

        assertThat(plan).contains("Bitmap Index Scan on mission_subject_name_trgm");
    }

    /** Each mission {@code times} over, under ids of their own, as a central office of many missions has. */
    private static void manifold(DSLContext dsl, int times) {
        List<String> columns = Stream.of(MISSION.fields()).map(Field::getName).toList();
        String copied = columns.stream().map(c -> c.equals("id") ? "id || '-' || copy" : c).collect(joining(", "));
        dsl.execute("INSERT INTO mission (" + String.join(", ", columns) + ") SELECT " + copied
                + " FROM mission, generate_series(1, " + times + ") copy");
        dsl.execute("ANALYZE mission");
    }
}
