package be.inasti.missiondesk.flows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** The flow files under {@code src/test/resources/flows}. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path flow(String name) {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/flows/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
