package be.inasti.missiondesk.store;

import be.inasti.missiondesk.domain.Progress;
import be.inasti.missiondesk.store.schema.DefaultSchema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Moves a central office from its SQLite file to an empty PostgreSQL database: every table of the schema (missions,
 * clocks, history, settings, flows, sites, the operation log, field versions, partners, batches, conflicts), in one
 * transaction on the server. Before it commits, each table is read back and held to the file's: the same number of
 * rows and the same SHA-256 over every value of every row in key order, else nothing is kept. A target that holds
 * any row is refused, so that a copy never mixes with what is there.
 */
public final class DatabaseCopy {
    /** Rows per JDBC batch: large enough to keep the server busy, small enough to report progress often. */
    static final int CHUNK = 2_000;

    /** What one table's copy gave: its rows and their checksum, the same on both sides. */
    public record Copied(String table, long rows, String sha256) {
    }

    private DatabaseCopy() {
    }

    public static List<Copied> copy(Database from, Database to, Progress progress) {
        if (from.engine() != Engine.SQLITE) {
            throw new StoreException(null, "copy.sourceNotSqlite", from.location());
        }
        if (to.engine() != Engine.POSTGRESQL) {
            throw new StoreException(null, "copy.targetNotPostgresql", to.location());
        }
        List<String> holding = tables().stream().filter(t -> to.dsl().fetchExists(t)).map(Table::getName).toList();
        if (!holding.isEmpty()) {
            throw new StoreException(null, "copy.targetNotEmpty", to.location(), String.join(", ", holding));
        }
        long total = tables().stream().mapToLong(t -> from.dsl().fetchCount(t)).sum();
        return Transactions.writeResult(to.dsl(), tx -> {
            DSLContext target = tx.dsl();
            List<Copied> copied = new ArrayList<>();
            long[] done = {0};
            for (Table<?> table : tables()) {
                Copied read = read(from.dsl(), table, chunk -> {
                    Batches.insert(target, table, chunk);
                    done[0] += chunk.size();
                    progress.worked(done[0], total);
                    progress.checkCancelled();
                });
                Copied written = read(target, table, chunk -> { });
                if (!written.equals(read)) {
                    throw new StoreException(null, "copy.mismatch", table.getName(), read + " / " + written);
                }
                copied.add(read);
            }
            continueNumbering(target);
            return copied;
        });
    }

    /** The schema's tables, those referred to before those referring to them. */
    static List<Table<?>> tables() {
        List<Table<?>> ordered = new ArrayList<>();
        List<Table<?>> left = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        left.removeIf(t -> t.getName().equals("flyway_schema_history"));
        while (!left.isEmpty()) {
            Table<?> next = left.stream().filter(t -> t.getReferences().stream()
                    .allMatch(r -> r.getKey().getTable().equals(t) || ordered.contains(r.getKey().getTable())))
                    .findFirst().orElseThrow();
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }

    /** Reads a table in key order, a chunk of records at a time, summing up what was read. */
    private static Copied read(DSLContext db, Table<?> table, Consumer<List<Record>> each) {
        MessageDigest sha = sha256();
        long rows = 0;
        List<Record> chunk = new ArrayList<>(CHUNK);
        try (Cursor<? extends Record> cursor = db.selectFrom(table).orderBy(order(table)).fetchSize(CHUNK)
                .fetchLazy()) {
            for (Record r : cursor) {
                digest(sha, r);
                chunk.add(r);
                rows++;
                if (chunk.size() == CHUNK) {
                    each.accept(chunk);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
        }
        if (!chunk.isEmpty()) {
            each.accept(chunk);
        }
        return new Copied(table.getName(), rows, HexFormat.of().formatHex(sha.digest()));
    }

    /** Every value of the row as the generated classes read it (the same Java value from either engine). */
    private static void digest(MessageDigest sha, Record r) {
        for (Object value : r.intoArray()) {
            byte[] bytes = value instanceof byte[] b ? b : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            int length = value == null ? -1 : bytes.length;  // a null is not the text "null"
            sha.update(Integer.toString(length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
        }
    }

    /** The primary key, else every column: a total order on both engines. */
    private static List<SortField<?>> order(Table<?> table) {
        List<? extends Field<?>> key = table.getPrimaryKey() != null ? table.getPrimaryKey().getFields()
                : List.of(table.fields());
        return key.stream().<SortField<?>>map(Field::asc).toList();
    }

    /** Rows copied with their numbers leave the server's sequences behind: the next number follows the last. */
    private static void continueNumbering(DSLContext db) {
        for (String[] numbered : new String[][] {{"history", "id"}, {"operation", "pos"}, {"conflict", "id"}}) {
            db.fetch("select setval(pg_get_serial_sequence({0}, {1}), coalesce((select max(" + numbered[1]
                    + ") from " + numbered[0] + "), 0) + 1, false)", DSL.inline(numbered[0]), DSL.inline(numbered[1]));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
