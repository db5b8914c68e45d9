package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.annotate.AnnotatedText;
import org.annalist.store.DocumentRows;
import org.annalist.store.StoreTable;
import org.junit.jupiter.api.Test;

/** One input on an executor: every article of a HIPE file, and a failing one leaves no rows. */
class DocumentAnnotatorTest {

    private static final Path HIPE = Path.of(System.getProperty("annalist.shared", "../shared"))
            .resolve("corpus/hipe2020-en-dev/HIPE-data-v1.4-dev-en.tsv");

    @Test
    void anArticleWhoseAnnotationFailsIsReportedAndTheOthersKeepTheirRows() throws IOException {
        byte[] tsv = firstDocuments(3).getBytes(StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        DocumentAnnotator annotator = new DocumentAnnotator(document -> {
            seen.add(document.text().name());
            if (seen.size() == 2) throw new IllegalStateException("stage broke on " + document.text().name());
            return AnnotatedText.of(document);
        }, Instant.EPOCH);

        DocumentAnnotator.Outcome o = annotator.annotate(new DocumentInput("news.tsv", "/in/news.tsv", tsv, true));

        assertThat(seen).hasSize(3);
        assertThat(o.failures()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("/in/news.tsv#" + seen.get(1));
            assertThat(f.error()).isEqualTo("IllegalStateException: stage broke on " + seen.get(1));
        });
        assertThat(o.documents()).extracting(d -> d.source().path())
                .containsExactly("/in/news.tsv#" + seen.get(0), "/in/news.tsv#" + seen.get(2));
        assertThat(o.documents()).extracting(DocumentRows::documentId).doesNotHaveDuplicates();
        assertThat(o.documents().get(0).rows(StoreTable.PARAGRAPHS)).isNotEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsOneFailureWithTheReadersReason() {
        DocumentAnnotator annotator = new DocumentAnnotator(AnnotatedText::of, Instant.EPOCH);

        DocumentAnnotator.Outcome o = annotator.annotate(new DocumentInput("book.epub", "/in/book.epub",
                "plain words".getBytes(StandardCharsets.UTF_8), true));

        assertThat(o.documents()).isEmpty();
        assertThat(o.failures()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("/in/book.epub");
            assertThat(f.error()).startsWith("ReadException: ");
        });
    }

    @Test
    void documentIdsComeFromTheStoreKeyAndAreNeverNegative() {
        assertThat(DocumentAnnotator.idOf("/in/a.txt")).isEqualTo(DocumentAnnotator.idOf("/in/a.txt")).isNotNegative();
        assertThat(DocumentAnnotator.idOf("/in/a.txt")).isNotEqualTo(DocumentAnnotator.idOf("/in/b.txt"));
        assertThat(Optional.of(ChronicleJob.keyOf("file:/in/x/../a.txt"))).contains("/in/a.txt");
        assertThat(ChronicleJob.readable("file:/in/.hidden.txt")).isFalse();
        assertThat(ChronicleJob.readable("file:/in/notes.xyz")).isFalse();
        assertThat(ChronicleJob.readable("file:/in/chapter.txt")).isTrue();
    }

    private static String firstDocuments(int n) throws IOException {
        List<String> kept = new ArrayList<>();
        int seen = 0;
        for (String line : Files.readAllLines(HIPE, StandardCharsets.UTF_8)) {
            if (line.startsWith("# document_id") && ++seen > n) break;
            kept.add(line);
        }
        while (kept.get(kept.size() - 1).startsWith("#")) kept.remove(kept.size() - 1);
        return String.join("\n", kept) + "\n";
    }
}
