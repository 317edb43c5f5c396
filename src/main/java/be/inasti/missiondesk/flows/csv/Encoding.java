package be.inasti.missiondesk.flows.csv;

import be.inasti.missiondesk.domain.flow.BadFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of the bytes office tools write: UTF-8 with or without BOM, or Windows-1252 ("CSV (separator ;)" of a
 * Belgian Excel). A file that is UTF-8 except for a few lines (two exports pasted together) stays UTF-8: those lines
 * keep replacement characters, and the table reports them as wrong encoding instead of silently mangling the names.
 * Found by reading the file once before it is parsed, in constant memory: the first valid UTF-8 accent settles it,
 * else the file must be valid UTF-8 to the end.
 *
 * @param name as reports show it: "UTF-8", "windows-1252"
 * @param bom  bytes of the byte order mark, which are not text
 */
record Encoding(Charset charset, String name, int bom) {
    static final char REPLACEMENT = '\uFFFD';
    private static final Encoding UTF_8 = new Encoding(StandardCharsets.UTF_8, "UTF-8", 0);
    private static final Encoding WINDOWS_1252 = new Encoding(Charset.forName("windows-1252"), "windows-1252", 0);
    private static final int CHUNK = 64 * 1024;

    static Encoding of(InputStream in) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        bytes.limit(in.readNBytes(bytes.array(), 0, 3));
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new BadFileException("flow.utf16");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Encoding(StandardCharsets.UTF_8, "UTF-8", 3);
        }
        return utf8Accents(in, bytes) ? UTF_8 : WINDOWS_1252;
    }

    /**
     * Decodes the rest as UTF-8, skipping malformed bytes: true at the first valid character beyond ASCII (the file
     * was meant as UTF-8), or at the end when nothing was malformed (plain ASCII is UTF-8 too).
     */
    private static boolean utf8Accents(InputStream in, ByteBuffer bytes) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        boolean valid = true;
        boolean end = false;
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, end);
            if (hasAccent(chars.flip())) {
                return true;
            }
            chars.clear();
            if (result.isMalformed() || result.isUnmappable()) {
                valid = false;
                bytes.position(bytes.position() + result.length());
            } else if (result.isUnderflow()) {
                if (end) {
                    return valid;
                }
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                bytes.position(bytes.position() + Math.max(0, read)).flip();
            }
        }
    }

    /** A replacement character in valid UTF-8 is one the file holds, not an accent. */
    private static boolean hasAccent(CharBuffer chars) {
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c > 0x7F && c != REPLACEMENT) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(ByteBuffer bytes, int... prefix) {
        if (bytes.limit() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes.get(i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
