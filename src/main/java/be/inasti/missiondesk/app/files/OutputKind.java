package be.inasti.missiondesk.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The kinds of file MissionDesk writes, each told by its first bytes (and a CSV, which has none of its own, by its
 * name too), so that an existing file is replaced without asking only when it is one of the same kind: a report over
 * last month's report, never over a spreadsheet, a key file or a database.
 */
public enum OutputKind {
    CSV("file.kindCsv", head -> isText(head), ".csv"),
    PDF("file.kindPdf", head -> startsWith(head, "%PDF-"), ""),
    /** The batch format's marker line ({@code sync.BatchFile}). */
    BATCH("file.kindBatch", head -> startsWith(head, "MISSIONDESK-BATCH\n"), ""),
    /** An identity file names its format ({@code sync.SiteIdentity}). */
    IDENTITY("file.kindIdentity", head -> isText(head) && new String(head, StandardCharsets.UTF_8)
            .contains("\"missiondesk-site/"), ""),
    DATABASE("file.kindDatabase", head -> startsWith(head, "SQLite format 3\0"), "");

    /** Enough of a file to tell its kind. */
    private static final int HEAD = 4096;

    private final String nameKey;
    private final Predicate<byte[]> looksLike;
    private final String extension;

    OutputKind(String nameKey, Predicate<byte[]> looksLike, String extension) {
        this.nameKey = nameKey;
        this.looksLike = looksLike;
        this.extension = extension;
    }

    /** The refusals bundle's name of this kind ("CSV file", …). */
    String nameKey() {
        return nameKey;
    }

    /** Whether an existing file may be replaced by one of this kind: it is of this kind, or empty. */
    boolean holds(Path existing) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(existing)) {
            head = in.readNBytes(HEAD);
        }
        return head.length == 0 || existing.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)
                && looksLike.test(head);
    }

    private static boolean startsWith(byte[] head, String marker) {
        byte[] bytes = marker.getBytes(StandardCharsets.US_ASCII);
        return head.length >= bytes.length && Arrays.equals(head, 0, bytes.length, bytes, 0, bytes.length);
    }

    /** Text: no control byte other than tab and line breaks (binary files have plenty within 4 KiB). */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
