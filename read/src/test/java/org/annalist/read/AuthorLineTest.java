package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorLineTest {

    private static byte[] corpus(String file) throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("annalist.shared"), "corpus/gutenberg", file));
    }

    @Test
    void aGutenbergHeaderNamesTheAuthorOfGrantsMemoirsAndCarlylesHistory() throws Exception {
        PlainTextReader reader = new PlainTextReader();
        assertThat(reader.read("grant.txt", corpus("grant_personal_memoirs_pg4367.txt")).author())
                .contains("Ulysses S. Grant");
        assertThat(reader.read("carlyle.txt", corpus("carlyle_french_revolution_pg1301.txt")).author())
                .contains("Thomas Carlyle");
    }

    @Test
    void anAuthorLineCountsOnlyInTheFrontMatter() {
        assertThat(AuthorLine.of("Title: Notes\nAuthor:  Jane  Doe \n\nText.")).contains("Jane Doe");
        assertThat(AuthorLine.of("x".repeat(AuthorLine.FRONT_MATTER) + "\nAuthor: Jane Doe\n")).isEmpty();
        assertThat(AuthorLine.of("Author: Jane Doe\n*** START OF THE PROJECT GUTENBERG EBOOK X ***\n")).contains("Jane Doe");
        assertThat(AuthorLine.of("*** START OF THE PROJECT GUTENBERG EBOOK X ***\nAuthor: Someone Quoted\n")).isEmpty();
    }

    @Test
    void severalAuthorsGiveTheFirstAndAnUnknownOneNone() {
        assertThat(AuthorLine.of("Author: John Nicolay and John Hay\n")).contains("John Nicolay");
        assertThat(AuthorLine.of("Authors: A. Smith; B. Jones\n")).contains("A. Smith");
        assertThat(AuthorLine.of("Author: Unknown\n")).isEmpty();
        assertThat(AuthorLine.of("Author: Anonymous\n")).isEmpty();
        assertThat(AuthorLine.of("A text without front matter. I wrote it.")).isEmpty();
    }

    @Test
    void htmlNamesItsAuthorInAMetaElement() throws Exception {
        String html = "<html><head><meta name=\"author\" content=\" William T. Sherman \"></head>"
                + "<body><p>I marched.</p></body></html>";
        assertThat(new HtmlReader().read("m.html", html.getBytes(StandardCharsets.UTF_8)).author())
                .contains("William T. Sherman");
        assertThat(new HtmlReader().read("m.html", "<p>No head.</p>".getBytes(StandardCharsets.UTF_8)).author())
                .isEmpty();
    }

    @Test
    void teiNamesItsAuthorInTheTitleStatement() throws Exception {
        String tei = TeiReaderTest.TEI.replace("<title>Header title, kept out</title>",
                "<title>Header title, kept out</title><author>Philip H.\n  Sheridan</author>");
        assertThat(new TeiReader().read("t.xml", tei.getBytes(StandardCharsets.UTF_8)).author())
                .contains("Philip H. Sheridan");
        assertThat(new TeiReader().read("t.xml", TeiReaderTest.TEI.getBytes(StandardCharsets.UTF_8)).author())
                .isEmpty();
    }

    @Test
    void anEpubNamesItsAuthorAsDcCreator() throws Exception {
        byte[] plain = TestSources.epub(Map.of("c1.xhtml", TestSources.xhtml("<p>I rode north.</p>")));
        assertThat(new EpubReader().read("b.epub", plain).author()).isEqualTo(Optional.empty());

        byte[] named = TestSources.epub(Map.of("c1.xhtml", TestSources.xhtml("<p>I rode north.</p>")),
                "<dc:creator>George B. McClellan</dc:creator>");
        assertThat(new EpubReader().read("b.epub", named).author()).contains("George B. McClellan");
    }
}
