package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.SourceDocument;
import org.annalist.read.BadInputFixtures.Case;
import org.annalist.read.ReadException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input is read safely or refused with a one-line message naming the file. */
class BadInputTest {

    @TempDir
    Path dir;

    private final Readers readers = Readers.standard();

    private ReadException refused(Case c, Kind kind) {
        Path p = BadInputFixtures.write(c, dir);
        ReadException e = catchThrowableOfType(ReadException.class, () -> readers.read(p));
        assertThat(e).as(c + " should be refused").isNotNull();
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.getMessage()).startsWith(c.fileName() + ": ").doesNotContain("\n");
        assertThat(e.fileName()).isEqualTo(c.fileName());
        return e;
    }

    private SourceDocument read(Case c) throws ReadException {
        return readers.read(BadInputFixtures.write(c, dir));
    }

    @Test
    void reasonsAreOneLineAndNeverNull() {
        ReadException e = new ReadException("a.txt", Kind.CORRUPT, "first line\n  second line\r\n");
        assertThat(e.getMessage()).isEqualTo("a.txt: first line second line");
        assertThat(ReadException.describe(new java.io.IOException())).isEqualTo("IOException");
    }

    @Test
    void missingFileIsNotFound() {
        assertThat(refused(Case.MISSING_FILE, Kind.NOT_FOUND).reason()).startsWith("no such file (");
    }

    @Test
    void folderWithoutSourcesIsAProblemForTheFinderAndNotAFileForTheReader() {
        Path folder = BadInputFixtures.write(Case.FOLDER_WITHOUT_SOURCES, dir);
        SourceFinder.Found found = new SourceFinder().find(List.of(folder));
        assertThat(found.sources()).isEmpty();
        assertThat(found.problems()).extracting(SourceFinder.Problem::toString)
                .containsExactly(folder.resolve("data.json") + ": unsupported file type (.json), skipped",
                        folder + ": no readable sources in this folder");
        assertThat(refused(Case.FOLDER_WITHOUT_SOURCES, Kind.UNREADABLE).reason()).isEqualTo("is a directory, not a file");
    }

    @Test
    void binaryFileIsRefused() {
        assertThat(refused(Case.BINARY_FILE, Kind.BINARY).reason()).matches("binary file \\(\\d+ control bytes in 4096\\), not text");
    }

    @Test
    void undecodableBytesAreReadAsWindows1252() throws Exception {
        SourceDocument doc = read(Case.UNDECODABLE_BYTES);
        assertThat(doc.text().text()).isEqualTo("Caf\u00e9 de la R\u00e9gence, \u00bd past ten; 12\u00b0 of frost.\n");
        assertThat(doc.text().encoding()).isEqualTo("windows-1252");
    }

    @Test
    void aStrayNulByteInTextIsReadAsASpaceWithAWarning() throws Exception {
        SourceDocument doc = read(Case.NUL_BYTES);
        assertThat(doc.text().text()).isEqualTo("The treaty was  signed.");
        assertThat(doc.warnings()).containsExactly("nul.txt: 1 stray control character (NUL and the like) read as spaces");
    }

    @Test
    void emptyFileIsRefused() {
        assertThat(refused(Case.EMPTY_FILE, Kind.EMPTY).getMessage()).isEqualTo("empty.txt: file is empty");
    }

    @Test
    void oversizedFileIsRefusedByItsSizeBeforeReading() throws Exception {
        assertThat(refused(Case.OVERSIZED_FILE, Kind.TOO_LARGE).getMessage())
                .isEqualTo("huge.txt: file is 52428800 bytes (50.0 MB), over the 20971520-byte limit (20.0 MB)");
    }

    @Test
    void megabyteLineWithoutSentenceEndIsRead() throws Exception {
        SourceDocument doc = read(Case.LONG_LINE);
        assertThat(doc.text().length()).isEqualTo(BadInputFixtures.LONG_LINE_CHARS);
        assertThat(doc.structure().paragraphs()).hasSize(1);
    }

    @Test
    void deeplyNestedHtmlIsReadWithoutStackOverflow() throws Exception {
        assertThat(read(Case.DEEPLY_NESTED_HTML).text().text()).isEqualTo("The innermost paragraph.");
    }

    @Test
    void externalEntityIsRefusedUnexpanded() {
        ReadException e = refused(Case.XML_EXTERNAL_ENTITY, Kind.UNSAFE);
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void entityExpansionBombIsRefusedUnexpanded() {
        assertThat(refused(Case.XML_ENTITY_BOMB, Kind.UNSAFE).reason()).contains("DOCTYPE declaration is refused");
    }

    @Test
    void zipBombEpubIsRefusedWhileInflating() {
        assertThat(refused(Case.ZIP_BOMB_EPUB, Kind.TOO_LARGE).reason()).contains("zip bomb?");
    }

    @Test
    void truncatedEpubIsRefusedAsCorrupt() {
        refused(Case.TRUNCATED_EPUB, Kind.CORRUPT);
    }

    @Test
    void pdfWithoutTextIsRefused() {
        assertThat(refused(Case.PDF_WITHOUT_TEXT, Kind.NO_TEXT).getMessage())
                .isEqualTo("scan.pdf: PDF has no text layer (scanned pages?)");
    }

    @Test
    void writeAllWritesEveryCaseButTheMissingOne() {
        var all = BadInputFixtures.writeAll(dir);
        assertThat(all).hasSize(Case.values().length);
        all.forEach((c, p) -> assertThat(Files.exists(p)).as(c.name()).isEqualTo(c != Case.MISSING_FILE));
    }
}
