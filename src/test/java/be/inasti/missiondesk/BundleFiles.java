package be.inasti.missiondesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Reads a resource bundle's file as it is, to compare its translations key by key. */
public final class BundleFiles {
    private BundleFiles() {
    }

    /** {@code name} is the file's name beside {@code anchor}'s class, e.g. {@code messages_nl.properties}. */
    public static Properties read(Class<?> anchor, String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
