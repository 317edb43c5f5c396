package be.inasti.missiondesk.store;

import java.sql.SQLException;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.TransactionalCallable;
import org.jooq.TransactionalRunnable;
import org.jooq.impl.DSL;

/**
 * Every write of the stores is one transaction opened here. On SQLite one writer at a time is the engine's own rule.
 * On PostgreSQL the transaction (READ COMMITTED, the server's default) first takes the database's writer lock, held
 * until it commits: writes follow one another as on SQLite while readers go on reading their snapshots. That keeps
 * what the sync relies on — the site's sequence numbers counted from the last one (gap-free and unique), log
 * positions given in commit order (an export never skips a change committed later under a lower position), the
 * hybrid clock read and written by one writer at a time — and each statement of a writer sees every write committed
 * before it (design.md, "Many users at once"). A serialisation failure or deadlock (which the lock leaves to the
 * few statements run outside these transactions) rolls the transaction back and runs it again.
 */
final class Transactions {
    /** The advisory lock's key, the same for every MissionDesk database (the server keeps one set per database). */
    static final long WRITER_LOCK = 0x4D_49_53_53_49_4F_4EL;  // "MISSION"
    static final int ATTEMPTS = 5;
    /** PostgreSQL's SQLSTATEs for a serialisation failure and a deadlock: the transaction may simply run again. */
    private static final Set<String> RETRIED = Set.of("40001", "40P01");

    private Transactions() {
    }

    static void write(DSLContext dsl, TransactionalRunnable work) {
        writeResult(dsl, c -> {
            work.run(c);
            return null;
        });
    }

    static <T> T writeResult(DSLContext dsl, TransactionalCallable<T> work) {
        if (Engine.of(dsl) == Engine.SQLITE) {
            return dsl.transactionResult(work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return dsl.transactionResult(c -> {
                    c.dsl().fetch("select pg_advisory_xact_lock({0})", DSL.inline(WRITER_LOCK));
                    return work.run(c);
                });
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !retried(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    static boolean retried(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && RETRIED.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A short, growing and jittered pause, so that two transactions that met do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep((long) (10 * attempt * (1 + Math.random())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a write", e);
        }
    }
}
