package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private static final Path SHARED = Path.of(System.getProperty("annalist.shared", "../../shared"));

    private final PlainTextReader reader = new PlainTextReader();

    @ParameterizedTest
    @ValueSource(strings = {"000_b3e0b6f17b358cbe", "001_563debc96b657ac2"})
    void seedsReadVerbatimWithTheGoldCharacterCount(String seed) throws Exception {
        Path file = SHARED.resolve("corpus/seeds/" + seed + ".txt");
        String gold = Files.readString(SHARED.resolve("gold/seeds/" + seed + ".gold.json"));
        Matcher chars = Pattern.compile("\"chars\"\\s*:\\s*(\\d+)").matcher(gold);
        assertThat(chars.find()).isTrue();

        SourceDocument doc = reader.read(file.getFileName().toString(), Files.readAllBytes(file));

        assertThat(doc.text().length()).isEqualTo(Integer.parseInt(chars.group(1)));
        assertThat(doc.text().text()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(doc.text().encoding()).isEqualTo("UTF-8");
        assertThat(doc.text().verbatim()).isTrue();
        assertThat(doc.structure().paragraphs()).isNotEmpty();
    }

    @Test
    void seedsHaveTheCharacterCountsTheBriefStates() throws Exception {
        assertThat(reader.read("a", Files.readAllBytes(SHARED.resolve("corpus/seeds/000_b3e0b6f17b358cbe.txt")))
                .text().length()).isEqualTo(4544);
        assertThat(reader.read("b", Files.readAllBytes(SHARED.resolve("corpus/seeds/001_563debc96b657ac2.txt")))
                .text().length()).isEqualTo(4677);
    }

    @Test
    void gutenbergFileWithCrlfReadsWithLineFeeds() throws Exception {
        Path file = SHARED.resolve("corpus/gutenberg/gibbon_decline_and_fall_vol1.txt");
        byte[] bytes = Files.readAllBytes(file);
        SourceDocument doc = reader.read(file.getFileName().toString(), bytes);
        assertThat(doc.text().text()).doesNotContain("\r").startsWith("The Project Gutenberg EBook of The History");
        long crlf = new String(bytes, StandardCharsets.US_ASCII).split("\r\n", -1).length - 1;
        assertThat(doc.text().length()).isEqualTo(bytes.length - (int) crlf);
        assertThat(doc.text().verbatim()).isFalse();
        assertThat(doc.text().format()).isEqualTo(SourceFormat.TEXT);
    }

    @Test
    void byteOrderMarkIsDropped() throws Exception {
        byte[] bytes = ("\uFEFFDear Sir.").getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("bom.txt", bytes).text().text()).isEqualTo("Dear Sir.");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252AndSaysSo() throws Exception {
        byte[] bytes = "“Caf\u00e9” — 50 €".getBytes(Charset.forName("windows-1252"));
        SourceDocument doc = reader.read("old.txt", bytes);
        assertThat(doc.text().text()).isEqualTo("“Caf\u00e9” — 50 €");
        assertThat(doc.text().encoding()).isEqualTo("windows-1252");
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        byte[] bytes = "Dear Sir.".getBytes(StandardCharsets.UTF_16); // big-endian with BOM
        SourceDocument doc = reader.read("u16.txt", bytes);
        assertThat(doc.text().text()).isEqualTo("Dear Sir.");
        assertThat(doc.text().encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void loneCarriageReturnsAreLineFeeds() throws Exception {
        assertThat(reader.read("mac.txt", "a\rb\r\nc".getBytes(StandardCharsets.US_ASCII)).text().text())
                .isEqualTo("a\nb\nc");
    }

    @Test
    void controlCharacterNoiseIsRefusedAsBinary() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 5 == 0 ? 0x01 : 'a');
        assertThatThrownBy(() -> reader.read("noise.txt", bytes))
                .hasMessage("noise.txt: binary file (80 control bytes in 400), not text");
    }

    @Test
    void aFewFormFeedsAndTabsAreText() throws Exception {
        assertThat(reader.read("ff.txt", "Page one\f\tPage two".getBytes(StandardCharsets.US_ASCII)).text().text())
                .isEqualTo("Page one\f\tPage two");
    }

    @Test
    void fileOverTheLimitIsRefusedWithSizeAndLimit() {
        PlainTextReader small = new PlainTextReader(ReadLimits.DEFAULT.withMaxFileBytes(10));
        assertThatThrownBy(() -> small.read("big.txt", "eleven bytes".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("big.txt: file is 12 bytes (0.0 MB), over the 10-byte limit (0.0 MB)");
    }
}
