package be.inasti.missiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** SQLite's own GLOB, given {@link NameGlob}'s pattern, finds any piece of a name however it was typed. */
class NameGlobProperties {
    /** Not ß: typed in capitals it becomes two letters (SS), which a class of single letters cannot match. */
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzàâäáãåçéèêëîïíìñôöóòõùûüúÿýœø"
            + "ABCÇDEÉÈÊFGHIÎJKLMNOÔPQRSTUÛVWXYZ";
    private static Connection sqlite;

    @BeforeContainer
    static void open() throws SQLException {
        sqlite = DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @AfterContainer
    static void close() throws SQLException {
        sqlite.close();
    }

    @Property
    void aPieceOfTheNameTypedInAnyCaseWithOrWithoutAccentsIsFound(
            @ForAll("names") String name, @ForAll @IntRange(max = 29) int from, @ForAll @IntRange(max = 29) int length,
            @ForAll boolean upper, @ForAll boolean withoutAccents) throws SQLException {
        int start = Math.min(from, name.length() - 1);
        String piece = name.substring(start, Math.min(name.length(), start + 1 + length));
        String typed = upper ? piece.toUpperCase(Locale.ROOT) : piece.toLowerCase(Locale.ROOT);
        if (withoutAccents) {
            typed = Normalizer.normalize(typed, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }

        assertThat(globs(name, NameGlob.anywhere(typed))).as("'%s' in '%s'", typed, name).isTrue();
    }

    @Property
    void textThatIsNotInTheNameWhateverItsCaseAndAccentsIsNotFound(
            @ForAll("names") String name,
            @ForAll @StringLength(min = 1, max = 4) @Chars({'*', '?', '[', ']', 'q', 'x'}) String typed)
            throws SQLException {
        String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");

        assertThat(globs(name, NameGlob.anywhere(typed))).as("'%s' in '%s'", typed, name)
                .isEqualTo(folded.contains(typed));
    }

    /** Names of French, Dutch and German letters, with the characters a GLOB pattern gives a meaning to. */
    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars(LETTERS + " -'.*?[]").ofMinLength(1).ofMaxLength(30);
    }

    private static boolean globs(String name, String pattern) throws SQLException {
        try (PreparedStatement glob = sqlite.prepareStatement("select ? glob ?")) {
            glob.setString(1, name);
            glob.setString(2, pattern);
            try (ResultSet result = glob.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
