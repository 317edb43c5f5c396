package be.inasti.missiondesk.sync;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What happens to files on the way: bits flipped, the end cut off, a stretch written twice, two stretches swapped,
 * a huge field, bytes that are not UTF-8. Each arbitrary turns a good file into a damaged one.
 */
public final class Mutations {
    private static final byte[] NOT_UTF8 = {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0x80};

    private Mutations() {
    }

    public static Arbitrary<byte[]> of(byte[] good) {
        return Arbitraries.oneOf(bitFlips(good), truncation(good), duplication(good), swap(good), hugeField(good),
                invalidUtf8(good));
    }

    static Arbitrary<byte[]> bitFlips(byte[] good) {
        return Arbitraries.integers().between(0, good.length * 8 - 1).list().ofMinSize(1).ofMaxSize(8).map(bits -> {
            byte[] m = good.clone();
            bits.forEach(b -> m[b / 8] ^= (byte) (1 << (b % 8)));
            return m;
        });
    }

    static Arbitrary<byte[]> truncation(byte[] good) {
        return Arbitraries.integers().between(0, good.length - 1).map(n -> Arrays.copyOf(good, n));
    }

    static Arbitrary<byte[]> duplication(byte[] good) {
        return stretch(good).map(s -> concat(Arrays.copyOf(good, s[1]), Arrays.copyOfRange(good, s[0], good.length)));
    }

    /** Two stretches of the file change places: sections reordered. */
    static Arbitrary<byte[]> swap(byte[] good) {
        return Combinators.combine(stretch(good), Arbitraries.integers().between(0, good.length - 1)).as((s, at) -> {
            byte[] cut = concat(Arrays.copyOf(good, s[0]), Arrays.copyOfRange(good, s[1], good.length));
            int to = Math.min(at, cut.length);
            return concat(Arrays.copyOf(cut, to), Arrays.copyOfRange(good, s[0], s[1]),
                    Arrays.copyOfRange(cut, to, cut.length));
        });
    }

    static Arbitrary<byte[]> hugeField(byte[] good) {
        return Combinators.combine(Arbitraries.integers().between(0, good.length),
                Arbitraries.integers().between(70_000, 400_000), Arbitraries.of((byte) 'A', (byte) ';', (byte) '"'))
                .as((at, size, b) -> {
                    byte[] field = new byte[size];
                    Arrays.fill(field, b);
                    return concat(Arrays.copyOf(good, at), field, Arrays.copyOfRange(good, at, good.length));
                });
    }

    static Arbitrary<byte[]> invalidUtf8(byte[] good) {
        return Arbitraries.integers().between(0, good.length - 1).map(at -> {
            byte[] m = good.clone();
            System.arraycopy(NOT_UTF8, 0, m, at, Math.min(NOT_UTF8.length, m.length - at));
            return m;
        });
    }

    /** A stretch [from, to) of at least one byte. */
    private static Arbitrary<int[]> stretch(byte[] good) {
        return Combinators.combine(Arbitraries.integers().between(0, good.length - 1),
                Arbitraries.integers().between(1, Math.max(1, good.length / 4)))
                .as((from, length) -> new int[] {from, Math.min(good.length, from + length)});
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    public static String describe(byte[] file) {
        return file.length + " bytes: " + new String(file, 0, Math.min(60, file.length), StandardCharsets.ISO_8859_1);
    }
}
