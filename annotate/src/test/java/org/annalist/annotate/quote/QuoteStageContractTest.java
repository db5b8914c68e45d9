package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Structure;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.QuoteKind;
import org.annalist.model.layer.Quotes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The stage contract on whole books (the Gutenberg histories): spans inside the text and
 * sorted, top-level quotes never overlapping, a marked quote opening with a mark and a closed
 * one ending with one, and the same layer on a rerun.
 */
class QuoteStageContractTest {

    @Test
    void onWholeHistoriesQuotesKeepTheStageContract() throws IOException {
        Path dir = Path.of(System.getProperty("annalist.shared", "../../shared"), "corpus/gutenberg");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no Gutenberg corpus");
        List<Path> books;
        try (Stream<Path> s = Files.list(dir)) {
            books = s.filter(p -> p.getFileName().toString().matches("[a-z]+_.*\\.txt")).sorted().toList();
        }
        assertThat(books).isNotEmpty();
        QuoteStage stage = QuoteStage.standard();
        for (Path book : books) {
            String text = Files.readString(book).replace("\r\n", "\n");
            AnnotatedText annotated = AnnotatedText.of(new SourceDocument(SourceText.of(book.getFileName().toString(), text),
                    Structure.EMPTY)).with(new Entities(List.of()));
            Quotes quotes = stage.annotate(annotated);
            Map<QuoteKind, Integer> kinds = new EnumMap<>(QuoteKind.class);
            Quote previousTop = null;
            int previousStart = -1;
            for (Quote q : quotes.quotes()) {
                kinds.merge(q.kind(), 1, Integer::sum);
                if (System.getenv("QUOTES_DEBUG") != null && book.toString().contains(System.getenv("QUOTES_DEBUG"))) {
                    System.out.println("Q " + q.kind() + " " + q.depth() + " " + text.substring(Math.max(0, q.span().start() - 50),
                            Math.min(text.length(), Math.min(q.span().end(), q.span().start() + 100) + 20)).replace('\n', ' '));
                }
                assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(q.span().start()).isGreaterThanOrEqualTo(previousStart);
                previousStart = q.span().start();
                String covered = text.substring(q.span().start(), q.span().end());
                assertThat(covered).as("%s in %s", q, book).matches("(?s)[“‘\"'«].*");
                if (q.closed()) assertThat(covered).as("%s in %s", q, book).matches("(?s).*[”’\"'»]");
                if (q.depth() == 0) {
                    if (previousTop != null) assertThat(q.span().overlaps(previousTop.span())).isFalse();
                    previousTop = q;
                }
            }
            assertThat(stage.annotate(annotated)).isEqualTo(quotes);
            System.out.println(book.getFileName() + ": " + quotes.quotes().size() + " quotes " + kinds);
        }
    }
}
