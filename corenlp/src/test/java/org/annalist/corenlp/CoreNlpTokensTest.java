package org.annalist.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.NoteCall;
import org.annalist.model.Paragraph;
import org.annalist.model.Region;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Token;
import org.annalist.model.layer.Tokens;
import org.junit.jupiter.api.Test;

class CoreNlpTokensTest {

    private static final CoreNlpTokens STAGE = new CoreNlpTokens(CoreNlpModels.shared());

    private static final String FIRST = "000_b3e0b6f17b358cbe.txt";
    private static final String SECOND = "001_563debc96b657ac2.txt";

    private static Tokens tokens(SourceDocument doc) {
        return STAGE.annotate(AnnotatedText.of(doc));
    }

    private static List<Token> all(Tokens tokens) {
        return tokens.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
    }

    @Test
    void maskedNoteCallsNeverBecomeTokens() {
        for (String name : SeedTexts.names()) {
            SourceDocument doc = SeedTexts.read(name);
            assertThat(doc.structure().noteCalls()).as("calls found in %s", name).hasSizeGreaterThan(5);
            List<Token> tokens = all(tokens(doc));
            assertThat(tokens).extracting(Token::word).doesNotContain("217", ".217", "223", "209");
            for (NoteCall call : doc.structure().noteCalls()) {
                assertThat(tokens).noneMatch(t -> t.span().overlaps(call.span()));
            }
        }
    }

    @Test
    void casualtiesEndsASentenceBeforeAMaskedCallAndTokyoStartsTheNext() {
        Tokens tokens = tokens(SeedTexts.read(FIRST));
        List<Sentence> sentences = tokens.sentences();
        int i = IntStream.range(0, sentences.size())
                .filter(k -> sentences.get(k).tokens().stream().anyMatch(t -> t.word().equals("casualties")))
                .findFirst().orElseThrow();
        List<Token> ending = sentences.get(i).tokens();
        assertThat(ending.get(ending.size() - 2).word()).isEqualTo("casualties");
        assertThat(ending.get(ending.size() - 1).word()).isEqualTo(".");
        assertThat(sentences.get(i + 1).tokens().get(0).word()).isEqualTo("Tokyo");
    }

    @Test
    void everyTokenWordIsTheSourceTextItCovers() {
        for (String name : SeedTexts.names()) {
            SourceDocument doc = SeedTexts.read(name);
            for (Token t : all(tokens(doc))) {
                assertThat(t.word()).isEqualTo(t.span().coveredText(doc.text()));
                assertThat(t.word()).isNotBlank();
                assertThat(t.pos()).isNotBlank();
            }
        }
    }

    @Test
    void partsOfSpeechAreTagged() {
        List<Token> tokens = all(tokens(SeedTexts.read(FIRST)));
        Token stalin = tokens.stream().filter(t -> t.word().equals("Stalin")).findFirst().orElseThrow();
        Token troops = tokens.stream().filter(t -> t.word().equals("troops")).findFirst().orElseThrow();
        assertThat(stalin.pos()).isEqualTo("NNP");
        assertThat(troops.pos()).isEqualTo("NNS");
    }

    @Test
    void noSentenceCrossesAParagraphOrAHeading() {
        SourceDocument doc = SeedTexts.read(FIRST);
        List<Span> blocks = new ArrayList<>();
        doc.structure().paragraphs().forEach(p -> blocks.add(p.span()));
        doc.structure().headings().forEach(h -> blocks.add(h.span()));
        assertThat(doc.structure().headings()).extracting(h -> h.text()).containsExactly("FIRST DEPUTY NKVD USSR");
        for (Sentence s : tokens(doc).sentences()) {
            assertThat(blocks).as("block holding %s", s.span()).anyMatch(b -> b.contains(s.span()));
        }
        Sentence heading = tokens(doc).sentences().stream()
                .filter(s -> s.tokens().get(0).word().equals("FIRST")).findFirst().orElseThrow();
        assertThat(heading.tokens()).extracting(Token::word).containsExactly("FIRST", "DEPUTY", "NKVD", "USSR");
    }

    @Test
    void aTranscriptLabelIsASentenceOfItsOwn() {
        SourceDocument doc = SeedTexts.read(SECOND);
        assertThat(doc.structure().turns()).hasSize(4);
        List<Sentence> sentences = tokens(doc).sentences();
        for (var turn : doc.structure().turns()) {
            Sentence label = sentences.stream().filter(s -> s.span().start() == turn.label().start())
                    .findFirst().orElseThrow();
            assertThat(label.tokens()).extracting(Token::word)
                    .containsExactly(turn.label().coveredText(doc.text()), ":");
        }
    }

    @Test
    void theLayerKeepsTheStageContractOnEverySeed() {
        for (String name : SeedTexts.names()) {
            AnnotatedText text = AnnotatedText.of(SeedTexts.read(name));
            Tokens tokens = StageContract.check(STAGE, text,
                    l -> l.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::span).toList());
            StageContract.check(STAGE, text, l -> l.sentences().stream().map(Sentence::span).toList());
            assertThat(tokens.tokenCount()).isGreaterThan(700);
        }
    }

    @Test
    void setAsideTextIsNeverTokenised() {
        String text = "*** START OF THE BOOK ***\n\nThe army crossed the river. It rained.\n\nEnd of the Project Gutenberg eBook.\n";
        int bodyStart = text.indexOf("The army");
        int bodyEnd = text.indexOf("rained.") + "rained.".length();
        Structure structure = Structure.EMPTY
                .withParagraphs(List.of(new Paragraph(Span.of(0, 25)), new Paragraph(Span.of(bodyStart, bodyEnd)),
                        new Paragraph(Span.of(bodyEnd + 2, text.length() - 1))))
                .withSetAside(List.of(new Region(Span.of(0, 25), Region.Kind.BOILERPLATE),
                        new Region(Span.of(bodyEnd + 2, text.length()), Region.Kind.BOILERPLATE)));
        Tokens tokens = tokens(new SourceDocument(SourceText.of("t.txt", text), structure));
        assertThat(tokens.sentences()).hasSize(2);
        assertThat(all(tokens)).allMatch(t -> t.span().start() >= bodyStart && t.span().end() <= bodyEnd);
    }

    @Test
    void withoutParagraphsBlankLinesSeparateSentences() {
        String text = "The army crossed the river\n\nat dawn the guns opened fire";
        Tokens tokens = tokens(new SourceDocument(SourceText.of("t.txt", text), Structure.EMPTY));
        assertThat(tokens.sentences()).hasSize(2);
        assertThat(tokens.sentences().get(1).tokens().get(0).word()).isEqualTo("at");
    }

    @Test
    void aHugeLineWithoutPunctuationBecomesBoundedSentences() {
        String words = IntStream.range(0, 40_000).mapToObj(i -> i % 7 == 0 ? "river" : "army")
                .collect(Collectors.joining(" "));
        String text = words.substring(0, 200_000);
        SourceDocument doc = new SourceDocument(SourceText.of("long.txt", text),
                Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(0, text.length())))));
        Tokens tokens = StageContract.check(STAGE, AnnotatedText.of(doc),
                l -> l.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::span).toList());
        assertThat(tokens.sentences()).allMatch(s -> s.tokens().size() <= CoreNlpTokens.DEFAULT_MAX_SENTENCE_TOKENS);
        assertThat(tokens.tokenCount()).isBetween(text.split(" ").length - 1, text.split(" ").length);
        assertThat(tokens.sentences().size()).isGreaterThanOrEqualTo(tokens.tokenCount() / CoreNlpTokens.DEFAULT_MAX_SENTENCE_TOKENS);
    }
}
