package org.annalist.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.annalist.model.SourceDocument;

/**
 * Turns the bytes of a text file into characters: strict UTF-8 (a byte order mark is
 * dropped), UTF-16 when a UTF-16 byte order mark says so, else windows-1252 (a superset
 * of Latin-1's printable characters). CRLF and lone CR are read as LF, as Python's text
 * mode reads them. A few stray control characters (NUL and the other C0 controls but tab, line
 * feed, form feed, carriage return and escape), as OCR and old conversions leave among good
 * prose, are blanked to spaces, so every offset stays that of the file's characters, and
 * counted for one warning. Binary data is refused rather than decoded into noise: more than
 * one stray control byte in {@value #BINARY_SHARE} (random or compressed bytes hold about one
 * in nine; UTF-16 without its byte order mark, one in two).
 */
final class TextDecoder {

    /**
     * The decoded characters and how they were obtained.
     *
     * @param blanked how many stray control characters were blanked to spaces
     */
    record Decoded(String text, String encoding, boolean verbatim, int blanked) {

        /** {@return {@code document} with the warning of the blanked characters, if any} */
        SourceDocument warnedOf(SourceDocument document) {
            if (blanked == 0) return document;
            return document.withWarning(document.text().name() + ": " + blanked + " stray control character"
                    + (blanked == 1 ? "" : "s") + " (NUL and the like) read as spaces");
        }
    }

    /** A file with more than one stray control byte in this many is binary. */
    static final int BINARY_SHARE = 20;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** {@return the characters of {@code bytes}}; throws for binary, undecodable or blank input */
    static Decoded decode(String name, byte[] bytes) throws ReadException {
        String text;
        String encoding;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            encoding = startsWith(bytes, 0xFE, 0xFF) ? "UTF-16BE" : "UTF-16LE";
            text = strict(Charset.forName(encoding), bytes, 2)
                    .orElseThrow(() -> new ReadException(name, ReadException.Kind.CORRUPT,
                            "invalid " + encoding + " text after its byte order mark"));
            checkNotBinary(name, text);
        } else {
            checkNotBinary(name, bytes);
            int bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            var utf8 = strict(StandardCharsets.UTF_8, bytes, bom);
            if (utf8.isPresent()) {
                text = utf8.get();
                encoding = "UTF-8";
            } else {
                text = windows1252(bytes);
                encoding = "windows-1252";
            }
        }
        boolean hasCr = text.indexOf('\r') >= 0;
        if (hasCr) text = text.replace("\r\n", "\n").replace('\r', '\n');
        int blanked = 0;
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            if (isStrayControl(text.charAt(i))) {
                if (chars == null) chars = text.toCharArray();
                chars[i] = ' ';
                blanked++;
            }
        }
        if (chars != null) text = new String(chars);
        if (text.isBlank()) {
            throw new ReadException(name, ReadException.Kind.EMPTY,
                    bytes.length == 0 ? "file is empty" : "file is empty (whitespace only)");
        }
        return new Decoded(text, encoding, !hasCr && blanked == 0, blanked);
    }

    /**
     * Throws when {@code bytes} look binary: stray control bytes (NUL, and the other C0 controls
     * but tab, line feed, form feed, carriage return and escape) making up more than one byte in
     * {@value #BINARY_SHARE}. Fewer are read, blanked.
     */
    static void checkNotBinary(String name, byte[] bytes) throws ReadException {
        int controls = 0;
        for (byte b : bytes) {
            if (isStrayControl(b & 0xFF)) controls++;
        }
        checkControls(name, controls, bytes.length, "bytes");
    }

    private static void checkNotBinary(String name, String text) throws ReadException {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isStrayControl(text.charAt(i))) controls++;
        }
        checkControls(name, controls, text.length(), "characters");
    }

    private static void checkControls(String name, int controls, int length, String unit) throws ReadException {
        if (controls >= 4 && (long) controls * BINARY_SHARE > length) {
            throw new ReadException(name, ReadException.Kind.BINARY,
                    "binary file (" + controls + " control " + unit + " in " + length + "), not text");
        }
    }

    private static boolean isStrayControl(int b) {
        return b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B;
    }

    /** {@return true when {@code bytes} are well-formed UTF-8} */
    static boolean isUtf8(byte[] bytes) {
        return strict(StandardCharsets.UTF_8, bytes, 0).isPresent();
    }

    private static java.util.Optional<String> strict(Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return java.util.Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    /** windows-1252, with its five unassigned bytes read as the C1 controls Latin-1 gives them */
    private static String windows1252(byte[] bytes) {
        CharsetDecoder decoder = WINDOWS_1252.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            StringBuilder sb = new StringBuilder(bytes.length);
            byte[] one = new byte[1];
            for (byte b : bytes) {
                int v = b & 0xFF;
                if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
                    sb.append((char) v);
                } else {
                    one[0] = b;
                    sb.append(new String(one, WINDOWS_1252));
                }
            }
            return sb.toString();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
