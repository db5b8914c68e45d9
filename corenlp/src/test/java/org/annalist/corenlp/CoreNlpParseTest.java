package org.annalist.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.ParseScope;
import org.annalist.annotate.Pipeline;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Structure;
import org.annalist.model.layer.Dependencies;
import org.annalist.model.layer.Parse;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Tokens;
import org.junit.jupiter.api.Test;

class CoreNlpParseTest {

    private static final CoreNlpTokens TOKENS = new CoreNlpTokens(CoreNlpModels.shared());
    /** parses only sentences holding a form of "order" */
    private static final ParseScope ORDERS = (sentence, lemmas) -> lemmas.contains("order");

    private static AnnotatedText run(String text, ParseScope scope) {
        AnnotatedText tokens = Pipeline.of(List.of(TOKENS)).run(new SourceDocument(SourceText.of("t.txt", text),
                Structure.EMPTY));
        return tokens.with(new CoreNlpParse(CoreNlpModels.shared(), scope).annotate(tokens));
    }

    private static int index(Sentence s, String word) {
        for (int i = 0; i < s.tokens().size(); i++) if (s.tokens().get(i).word().equals(word)) return i;
        throw new AssertionError("no '" + word + "' in " + s);
    }

    @Test
    void subjectObjectObliqueAndTheirPrepositionsComeAsUniversalDependencies() {
        AnnotatedText t = run("General Wolfe ordered Colonel Howe to march to Quebec.", ParseScope.ALL);
        Sentence s = t.layer(Tokens.class).sentences().get(0);
        Dependencies d = t.layer(Parse.class).of(s.span()).orElseThrow();
        int ordered = index(s, "ordered");
        assertThat(d.relation(ordered)).isEqualTo("root");
        assertThat(d.head(index(s, "Wolfe"))).isEqualTo(ordered);
        assertThat(d.relation(index(s, "Wolfe"))).isEqualTo("nsubj");
        assertThat(d.relation(index(s, "Howe"))).isEqualTo("obj");
        assertThat(d.relation(index(s, "march"))).isEqualTo("xcomp");
        int quebec = index(s, "Quebec");
        assertThat(d.relation(quebec)).isEqualTo("obl");
        assertThat(d.children(quebec, "case")).extracting(i -> s.tokens().get(i).word()).containsExactly("to");
        assertThat(d.lemma(ordered)).isEqualTo("order");
    }

    @Test
    void aPassiveSubjectAndItsAgentAreMarked() {
        AnnotatedText t = run("Howe was ordered by Wolfe to halt.", ParseScope.ALL);
        Sentence s = t.layer(Tokens.class).sentences().get(0);
        Dependencies d = t.layer(Parse.class).of(s.span()).orElseThrow();
        assertThat(d.is(index(s, "Howe"), "nsubj")).isTrue();
        assertThat(d.relation(index(s, "Howe"))).isEqualTo("nsubj:pass");
        assertThat(d.relation(index(s, "Wolfe"))).isEqualTo("obl");
    }

    @Test
    void onlyTheSentencesTheScopeAsksForAreParsedEachAlignedWithItsTokens() {
        AnnotatedText t = run("The army rested at Fredericksburg. Burnside ordered an attack. The river rose.", ORDERS);
        List<Sentence> sentences = t.layer(Tokens.class).sentences();
        Parse parse = t.layer(Parse.class);
        assertThat(sentences).hasSize(3);
        assertThat(parse.sentences()).singleElement()
                .satisfies(d -> assertThat(d.sentence()).isEqualTo(sentences.get(1).span()))
                .satisfies(d -> assertThat(d.size()).isEqualTo(sentences.get(1).tokens().size()));
        assertThat(parse.of(sentences.get(0).span())).isEmpty();
    }

    @Test
    void everyTokenHasOneHeadInsideItsSentenceAndOneRoot() {
        AnnotatedText t = run(SeedTexts.read("000_b3e0b6f17b358cbe.txt").text().text(), ParseScope.ALL);
        Parse parse = t.layer(Parse.class);
        assertThat(parse.sentences()).hasSize(t.layer(Tokens.class).sentences().size());
        for (Dependencies d : parse.sentences()) {
            long roots = d.heads().stream().filter(h -> h == -1).count();
            assertThat(roots).as("%s", d.sentence()).isGreaterThanOrEqualTo(1);
            for (int i = 0; i < d.size(); i++) assertThat(d.head(i)).isBetween(-1, d.size() - 1).isNotEqualTo(i);
        }
        assertThat(new CoreNlpParse(CoreNlpModels.shared(), ParseScope.ALL).annotate(t)).isEqualTo(parse);
    }
}
