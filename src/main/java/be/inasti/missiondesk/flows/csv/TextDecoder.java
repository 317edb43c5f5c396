package be.inasti.missiondesk.flows.csv;

import be.inasti.missiondesk.domain.flow.BadFileException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the bytes office tools write: UTF-8 with or without BOM, or Windows-1252 ("CSV (separator ;)" of a Belgian
 * Excel). A file that is UTF-8 except for a few lines (two exports pasted together) stays UTF-8: those lines keep
 * replacement characters, and the table reports them as wrong encoding instead of silently mangling the names.
 */
final class TextDecoder {
    static final char REPLACEMENT = '\uFFFD';
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new BadFileException("flow.utf16");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(lenient(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        try {
            return new DecodedText(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            String asUtf8 = lenient(bytes, 0, StandardCharsets.UTF_8);
            return hasNonAsciiText(asUtf8) ? new DecodedText(asUtf8, "UTF-8")
                    : new DecodedText(lenient(bytes, 0, WINDOWS_1252), "windows-1252");
        }
    }

    private static String lenient(byte[] bytes, int from, Charset charset) {
        return new String(bytes, from, bytes.length - from, charset);
    }

    /** Valid multi-byte UTF-8 sequences somewhere: the file was meant as UTF-8. */
    private static boolean hasNonAsciiText(String text) {
        return text.chars().anyMatch(c -> c > 0x7F && c != REPLACEMENT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
