package be.inasti.missiondesk.store;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the key file ({@link KeyFile}) holds: the site the keys are for, its current key pairs and, after a
 * rotation, the previous ones with the partners not yet known to hold the new public keys. To each of those, the
 * batches from the first one that announced the new keys (its first log position, null before it is written) are
 * signed with the previous key, the only one that partner trusts; a batch from a partner sealed for the new
 * agreement key shows that partner registered the new keys, and once every partner has, the previous keys go.
 */
public record KeyRing(String site, KeyPairs current, KeyPairs previous, Map<String, Long> announcing) {
    public KeyRing {
        Objects.requireNonNull(site);
        Objects.requireNonNull(current);
        announcing = Collections.unmodifiableMap(new TreeMap<>(announcing == null ? Map.of() : announcing));
        if (announcing.isEmpty()) {
            previous = null;
        }
    }

    /**
     * A site's two key pairs, X.509 public and PKCS#8 private halves: Ed25519 to sign, X25519 to open what is
     * sealed for it.
     */
    public record KeyPairs(byte[] signingPublic, byte[] signingPrivate, byte[] agreementPublic,
            byte[] agreementPrivate) {
    }

    /** A site's first keys: nothing to announce. */
    public static KeyRing of(String site, KeyPairs keys) {
        return new KeyRing(site, keys, null, Map.of());
    }

    /** New keys replace the current ones, to be announced to every one of {@code partners}. */
    public KeyRing rotated(KeyPairs keys, Iterable<String> partners) {
        Map<String, Long> toTell = new TreeMap<>();
        partners.forEach(p -> toTell.put(p, null));
        return new KeyRing(site, keys, current, toTell);
    }

    /**
     * Whether a batch to {@code partner} starting at log position {@code fromPos} announces the new keys (signed
     * with the previous key): the first one after the rotation, and any later one that covers it again (a resend,
     * the announcement being lost).
     */
    public boolean announcesTo(String partner, long fromPos) {
        if (!announcing.containsKey(partner)) {
            return false;
        }
        Long first = announcing.get(partner);
        return first == null || fromPos <= first;
    }

    /** The key that signs a batch to {@code partner} starting at {@code fromPos}. */
    public byte[] signingKeyFor(String partner, long fromPos) {
        return announcesTo(partner, fromPos) ? previous.signingPrivate() : current.signingPrivate();
    }

    /** After a batch from {@code fromPos} announced the new keys to {@code partner}. */
    public KeyRing announcedTo(String partner, long fromPos) {
        Map<String, Long> now = new TreeMap<>(announcing);
        now.put(partner, fromPos);
        return new KeyRing(site, current, previous, now);
    }

    /** After {@code partner} showed it holds the new keys: it needs the previous ones no more. */
    public KeyRing heldBy(String partner) {
        Map<String, Long> now = new TreeMap<>(announcing);
        now.remove(partner);
        return new KeyRing(site, current, previous, now);
    }
}
