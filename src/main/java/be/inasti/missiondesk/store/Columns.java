package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.MISSION;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Column values as the operation log carries them: text that reads the same on every installation (ISO dates,
 * ISO instants, true/false), and back.
 */
final class Columns {
    private static final JsonFactory JSON = new JsonFactory();

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
            return IsoText.date(text);
        }
        if (type == Instant.class) {
            return IsoText.instant(text);
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
        StringWriter text = new StringWriter(512);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            Field<?>[] fields = record.fields();
            for (int i = 0; i < fields.length; i++) {
                if (!isDerived(fields[i].getName())) {
                    json.writeStringField(fields[i].getName(), encode(record.get(i)));
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the columns of " + record.getClass().getSimpleName(), e);
        }
        return text.toString();
    }

    /**
     * The values of a create operation's JSON, in the order of the table's fields (absent columns null); unknown
     * columns are an error, not a silent loss. Read with the streaming parser straight into place: a map of the
     * text, then a record filled by column name, cost a fifth of an import.
     */
    static Object[] fromJson(Table<?> table, String text) {
        if (text == null) {
            throw new IllegalArgumentException("a create operation carries no columns");
        }
        Field<?>[] fields = table.fields();
        Object[] values = new Object[fields.length];
        try (JsonParser json = JSON.createParser(text)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a create operation's columns are not a JSON object");
            }
            int at = -1;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                at = position(table, fields, json.currentName(), at + 1);
                if (json.nextToken().isStructStart()) {
                    throw new IllegalArgumentException("column '" + json.currentName() + "' is not a single value");
                }
                values[at] = decode(fields[at], json.getValueAsString());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("a create operation's columns are not readable JSON", e);
        }
        return values;
    }

    /**
     * Columns come in the table's order, as {@link #toJson} writes them: the name is searched only otherwise. A
     * derived column is refused as unknown.
     */
    private static int position(Table<?> table, Field<?>[] fields, String name, int expected) {
        int at = expected < fields.length && fields[expected].getName().equals(name) ? expected : table.indexOf(name);
        if (at < 0 || isDerived(name)) {
            throw new IllegalArgumentException("unknown column '" + name + "'");
        }
        return at;
    }
}
