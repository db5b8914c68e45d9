package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.model.Heading;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.Span;
import org.annalist.model.TranscriptTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReadersTest {

    @TempDir
    Path dir;

    private final Readers readers = Readers.standard();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("chapter.txt", "# Title\n\nMARSHAL: We hold.[1]\n\n[1] A note.\n".getBytes(StandardCharsets.UTF_8),
                        SourceFormat.TEXT),
                Arguments.of("chapter.md", MarkdownReaderTest.CHAPTER.getBytes(StandardCharsets.UTF_8), SourceFormat.MARKDOWN),
                Arguments.of("chapter.html", HtmlReaderTest.CHAPTER.getBytes(StandardCharsets.UTF_8), SourceFormat.HTML),
                Arguments.of("chapter.xhtml", TestSources.xhtml("<h1>T</h1><p>Text<sup>1</sup>.</p>")
                        .getBytes(StandardCharsets.UTF_8), SourceFormat.HTML),
                Arguments.of("book.epub", EpubReaderTest.book(), SourceFormat.EPUB),
                Arguments.of("report.pdf", TestSources.pdf(List.of(List.of("Title", "", "", "Body text here."))),
                        SourceFormat.PDF),
                Arguments.of("chapter.xml", TeiReaderTest.TEI.getBytes(StandardCharsets.UTF_8), SourceFormat.TEI),
                Arguments.of("news.tml", TimeMlReaderTest.TML.getBytes(StandardCharsets.UTF_8), SourceFormat.TIMEML));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyReaderGivesSortedSpansInsideTheTextThatCoverWhatTheyName(String name, byte[] bytes, SourceFormat format)
            throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        SourceDocument doc = readers.read(file);
        assertThat(doc.text().format()).isEqualTo(format);
        assertThat(doc.text().name()).isEqualTo(name);
        String text = doc.text().text();
        List<Span> all = Stream.of(doc.structure().paragraphs().stream().map(Paragraph::span),
                doc.structure().headings().stream().map(Heading::span),
                doc.structure().noteCalls().stream().map(NoteCall::span),
                doc.structure().notes().stream().map(Note::span),
                doc.structure().turns().stream().map(TranscriptTurn::span)).flatMap(s -> s).toList();
        assertThat(all).isNotEmpty().allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
        assertThat(doc.structure().paragraphs()).extracting(Paragraph::span).isSorted()
                .allSatisfy(s -> assertThat(s.coveredText(doc.text())).isNotBlank());
        // headings of txt and pdf are PlainTextStructure's; markup states its own
        boolean markup = format != SourceFormat.TEXT && format != SourceFormat.PDF;
        for (Heading h : markup ? doc.structure().headings() : List.<Heading>of()) {
            assertThat(h.span().coveredText(doc.text()).replaceAll("\\s+", " ")).isEqualTo(h.text());
        }
        for (Note n : doc.structure().notes()) assertThat(n.span().contains(n.body())).isTrue();
        for (NoteCall c : doc.structure().noteCalls()) assertThat(c.span().coveredText(doc.text())).contains(c.marker());
        assertThat(readers.read(file)).as("a second read gives the same document").isEqualTo(doc);
    }

    @Test
    void aFileCanBeReadUnderAGivenName() throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("vol1")).resolve("ch1.txt"), "Text.");
        assertThat(readers.read(file, "vol1/ch1.txt").text().name()).isEqualTo("vol1/ch1.txt");
        assertThatThrownBy(() -> readers.read(dir.resolve("vol2/ch1.txt"), "vol2/ch1.txt"))
                .hasMessageStartingWith("vol2/ch1.txt: no such file");
    }

    @Test
    void formatComesFromTheExtension() {
        assertThat(Readers.formatOf("A.TXT")).contains(SourceFormat.TEXT);
        assertThat(Readers.formatOf("notes.markdown")).contains(SourceFormat.MARKDOWN);
        assertThat(Readers.formatOf("page.htm")).contains(SourceFormat.HTML);
        assertThat(Readers.formatOf("letters.tei")).contains(SourceFormat.TEI);
        assertThat(Readers.formatOf("data.json")).isEmpty();
        assertThat(Readers.formatOf(".txt")).isEmpty();
    }

    @Test
    void signatureOverridesAMisleadingExtension() throws Exception {
        byte[] pdf = TestSources.pdf(List.of(List.of("Text.")));
        assertThat(Readers.detect("really-a-pdf.txt", pdf)).isEqualTo(SourceFormat.PDF);
        assertThat(Readers.detect("book", EpubReaderTest.book())).isEqualTo(SourceFormat.EPUB);
        assertThat(Readers.detect("page", "<!DOCTYPE html><p>x".getBytes())).isEqualTo(SourceFormat.HTML);
        assertThat(Readers.detect("README", "Plain words.".getBytes())).isEqualTo(SourceFormat.TEXT);
        assertThat(Readers.detect("page.xml", TestSources.xhtml("<p>x</p>").getBytes())).isEqualTo(SourceFormat.HTML);
        assertThat(Readers.detect("doc.xml", TeiReaderTest.TEI.getBytes())).isEqualTo(SourceFormat.TEI);
    }

    @Test
    void unsupportedExtensionAndPlainZipAreRefused() {
        assertThatThrownBy(() -> Readers.detect("data.json", "{}".getBytes()))
                .hasMessage("data.json: unsupported file type (.json); annalist reads epub, htm, html, markdown, md, "
                        + "pdf, tei, tml, tsv, txt, xhtml, xml");
        byte[] zip = TestSources.zip(java.util.Map.of("a.txt", "x".getBytes()));
        zip[30] = 'x'; // spoil the mimetype entry's name
        assertThatThrownBy(() -> Readers.detect("archive.zip", zip)).hasMessage("archive.zip: a zip archive, not an EPUB");
    }

    @Test
    void textFilesAndPackedFilesHaveTheirOwnSizeLimits() throws Exception {
        Readers small = new Readers(ReadLimits.DEFAULT.withMaxFileBytes(100).withMaxPackedBytes(1000));
        Path txt = Files.writeString(dir.resolve("long.txt"), "word ".repeat(40));
        assertThatThrownBy(() -> small.read(txt))
                .hasMessage("long.txt: file is 200 bytes (0.0 MB), over the 100-byte limit (0.0 MB)");
        Path epub = Files.write(dir.resolve("book.epub"), EpubReaderTest.book());
        assertThatThrownBy(() -> small.read(epub))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.TOO_LARGE))
                .hasMessage("book.epub: file is " + Files.size(epub) + " bytes (0.0 MB), over the 1000-byte limit (0.0 MB)");
        assertThatThrownBy(() -> small.read("book.epub", EpubReaderTest.book()))
                .hasMessageEndingWith("over the 1000-byte limit (0.0 MB)");
    }

    @Test
    void documentsInsideAnEpubAreHeldToTheTextFileLimit() {
        Readers small = new Readers(ReadLimits.DEFAULT.withMaxFileBytes(100));
        assertThatThrownBy(() -> small.read("book.epub", EpubReaderTest.book()))
                .hasMessage("book.epub: zip entry META-INF/container.xml is over the 100-byte limit");
    }

    @Test
    void limitsAreValidated() {
        assertThatThrownBy(() -> ReadLimits.DEFAULT.withMaxFileBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxFileBytes must be positive; got 0");
    }
}
