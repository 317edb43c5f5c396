package be.inasti.missiondesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has every key French has, no more, and every pattern is a valid MessageFormat. */
class MessagesConsistencyTest {

    static Properties load(String suffix) throws IOException {
        String resource = "/" + Messages.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_nl", "_de", "_en"})
    void hasExactlyTheFrenchKeys(String language) throws IOException {
        Set<String> french = new TreeSet<>(load("").stringPropertyNames());
        Set<String> other = new TreeSet<>(load(language).stringPropertyNames());

        Set<String> missing = new TreeSet<>(french);
        missing.removeAll(other);
        Set<String> obsolete = new TreeSet<>(other);
        obsolete.removeAll(french);
        assertThat(missing).as("keys to add to messages%s.properties", language).isEmpty();
        assertThat(obsolete).as("keys to remove from messages%s.properties", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_nl", "_de", "_en"})
    void everyTextIsAValidPatternAndNotBlank(String language) throws IOException {
        Properties p = load(language);
        for (String key : p.stringPropertyNames()) {
            String text = p.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            new MessageFormat(text);
        }
    }
}
