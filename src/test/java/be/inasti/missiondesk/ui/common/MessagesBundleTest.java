package be.inasti.missiondesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.inasti.missiondesk.BundleFiles;
import be.inasti.missiondesk.domain.clock.ClockState;
import be.inasti.missiondesk.domain.identity.IdentifierProblem;
import be.inasti.missiondesk.domain.mission.ChangeKind;
import be.inasti.missiondesk.domain.mission.Office;
import be.inasti.missiondesk.domain.mission.Priority;
import be.inasti.missiondesk.domain.mission.Source;
import be.inasti.missiondesk.domain.mission.SubjectKind;
import be.inasti.missiondesk.ui.coordination.CoordinationScreen;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The four bundles hold the same keys, every value is a usable MessageFormat, and every code shown has a text. */
class MessagesBundleTest {
    private static Properties bundle(String suffix) throws IOException {
        return BundleFiles.read(Messages.class, "/" + Messages.BUNDLE.replace('.', '/') + suffix + ".properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_nl", "_de", "_en"})
    void eachTranslationHasExactlyTheKeysOfTheFrenchBundle(String suffix) throws IOException {
        Set<String> french = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> other = new TreeSet<>(bundle(suffix).stringPropertyNames());

        assertThat(other).as("keys of messages%s.properties", suffix).containsExactlyElementsOf(french);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_nl", "_de", "_en"})
    void everyValueIsANonEmptyMessageFormatPattern(String suffix) throws IOException {
        Properties p = bundle(suffix);
        for (String key : p.stringPropertyNames()) {
            assertThat(p.getProperty(key)).as(key).isNotBlank();
            assertThat(new MessageFormat(p.getProperty(key)).format(new Object[] {1, 2, 3})).as(key).isNotBlank();
        }
    }

    @Test
    void everyCodeTheWindowShowsHasAText() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Stream<String> enums = Stream.of(
                prefixed("state", ClockState.values()), prefixed("office", Office.values()),
                prefixed("source", Source.values()), prefixed("subjectKind", SubjectKind.values()),
                prefixed("priority", Priority.values()), prefixed("change", ChangeKind.values()),
                prefixed("form.identifier", IdentifierProblem.values()),
                prefixed("coordination", CoordinationScreen.values())).flatMap(s -> s);
        Stream<String> languages = Messages.LANGUAGES.stream().map(l -> "language." + l.getLanguage());

        assertThat(Stream.of(enums, languages).flatMap(s -> s).distinct())
                .allSatisfy(key -> assertThat(keys).as("missing key").contains(key));
    }

    @Test
    void frenchIsTheDefaultAndTheOtherLanguagesAreReallyTranslated() {
        assertThat(new Messages(Locale.FRENCH).get("menu.file")).isEqualTo("_Fichier");
        assertThat(new Messages(Locale.of("nl")).get("menu.file")).isEqualTo("_Bestand");
        assertThat(new Messages(Locale.GERMAN).get("menu.file")).isEqualTo("_Datei");
        assertThat(new Messages(Locale.ENGLISH).get("countdown.today")).isEqualTo("today");
        assertThat(new Messages(Locale.FRENCH).get("countdown.today")).isEqualTo("aujourd'hui");
    }

    private static Stream<String> prefixed(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> prefix + "." + v.name());
    }
}
