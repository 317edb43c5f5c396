package be.inasti.missiondesk.store;

import static be.inasti.missiondesk.store.schema.Tables.MISSION;

import be.inasti.missiondesk.domain.text.IsoText;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
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

    /**
     * A value as the database stores it (epoch days, epoch milliseconds, 0/1), as the log would carry it; a stored
     * value its type cannot read is returned as it is, for the rules to refuse.
     */
    static String carried(Field<?> field, String stored) {
        Class<?> type = field.getType();
        try {
            if (stored == null || type == String.class) {
                return stored;
            }
            if (type == LocalDate.class) {
                return LocalDate.ofEpochDay(Long.parseLong(stored)).toString();
            }
            if (type == Instant.class) {
                return Instant.ofEpochMilli(Long.parseLong(stored)).toString();
            }
            if (type == Boolean.class) {
                return switch (stored) {
                    case "1" -> "true";
                    case "0" -> "false";
                    default -> stored;
                };
            }
            return stored;
        } catch (NumberFormatException | DateTimeException e) {
            return stored;
        }
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

    /** The values of a create operation's JSON, in the order of the table's fields (absent columns null). */
    static Object[] fromJson(Table<?> table, String text) {
        return CreatedColumns.of(table, text).row();
    }
}
