package be.inasti.missiondesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits the values of an {@code IN (…)} so that a 50 000-line file stays under SQLite's bound-variable limit. */
final class InChunks {
    static final int SIZE = 900;

    private InChunks() {
    }

    static List<List<String>> of(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
