package org.annalist.annotate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.ClaimCheck;
import org.annalist.model.layer.Claims;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Parse;
import org.annalist.model.layer.Quotes;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.Tokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The stage contract on whole books (the Gutenberg histories, sentences from a naive splitter):
 * every claim's number lies in its span and its sentence, reads back to its value, claims come
 * sorted, every check's operands are claims, and a rerun gives the same layer.
 */
class ClaimStageContractTest {

    @Test
    void onWholeHistoriesClaimsKeepTheStageContract() throws IOException {
        Path dir = Path.of(System.getProperty("annalist.shared", "../../shared"), "corpus/gutenberg");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no Gutenberg corpus");
        List<Path> books;
        try (Stream<Path> s = Files.list(dir)) {
            books = s.filter(p -> p.getFileName().toString().matches("[a-z]+_.*\\.txt")).sorted().toList();
        }
        assertThat(books).isNotEmpty();
        ClaimStage stage = ClaimStage.standard();
        int total = 0;
        for (Path book : books) {
            String text = Files.readString(book).replace("\r\n", "\n");
            List<Sentence> sentences = TestSentences.of(text).stream().map(sp -> new Sentence(sp, List.of())).toList();
            AnnotatedText annotated = AnnotatedText.of(new SourceDocument(SourceText.of(book.getFileName().toString(), text),
                    Structure.EMPTY)).with(new Tokens(sentences)).with(new Timexes(List.of()))
                    .with(new Parse(List.of())).with(new Entities(List.of())).with(new Quotes(List.of()));
            Claims claims = stage.annotate(annotated);
            Span previous = Span.of(0, 0);
            for (Claim c : claims.claims()) {
                assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(c.sentence().contains(c.span())).as("%s in %s", c, book).isTrue();
                assertThat(c.number().compareTo(previous)).isPositive();
                previous = c.number();
                // a figure reads as its value; a proportion's words ("half", "twice") read as theirs
                String number = text.substring(c.number().start(), c.number().end());
                assertThat(NumberParser.parse(number).or(() -> Proportions.valueOf(number)))
                        .as("%s in %s", c, book).contains(c.value());
            }
            List<Span> numbers = claims.claims().stream().map(Claim::number).toList();
            for (ClaimCheck k : claims.checks()) assertThat(numbers).containsAll(k.operands());
            assertThat(stage.annotate(annotated)).isEqualTo(claims);
            total += claims.claims().size();
        }
        // Grant's memoirs alone state hundreds of casualty and troop figures
        assertThat(total).isGreaterThan(300);
    }
}
