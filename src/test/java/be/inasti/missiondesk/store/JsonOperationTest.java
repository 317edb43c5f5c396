package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import be.inasti.missiondesk.TestDatabases;

/**
 * The JSON SQLite writes for an export is the JSON data binding writes for the operation: format version 1. Byte for
 * byte where data binding writes a character as it is; the same JSON values where it escapes one and SQLite does not
 * (a letter beyond the BMP, which Jackson writes as an escaped surrogate pair) or in lower case ({@code \u001f}).
 */
@ParameterizedClass
@EnumSource(Engine.class)
class JsonOperationTest {
    /** The same tests on a SQLite file and on a PostgreSQL database. */
    @Parameter
    Engine engine;

    static final ObjectMapper DATA_BINDING = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** After 2001-09-09 (13 digits) and before the year 10 000, which {@link Instant#toString()} writes with a sign. */
    static final long EARLIEST = 1_000_000_000_000L;
    static final long LATEST = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

    @TempDir
    Path folder;

    DSLContext dsl;
    SyncStore store;

    @BeforeEach
    void open() {
        Database database = TestDatabases.open(engine, folder, "log.db");
        dsl = database.dsl();
        store = new SyncStore(database);
    }

    @Test
    void aCreationIsWrittenByteForByteAsDataBindingWritesIt() throws IOException {
        Operation created = new Operation("NAM-07", 1, 1_790_000_000_000L, "vrenard",
                Instant.parse("2026-11-23T09:00:00Z"), Operation.MISSION, "m-1", "m-1", Operation.CREATE, null,
                "{\"id\":\"m-1\",\"notes\":\"né \\\"été\\\" \\\\ à Namur / \\n\"}");
        Operation changed = new Operation("NAM-07", 2, 1_790_000_000_001L, "vrenard",
                Instant.parse("2026-11-23T09:00:00.120Z"), Operation.CLOCK, "c-1", "m-1", "stopped_on", "", "2026-11-23");

        List<JsonOperation> exported = logAndExport(List.of(created, changed));

        assertThat(text(exported.get(0).utf8())).isEqualTo(text(DATA_BINDING.writeValueAsBytes(created)));
        assertThat(text(exported.get(1).utf8())).isEqualTo(text(DATA_BINDING.writeValueAsBytes(changed)));
        assertThat(exported).extracting(JsonOperation::missionId).containsExactly("m-1", "m-1");
    }

    @Test
    void anyTextAndAnyMillisecondReadBackAsTheOperationLogged() throws IOException {
        Random random = new Random(23);
        List<Operation> logged = new ArrayList<>();
        for (int seq = 1; seq <= 2_000; seq++) {
            logged.add(new Operation("NAM-" + seq % 3, seq, random.nextLong(0, Long.MAX_VALUE), anyText(random),
                    Instant.ofEpochMilli(seq % 5 == 0 ? random.nextLong(EARLIEST, LATEST) / 1000 * 1000
                            : random.nextLong(EARLIEST, LATEST)), anyText(random), anyText(random), anyText(random),
                    anyText(random), random.nextBoolean() ? null : anyText(random),
                    random.nextBoolean() ? null : anyText(random)));
        }

        List<JsonOperation> exported = logAndExport(logged);

        assertThat(exported).hasSameSizeAs(logged);
        for (int i = 0; i < logged.size(); i++) {
            Operation op = logged.get(i);
            byte[] json = exported.get(i).utf8();
            assertThat(DATA_BINDING.readTree(json)).as(text(json))
                    .isEqualTo(DATA_BINDING.readTree(DATA_BINDING.writeValueAsBytes(op)));
            assertThat(DATA_BINDING.readValue(json, Operation.class)).isEqualTo(op);
            assertThat(exported.get(i).missionId()).isEqualTo(op.missionId());
        }
    }

    private List<JsonOperation> logAndExport(List<Operation> operations) {
        dsl.transaction(tx -> operations.forEach(op -> tx.dsl().insertInto(OPERATION).set(OPERATION.ORIGIN, op.origin()).set(OPERATION.ORIGIN_SEQ, op.originSeq())
                    .set(OPERATION.HLC, op.hlc()).set(OPERATION.AUTHOR, op.author())
                    .set(OPERATION.RECORDED_AT, op.recordedAt()).set(OPERATION.ENTITY, op.entity())
                    .set(OPERATION.ENTITY_ID, op.entityId()).set(OPERATION.MISSION_ID, op.missionId())
                    .set(OPERATION.FIELD, op.field()).set(OPERATION.OLD_VALUE, op.oldValue())
                    .set(OPERATION.NEW_VALUE, op.newValue()).execute()));
        List<JsonOperation> exported = new ArrayList<>();
        store.toExport("CENTRAL", 0, Long.MAX_VALUE, false, "NAM-07", Optional.empty(), exported::add);
        return exported;
    }

    /**
     * Text with what JSON must escape: quotes, backslashes, control characters, NUL (on SQLite: PostgreSQL's text
     * holds no NUL, and the domain's rules let none through); and letters beyond ASCII.
     */
    private String anyText(Random random) {
        int[] alphabet = {engine == Engine.SQLITE ? 0 : 2, 1, 8, 9, 10, 13, 31, '"', '\\', '/', 'a', 'Z', '0', ' ', 'é',
            'ß', 0x2028, 0x1F600};
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            text.appendCodePoint(random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)]
                    : random.nextInt(0x20, 0xD7FF));
        }
        return text.toString();
    }

    private static String text(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
