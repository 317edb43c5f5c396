package be.inasti.missiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.TestDatabases;
import java.nio.file.Path;
import org.jooq.DSLContext;
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
        Database database = TestDatabases.open(Engine.POSTGRESQL, folder, "central");
        DSLContext dsl = database.dsl();
        String plan = dsl.transactionResult(c -> {
            c.dsl().execute("SET LOCAL enable_seqscan = off");  // an empty table would be scanned whatever its indexes
            return c.dsl().fetch("EXPLAIN SELECT id FROM mission WHERE subject_name ~ ?", NameGlob.regex("lefèvre"))
                    .getValues(0, String.class).toString();
        });
        database.close();

        assertThat(plan).contains("Bitmap Index Scan on mission_subject_name_trgm");
    }
}
