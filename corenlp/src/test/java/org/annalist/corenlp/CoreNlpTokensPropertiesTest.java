package org.annalist.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Token;
import org.annalist.model.layer.Tokens;

class CoreNlpTokensPropertiesTest {

    private static final CoreNlpTokens STAGE = new CoreNlpTokens(CoreNlpModels.shared());

    @Provide
    Arbitrary<String> prose() {
        Arbitrary<String> pieces = Arbitraries.of("U.S.", "Gen.", "Mr.", "cannot", "gonna", "1,000", "3.5", "it’s",
                "Stalin’s", "(", ")", "[", "]", "“", "”", "\"", "'", "—", "--", "...", ". . .", "&", "a.m.",
                "e.g.", "Dr", ".", "?", "!", ";", ":", ",", "\u00ad", "\u200b", "\t", "\n", "\n\n", "  ", "word",
                "Tokyo", "1938", "½", "😀", "\u00a0", "x/y", "http://x.org/a?b=c", "@me", "#tag", "St.", "Mass.");
        return pieces.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void tokensAreNonEmptySortedDisjointAndCoverTheirWord(@ForAll("prose") String text) {
        SourceDocument doc = new SourceDocument(SourceText.of("p.txt", text),
                Structure.EMPTY.withParagraphs(text.isEmpty() ? List.of() : List.of(new Paragraph(Span.of(0, text.length())))));
        Tokens tokens = STAGE.annotate(AnnotatedText.of(doc));
        int previousEnd = 0;
        for (var sentence : tokens.sentences()) {
            assertThat(sentence.tokens()).isNotEmpty();
            for (Token t : sentence.tokens()) {
                assertThat(t.span().length()).as("%s in %s", t, text).isPositive();
                assertThat(t.span().start()).as("%s in %s", t, text).isGreaterThanOrEqualTo(previousEnd);
                assertThat(t.word()).isEqualTo(text.substring(t.span().start(), t.span().end()));
                previousEnd = t.span().end();
            }
            assertThat(sentence.span().start()).isEqualTo(sentence.tokens().get(0).span().start());
        }
        String words = tokens.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::word)
                .collect(Collectors.joining());
        assertThat(words.replaceAll("\\s", "")).isEqualTo(text.replaceAll("[\\s\\u00ad\\u200b\\u00a0]", ""));
    }
}
