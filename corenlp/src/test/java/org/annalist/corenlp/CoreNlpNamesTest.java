package org.annalist.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.model.SourceDocument;
import org.annalist.model.Span;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.NameMention;
import org.annalist.model.layer.Names;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Token;
import org.annalist.model.layer.Tokens;
import org.junit.jupiter.api.Test;

class CoreNlpNamesTest {

    private static final CoreNlpTokens TOKENS = new CoreNlpTokens(CoreNlpModels.shared());
    private static final CoreNlpNames NAMES = new CoreNlpNames(CoreNlpModels.shared());
    private static final Pipeline PIPELINE = Pipeline.of(List.of(TOKENS, NAMES));

    private static final String FIRST = "000_b3e0b6f17b358cbe.txt";

    private static List<NameMention> names(SourceDocument doc) {
        return PIPELINE.run(doc).layer(Names.class).mentions();
    }

    @Test
    void aNameAfterAMaskedCallIsAPersonWithoutTheCallsDigits() {
        SourceDocument doc = SeedTexts.read(FIRST);
        int start = doc.text().text().indexOf("\u201d223 Voroshilov") + "\u201d223 ".length();
        NameMention voroshilov = names(doc).stream().filter(m -> m.span().contains(start)).findFirst().orElseThrow();
        assertThat(voroshilov.type()).isEqualTo(EntityType.PERSON);
        assertThat(voroshilov.text()).isEqualTo("Voroshilov").doesNotContainPattern("\\d");
        assertThat(voroshilov.span()).isEqualTo(Span.of(start, start + "Voroshilov".length()));
    }

    @Test
    void aFirstAndLastNameAreOnePersonMention() {
        List<NameMention> names = names(SeedTexts.read(FIRST));
        assertThat(names).filteredOn(m -> m.text().contains("Beria") && m.text().contains("Lavrenti"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.text()).isEqualTo("Lavrenti Beria");
                    assertThat(m.type()).isEqualTo(EntityType.PERSON);
                });
    }

    @Test
    void placesAndPeopleOfTheSeedsAreFound() {
        List<NameMention> names = names(SeedTexts.read(FIRST));
        assertThat(names).filteredOn(m -> m.type() == EntityType.GPE).extracting(NameMention::text)
                .contains("Tokyo", "Wuhan", "Moscow");
        assertThat(names).filteredOn(m -> m.type() == EntityType.PERSON).extracting(NameMention::text)
                .contains("Stalin", "Hitler", "Chiang");
    }

    @Test
    void mentionTextIsTheSourceTextItCovers() {
        for (String name : SeedTexts.names()) {
            SourceDocument doc = SeedTexts.read(name);
            List<NameMention> names = names(doc);
            assertThat(names).hasSizeGreaterThan(20);
            assertThat(names).allSatisfy(m -> assertThat(m.text()).isEqualTo(m.span().coveredText(doc.text())));
        }
    }

    @Test
    void namesNeverHoldBracketsOrQuotesNorEndInPunctuation() {
        for (String name : SeedTexts.names()) {
            for (NameMention m : names(SeedTexts.read(name))) {
                assertThat(m.text()).doesNotContainPattern("[\\[\\]()\u201c\u201d\"]")
                        .matches("^[\\p{L}\\p{N}].*").matches(".*[\\p{L}\\p{N}.]$");
            }
        }
        // "[air force commander Pavel] Rychagov": the CRF labels the bracket a PERSON too
        SourceDocument second = SeedTexts.read("001_563debc96b657ac2.txt");
        assertThat(names(second)).extracting(NameMention::text).contains("Rychagov");
    }

    @Test
    void theLayerKeepsTheStageContractOnEverySeed() {
        for (String name : SeedTexts.names()) {
            AnnotatedText text = AnnotatedText.of(SeedTexts.read(name));
            AnnotatedText tokens = text.with(TOKENS.annotate(text));
            StageContract.check(NAMES, tokens, l -> l.mentions().stream().map(NameMention::span).toList());
        }
    }

    @Test
    void documentsAnnotatedConcurrentlyGetTheSameLayersAsAlone() throws Exception {
        SourceDocument doc = SeedTexts.read(FIRST);
        AnnotatedText alone = PIPELINE.run(doc);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = pool.invokeAll(java.util.Collections.nCopies(8,
                    (java.util.concurrent.Callable<AnnotatedText>) () -> PIPELINE.run(doc)));
            for (var f : futures) {
                AnnotatedText t = f.get();
                assertThat(t.layer(Tokens.class)).isEqualTo(alone.layer(Tokens.class));
                assertThat(t.layer(Names.class)).isEqualTo(alone.layer(Names.class));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sentencesWithoutProperNounsOrCapitalsBeyondAFirstFunctionWordAreSkipped() {
        Sentence lower = sentence(new String[] {"They", "would", "be", "back"}, new String[] {"PRP", "MD", "VB", "RB"});
        Sentence tagged = sentence(new String[] {"Voroshilov", "would", "observe"}, new String[] {"NNP", "MD", "VB"});
        Sentence capital = sentence(new String[] {"He", "saw", "Tokyo"}, new String[] {"PRP", "VBD", "NN"});
        assertThat(CoreNlpNames.mayHoldName(lower)).isFalse();
        assertThat(CoreNlpNames.mayHoldName(tagged)).isTrue();
        assertThat(CoreNlpNames.mayHoldName(capital)).isTrue();
        Sentence unknownFirst = sentence(new String[] {"Corse", "was", "a", "man"}, new String[] {"NN", "VBD", "DT", "NN"});
        Sentence determinerFirst = sentence(new String[] {"The", "navy", "lost"}, new String[] {"DT", "NN", "VBD"});
        assertThat(CoreNlpNames.mayHoldName(unknownFirst)).isTrue();
        assertThat(CoreNlpNames.mayHoldName(determinerFirst)).isFalse();
    }

    @Test
    void coreNlpLabelsMapToOurTypes() {
        assertThat(CoreNlpNames.type("PERSON")).contains(EntityType.PERSON);
        assertThat(CoreNlpNames.type("ORGANIZATION")).contains(EntityType.ORG);
        assertThat(CoreNlpNames.type("LOCATION")).contains(EntityType.GPE);
        assertThat(CoreNlpNames.type("MISC")).contains(EntityType.MISC);
        assertThat(CoreNlpNames.type("O")).isEmpty();
    }

    private static Sentence sentence(String[] words, String[] tags) {
        List<Token> tokens = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(Span.of(at, at + words[i].length()), words[i], tags[i]));
            at += words[i].length() + 1;
        }
        return new Sentence(Span.of(0, at - 1), tokens);
    }
}
