package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.model.CallStyle;
import org.annalist.model.Heading;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.api.Test;

class EpubReaderTest {

    private final EpubReader reader = new EpubReader();

    static byte[] book() {
        Map<String, String> chapters = new LinkedHashMap<>();
        chapters.put("ch1.xhtml", TestSources.xhtml("""
                <section epub:type="chapter"><h1>Chapter One</h1>
                <p>The envoy left Tokyo in May&#160;1938.<a epub:type="noteref" href="notes.xhtml#n1">1</a></p>
                <blockquote><p>Trust nobody.</p></blockquote></section>"""));
        chapters.put("ch2.xhtml", TestSources.xhtml("""
                <h1>Chapter Two</h1><p>He returned<sup><a href="notes.xhtml#n2">2</a></sup> in June.</p>"""));
        chapters.put("notes.xhtml", TestSources.xhtml("""
                <h2>Notes</h2>
                <aside epub:type="endnote" id="n1"><p>1. Embassy diary.</p></aside>
                <section epub:type="endnote" id="n2"><p>2. Consular log.</p></section>
                <aside epub:type="footnote" id="n3"><p>3. Never called.</p></aside>"""));
        return TestSources.epub(chapters);
    }

    @Test
    void spineDocumentsAreJoinedInOrderByBlankLines() throws Exception {
        SourceDocument doc = reader.read("book.epub", book());
        assertThat(doc.text().text()).isEqualTo("""
                Chapter One

                The envoy left Tokyo in May\u00a01938.1

                Trust nobody.

                Chapter Two

                He returned2 in June.

                Notes

                1. Embassy diary.

                2. Consular log.

                3. Never called.""");
        assertThat(doc.text().format()).isEqualTo(SourceFormat.EPUB);
        assertThat(doc.structure().headings()).extracting(Heading::text)
                .containsExactly("Chapter One", "Chapter Two", "Notes");
        assertThat(doc.structure().blockQuotes()).hasSize(1);
    }

    @Test
    void noteReferencesAcrossDocumentsAreLinkedToTheirEndnotes() throws Exception {
        SourceDocument doc = reader.read("book.epub", book());
        var calls = HtmlReaderTest.superscripts(doc);
        assertThat(calls).extracting(NoteCall::marker).containsExactly("1", "2");
        assertThat(calls).extracting(c -> c.noteId().orElseThrow())
                .containsExactly("OEBPS/text/notes.xhtml#n1", "OEBPS/text/notes.xhtml#n2");
        assertThat(doc.structure().notes()).extracting(Note::id, Note::marker).containsExactly(
                org.assertj.core.groups.Tuple.tuple("OEBPS/text/notes.xhtml#n1", "1"),
                org.assertj.core.groups.Tuple.tuple("OEBPS/text/notes.xhtml#n2", "2"),
                org.assertj.core.groups.Tuple.tuple("OEBPS/text/notes.xhtml#n3", "3"));
        Note first = doc.structure().notes().get(0);
        assertThat(first.span().coveredText(doc.text())).isEqualTo("1. Embassy diary.");
        assertThat(first.body().coveredText(doc.text())).isEqualTo("Embassy diary.");
        assertThat(doc.structure().setAside()).filteredOn(r -> r.kind() == org.annalist.model.Region.Kind.NOTES)
                .extracting(r -> r.span().coveredText(doc.text()))
                .containsExactly("1. Embassy diary.\n\n2. Consular log.\n\n3. Never called.");
    }

    @Test
    void truncatedEpubIsRefusedAsCorrupt() {
        byte[] whole = book();
        byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);
        assertThatThrownBy(() -> reader.read("cut.epub", cut))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.CORRUPT))
                .hasMessageStartingWith("cut.epub: ");
    }

    @Test
    void zipBombIsStoppedByTheCompressionRatio() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TestSources.zipBomb(out, 50L << 20);
        assertThatThrownBy(() -> reader.read("bomb.epub", out.toByteArray()))
                .isInstanceOf(ReadException.class)
                .hasMessage("bomb.epub: zip entry OEBPS/text/zeros.xhtml inflates more than 100 times its compressed "
                        + "size (zip bomb?)");
    }

    @Test
    void totalUnzippedBytesAreCapped() throws Exception {
        EpubReader small = new EpubReader(ReadLimits.DEFAULT.withMaxUnzippedBytes(1000));
        assertThatThrownBy(() -> small.read("book.epub", book()))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.TOO_LARGE))
                .hasMessageContaining("EPUB unpacks to more than 1000 bytes");
    }

    @Test
    void entryCountIsCapped() {
        EpubReader small = new EpubReader(ReadLimits.DEFAULT.withMaxZipEntries(3));
        assertThatThrownBy(() -> small.read("book.epub", book()))
                .hasMessage("book.epub: EPUB has more than 3 zip entries");
    }

    @Test
    void zipWithoutContainerIsNotAnEpub() {
        byte[] zip = TestSources.zip(Map.of("readme.xml", "<a/>".getBytes()));
        assertThatThrownBy(() -> reader.read("other.epub", zip))
                .hasMessage("other.epub: EPUB lacks META-INF/container.xml (truncated or not an EPUB?)");
    }

    @Test
    void drmEncryptedSpineIsRefusedButObfuscatedFontsAreNot() throws Exception {
        Map<String, byte[]> font = new LinkedHashMap<>();
        font.put("META-INF/encryption.xml", encryption("OEBPS/fonts/a.otf").getBytes());
        assertThat(reader.read("fonts.epub", withEntries(font)).text().text()).startsWith("Chapter One");

        Map<String, byte[]> drm = new LinkedHashMap<>();
        drm.put("META-INF/encryption.xml", encryption("OEBPS/text/ch2.xhtml").getBytes());
        assertThatThrownBy(() -> reader.read("drm.epub", withEntries(drm)))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.ENCRYPTED))
                .hasMessage("drm.epub: EPUB is encrypted (DRM): OEBPS/text/ch2.xhtml cannot be read");
    }

    private static String encryption(String uri) {
        return """
                <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
                            xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                  <enc:EncryptedData><enc:CipherData><enc:CipherReference URI="%s"/></enc:CipherData></enc:EncryptedData>
                </encryption>""".formatted(uri);
    }

    /** the book's entries plus {@code extra} */
    private static byte[] withEntries(Map<String, byte[]> extra) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(book()))) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.getName().equals("mimetype")) entries.put(e.getName(), in.readAllBytes());
            }
        }
        entries.putAll(extra);
        return TestSources.zip(entries);
    }
}
