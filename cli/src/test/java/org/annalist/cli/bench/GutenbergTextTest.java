package org.annalist.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.model.Paragraph;
import org.annalist.model.Region;
import org.annalist.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GutenbergTextTest {

    @Test
    void theHeaderAndLicenceAreSetAsideAndTheBodyIsCutAtBlankLines(@TempDir Path dir) throws Exception {
        String text = "The Project Gutenberg EBook\r\n*** START OF THIS BOOK ***\r\n\r\nCHAPTER I.\r\n\r\n"
                + "The army crossed\r\nthe river.\r\n\r\nIt rained.\r\n*** END OF THIS BOOK ***\r\nLicence text\r\n";
        Path file = dir.resolve("book.txt");
        Files.writeString(file, text);
        SourceDocument doc = GutenbergText.read(file);
        String read = doc.text().text();
        assertThat(read).doesNotContain("\r");
        assertThat(doc.structure().paragraphs()).extracting(p -> p.span().coveredText(doc.text()))
                .containsExactly("CHAPTER I.", "The army crossed\nthe river.", "It rained.");
        assertThat(doc.structure().setAside()).extracting(Region::span).extracting(s -> s.coveredText(doc.text()))
                .containsExactly("The Project Gutenberg EBook\n*** START OF THIS BOOK ***\n",
                        "*** END OF THIS BOOK ***\nLicence text\n");
        for (Paragraph p : doc.structure().paragraphs()) {
            assertThat(doc.structure().setAside()).noneMatch(r -> r.span().overlaps(p.span()));
        }
    }
}
