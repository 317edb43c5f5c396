package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.MISSION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * Column values as the operation log carries them: text that reads the same on every installation (ISO dates,
 * ISO instants, true/false), and back.
 */
final class Columns {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Built once: an import parses the columns of every operation that creates a mission or a clock. */
    private static final ObjectReader COLUMNS = JSON.readerFor(new TypeReference<Map<String, String>>() { });

    /**
     * Columns the database derives from others (a mission's copy of its most urgent clock, kept by triggers): they
     * never travel in a batch, and a batch naming one is refused like one naming an unknown column.
     */
    private static final Set<String> DERIVED = Set.of(MISSION.URGENT_DUE_ON.getName(),
            MISSION.URGENT_STARTED_ON.getName(), MISSION.URGENT_OBJECTIVE.getName());

    private Columns() {
    }

    static boolean isDerived(String name) {
        return DERIVED.contains(name);
    }

    static String encode(Object value) {
        return value == null ? null : value.toString();
    }

    static Object decode(Field<?> field, String text) {
        if (text == null) {
            return null;
        }
        Class<?> type = field.getType();
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == Instant.class) {
            return Instant.parse(text);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        return text;
    }

    /** Every column of a record as JSON text: the payload of a create operation. */
    static String toJson(Record record) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field<?> f : record.fields()) {
            if (!isDerived(f.getName())) {
                values.put(f.getName(), encode(record.get(f)));
            }
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + values.keySet(), e);
        }
    }

    /** Fills a fresh record from a create operation's JSON; unknown columns are an error, not a silent loss. */
    static <R extends Record> R fromJson(R record, String json) {
        Map<String, String> values;
        try {
            values = COLUMNS.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a create operation's columns are not readable JSON", e);
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            Field<?> field = record.field(e.getKey());
            if (field == null || isDerived(e.getKey())) {
                throw new IllegalArgumentException("unknown column '" + e.getKey() + "'");
            }
            set(record, field, e.getValue());
        }
        return record;
    }

    @SuppressWarnings("unchecked")
    static void set(Record record, Field<?> field, String text) {
        record.set((Field<Object>) field, decode(field, text));
    }

    static boolean isColumn(Record record, String name) {
        Field<?> field = record.field(name);
        return field instanceof TableField<?, ?>;
    }
}
