package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.database.DatabaseMove;
import be.inasti.missiondesk.domain.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "copy", description = "Copy a SQLite database (missions, history, operation log, sites, conflicts, "
        + "every table) into an empty PostgreSQL database, in one transaction; each table is checked (rows and "
        + "SHA-256) before it commits. The site's key file goes along, to this machine's data folder.")
final class DbCopyCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The SQLite database to copy.")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "The empty PostgreSQL database: "
            + "postgresql://[user@]host[:port]/database (the password from $PGPASSWORD or ~/.pgpass).")
    String to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MissionDeskCommand root = (MissionDeskCommand) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        List<DatabaseMove.TableCopied> copied = DatabaseMove.copy(from, to, root.environment().variables(),
                Path.of(root.environment().home()), root.environment().osUser(), root.localFolder(), root.clock(),
                new Shown(out));
        copied.forEach(t -> out.printf("%-14s %9d rows  sha256 %s  verified%n", t.table(), t.rows(), t.sha256()));
        out.printf("%s copied to %s: %d tables, %d rows%n", from.toAbsolutePath(), to, copied.size(),
                copied.stream().mapToLong(DatabaseMove.TableCopied::rows).sum());
        return 0;
    }

    /** The rows copied so far, at every tenth of the whole. */
    private static final class Shown implements Progress {
        private final PrintWriter out;
        private long shown = -1;

        Shown(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void worked(long done, long total) {
            long tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != shown) {
                shown = tenth;
                out.printf("copying: %d of %d rows%n", done, total);
                out.flush();
            }
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
