package be.inasti.missiondesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.BundleFiles;
import be.inasti.missiondesk.domain.identity.IdentifierProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The refusals bundle says every refusal in the window's four languages: the same keys in each, patterns that keep
 * their apostrophes and the values of the English one, and exactly the keys the code names.
 */
class RefusalsBundleTest {
    /** The areas the keys are grouped in; a string literal starting with one of them in the code is a key. */
    private static final Pattern KEY = Pattern.compile("\"((?:field|identifier|mission|workflow|clock|catalogue|"
            + "attainment|team|demo|report|file|database|backup|restore|flow|line|site|conflict|batch|operation|plan|"
            + "language|copy)"
            + "\\.[A-Za-z0-9]+)\"");
    /** A command or an option of the command line: "missiondesk restore", "--db". */
    private static final Pattern COMMAND = Pattern.compile("missiondesk [a-z]|(^|[ (])--[a-z]");
    /** Literals that look like keys and are not: a file name and a setting's name. */
    private static final Set<String> NOT_KEYS = Set.of("demo.db", "site.id");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private static Properties bundle(String suffix) throws IOException {
        return BundleFiles.read(Explanation.class, "refusals" + suffix + ".properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_nl", "_de", "_en"})
    void eachTranslationHasExactlyTheKeysOfTheFrenchBundle(String suffix) throws IOException {
        assertThat(new TreeSet<>(bundle(suffix).stringPropertyNames())).as("keys of refusals%s", suffix)
                .containsExactlyElementsOf(new TreeSet<>(bundle("").stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_nl", "_de"})
    void eachTranslationFillsInTheValuesTheEnglishOneDoes(String suffix) throws IOException {
        Properties english = bundle("_en");
        Properties translated = bundle(suffix);
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as("%s in refusals%s", key, suffix)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    /** A single apostrophe starts a quoted part in a MessageFormat and silently swallows the text after it. */
    @ParameterizedTest
    @ValueSource(strings = {"", "_nl", "_de", "_en"})
    void everyApostropheIsDoubledAndEveryPatternFormats(String suffix) throws IOException {
        Properties p = bundle(suffix);
        for (String key : p.stringPropertyNames()) {
            String pattern = p.getProperty(key);
            assertThat(LONE_QUOTE.matcher(pattern).find()).as("lone apostrophe in %s of refusals%s", key, suffix)
                    .isFalse();
            assertThat(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5, 6}))
                    .as(key).isNotBlank().doesNotContain("{");
        }
    }

    @Test
    void theBundleHoldsExactlyTheKeysTheCodeNames() throws IOException {
        Set<String> named = new TreeSet<>(keysInMainSources());
        named.removeAll(NOT_KEYS);
        Arrays.stream(IdentifierProblem.values()).map(p -> p.explanation().key()).forEach(named::add);

        assertThat(new TreeSet<>(bundle("").stringPropertyNames())).containsExactlyElementsOf(named);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_nl", "_de", "_en"})
    void noRefusalTellsTheWindowsUserToTypeACommand(String suffix) throws IOException {
        Properties texts = bundle(suffix);

        assertThat(texts.stringPropertyNames()).filteredOn(k -> COMMAND.matcher(texts.getProperty(k)).find())
                .isEmpty();
    }

    @Test
    void theCommandLineAloneIsToldWhatToTypeAfterARefusalThatHasAHint() throws IOException {
        Properties hints = BundleFiles.read(Explanation.class, "commandline.properties");
        Explanation notASite = Explanation.of("site.notASite");

        assertThat(bundle("").stringPropertyNames()).containsAll(hints.stringPropertyNames());
        assertThat(hints.stringPropertyNames()).allMatch(k -> COMMAND.matcher(hints.getProperty(k)).find());
        assertThat(notASite.in(Locale.ENGLISH)).isEqualTo("this installation is not a site yet");
        assertThat(notASite.inEnglish()).isEqualTo("this installation is not a site yet: run "
                + "'missiondesk site init --id ID --office OFFICE --role ROLE'");
        assertThat(Explanation.of("mission.notFound", "3f2a").inEnglish())
                .isEqualTo(Explanation.of("mission.notFound", "3f2a").in(Locale.ENGLISH));
    }

    @Test
    void anExplanationIsSaidInTheLanguageAskedWithItsNestedExplanationsAndLists() {
        Explanation refused = Explanation.of("field.inFuture", Explanation.of("field.receivedOn"), "2026-12-01",
                "2026-11-23");
        Explanation listed = Explanation.of("batch.refusedOperations", 12, "WAVRE-1", "CASEWORKER", "WAVRE",
                List.of(Explanation.of("operation.onlyOwnWork", "CASEWORKER"),
                        Explanation.of("operation.otherOffice", "NAMUR", "WAVRE")), 10);

        assertThat(refused.inEnglish())
                .isEqualTo("the received date 2026-12-01 is in the future (today is 2026-11-23)");
        assertThat(refused.in(Locale.FRENCH)).startsWith("la date de réception (2026-12-01)");
        assertThat(refused.in(Locale.GERMAN)).doesNotContain("received", "réception");
        assertThat(listed.inEnglish()).isEqualTo("12 operation(s) exceed the rights of WAVRE-1 (CASEWORKER, WAVRE): "
                + "a CASEWORKER site only sends its own work; the mission belongs to NAMUR, not to WAVRE; and 10 more. "
                + "Nothing was applied; --accept-partial applies the rest");
    }

    private static Set<String> keysInMainSources() throws IOException {
        Path main = Path.of("src/main/java/be/inasti/missiondesk");
        try (Stream<Path> files = Files.walk(main)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(main.resolve("ui")))
                    .flatMap(RefusalsBundleTest::keysIn).collect(Collectors.toSet());
        }
    }

    private static Stream<String> keysIn(Path source) {
        try {
            return KEY.matcher(Files.readString(source)).results().map(m -> m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
