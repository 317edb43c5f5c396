package be.inasti.missiondesk.store;

import be.inasti.missiondesk.domain.Explanation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The columns a create operation writes, read once from its JSON: an import's checks decide on these values, and the
 * store writes these very values ({@link #row}), so what was checked and what is written cannot differ. A column
 * given twice is refused: a reader keeping the first and another keeping the last would disagree.
 */
public final class CreatedColumns {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<Table<?>, Map<String, Integer>> POSITIONS = new ConcurrentHashMap<>();

    private final Table<?> table;
    private final String[] texts;
    private final boolean[] given;
    private final Explanation problem;

    private CreatedColumns(Table<?> table, String[] texts, boolean[] given, Explanation problem) {
        this.table = table;
        this.texts = texts;
        this.given = given;
        this.problem = problem;
    }

    /** Reads the columns of a created mission or clock; {@link #problem} says why they cannot be read, if so. */
    public static CreatedColumns of(String entity, String json) {
        return of(OperationApplier.tableOf(entity), json);
    }

    static CreatedColumns of(Table<?> table, String json) {
        Field<?>[] fields = table.fields();
        String[] texts = new String[fields.length];
        boolean[] given = new boolean[fields.length];
        if (json == null) {
            return new CreatedColumns(table, texts, given, Explanation.of("operation.noColumns"));
        }
        try (JsonParser in = JSON.createParser(json)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                return new CreatedColumns(table, texts, given, Explanation.of("operation.columnsNotAnObject"));
            }
            int at = -1;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                at = position(table, fields, name, at + 1);
                Explanation wrong = at < 0 ? Explanation.of("operation.unknownColumn", name)
                        : given[at] ? Explanation.of("operation.columnTwice", name)
                        : in.nextToken().isStructStart() ? Explanation.of("operation.columnNotSingle", name) : null;
                if (wrong != null) {
                    return new CreatedColumns(table, texts, given, wrong);
                }
                given[at] = true;
                texts[at] = in.getValueAsString();
            }
            return new CreatedColumns(table, texts, given, in.nextToken() == null ? null
                    : Explanation.of("operation.columnsNotAnObject"));
        } catch (IOException e) {
            return new CreatedColumns(table, texts, given, Explanation.of("operation.columnsNotAnObject"));
        }
    }

    /**
     * Columns come in the table's order, as {@link Columns#toJson} writes them: the name is searched only otherwise.
     * A derived column is unknown (-1).
     */
    private static int position(Table<?> table, Field<?>[] fields, String name, int expected) {
        int at = expected < fields.length && fields[expected].getName().equals(name) ? expected : table.indexOf(name);
        return Columns.isDerived(name) ? -1 : at;
    }

    public Optional<Explanation> problem() {
        return Optional.ofNullable(problem);
    }

    /** The text of a column as the operation carries it; null when absent or null. */
    public String text(String column) {
        int at = positionOf(column);
        return at < 0 ? null : texts[at];
    }

    /** Whether the operation names the column at all. */
    public boolean has(String column) {
        int at = positionOf(column);
        return at >= 0 && given[at];
    }

    /** By a map made once per table: jOOQ's {@code indexOf} compares names one by one, each check of every create. */
    private int positionOf(String column) {
        return POSITIONS.computeIfAbsent(table, CreatedColumns::positions).getOrDefault(column, -1);
    }

    private static Map<String, Integer> positions(Table<?> table) {
        Field<?>[] fields = table.fields();
        Map<String, Integer> positions = HashMap.newHashMap(fields.length);
        for (int i = 0; i < fields.length; i++) {
            positions.put(fields[i].getName(), i);
        }
        return positions;
    }

    /** The values to insert, in the order of the table's fields (absent columns null). */
    Object[] row() {
        if (problem != null) {
            throw new IllegalArgumentException(problem.inEnglish());
        }
        Field<?>[] fields = table.fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = Columns.decode(fields[i], texts[i]);
        }
        return values;
    }
}
