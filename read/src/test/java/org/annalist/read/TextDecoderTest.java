package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Property
    void anyTextEncodedAsUtf8ReadsBackEqualItsStrayControlsBlanked(@ForAll @StringLength(min = 1, max = 300) String s)
            throws Exception {
        String text = "x" + s.replace("\r", "");
        long controls = controls(text);
        Assume.that(controls < 4 || controls * TextDecoder.BINARY_SHARE <= text.getBytes(StandardCharsets.UTF_8).length);
        TextDecoder.Decoded d = TextDecoder.decode("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).hasSameSizeAs(text).isEqualTo(text.replaceAll("[\\x00-\\x08\\x0B\\x0E-\\x1A\\x1C-\\x1F]", " "));
        assertThat(d.blanked()).isEqualTo(controls);
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.verbatim()).isEqualTo(controls == 0);
    }

    @Property
    void latin1TextInWindows1252BytesReadsBackEqual(
            @ForAll @StringLength(min = 1, max = 300)
            @CharRange(from = ' ', to = '~') @CharRange(from = '\u00a0', to = '\u00ff') @Chars({'\n', '\t'})
            String s) throws Exception {
        String text = "x" + s;
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        boolean validUtf8 = isUtf8(bytes);
        Assume.that(!validUtf8 || text.chars().allMatch(c -> c < 0x80));
        TextDecoder.Decoded d = TextDecoder.decode("t.txt", bytes);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.encoding()).isEqualTo(validUtf8 ? "UTF-8" : "windows-1252");
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertThatThrownBy(() -> TextDecoder.decode("e.txt", new byte[0])).hasMessage("e.txt: file is empty");
        assertThatThrownBy(() -> TextDecoder.decode("b.txt", " \n\t\n".getBytes()))
                .hasMessage("b.txt: file is empty (whitespace only)");
    }

    @Test
    void strayControlsAmongTextAreBlankedAndCountedWithOffsetsKept() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode("n.txt", "ab\u0000c\u0007d\te\u001Bf".getBytes(StandardCharsets.UTF_8));

        assertThat(d.text()).isEqualTo("ab c d\te\u001Bf");
        assertThat(d.blanked()).isEqualTo(2);
        assertThat(d.verbatim()).isFalse();
    }

    @Test
    void textWithTwoNulBytesPerLineIsReadButMostlyNulIsBinary() throws Exception {
        String line = "On 3 May 1862 General Smith wrote to Colonel Jones at Corinth.\u0000\u0000\n";
        TextDecoder.Decoded d = TextDecoder.decode("ocr.txt", line.repeat(40).getBytes(StandardCharsets.UTF_8));
        assertThat(d.blanked()).isEqualTo(80);
        assertThat(d.text()).hasSize(line.length() * 40).doesNotContain("\u0000");

        byte[] utf16WithoutMark = "The treaty was signed at Brest.".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> TextDecoder.decode("u16.txt", utf16WithoutMark))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.BINARY))
                .hasMessage("u16.txt: binary file (31 control bytes in 62), not text");
    }

    @Test
    void windows1252UnassignedBytesReadAsLatin1Controls() throws Exception {
        assertThat(TextDecoder.decode("u.txt", new byte[] {'a', (byte) 0x81, (byte) 0xE9}).text())
                .isEqualTo("a\u0081\u00e9");
    }

    private static long controls(String s) {
        return s.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != 0x1B).count();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
