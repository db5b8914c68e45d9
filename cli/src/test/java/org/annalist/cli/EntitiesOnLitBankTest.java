package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.entity.CorefScore;
import org.annalist.annotate.entity.EntityStage;
import org.annalist.annotate.entity.LitBankCoref;
import org.annalist.corenlp.CoreNlpModels;
import org.annalist.corenlp.CoreNlpNames;
import org.annalist.corenlp.CoreNlpTokens;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Entities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the entity stage on LitBank's 80 development excerpts (fiction, not history:
 * a check that the stage generalises), with the referee's figures ({@link CorefScore}).
 * Two views of the gold: every proper name of a person, organisation or place; and every
 * mention of a person, names, noun phrases and pronouns alike. The floors sit a little
 * under the figures measured when this test was written, to catch regressions.
 */
class EntitiesOnLitBankTest {

    private static final Set<String> CATEGORIES = Set.of("PER", "ORG", "GPE", "LOC", "FAC");

    private static CorefScore names = CorefScore.ZERO;
    private static CorefScore people = CorefScore.ZERO;

    @BeforeAll
    static void scoreLitBank() throws IOException {
        Path dir = Path.of(System.getProperty("annalist.shared", "/work/shared"), "corpus/litbank-dev/coref");
        CoreNlpModels models = CoreNlpModels.shared();
        CoreNlpTokens tokens = new CoreNlpTokens(models);
        CoreNlpNames finder = new CoreNlpNames(models);
        EntityStage stage = new EntityStage();
        List<Path> anns;
        try (var files = Files.list(dir)) {
            anns = files.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        assertThat(anns).hasSizeGreaterThan(50);
        for (Path ann : anns) {
            Path txt = ann.resolveSibling(ann.getFileName().toString().replaceFirst("\\.ann$", ".txt"));
            AnnotatedText text = AnnotatedText.of(read(txt));
            text = text.with(tokens.annotate(text));
            text = text.with(finder.annotate(text));
            Entities found = stage.annotate(text);
            names = names.add(LitBankCoref.read(ann, (kind, cat) -> kind.equals("PROP") && CATEGORIES.contains(cat)),
                    found);
            people = people.add(LitBankCoref.read(ann, (kind, cat) -> cat.equals("PER")), found);
        }
    }

    @Test
    void mostProperNamesAreFoundAndLinked() {
        assertThat(names.mentionRecall()).as("recall of proper names, %s", names).isGreaterThanOrEqualTo(0.90);
        assertThat(names.linksSame()).as("links_same among proper names, %s", names).isGreaterThanOrEqualTo(0.80);
        assertThat(names.linksApart()).as("links_apart among proper names, %s", names).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void peopleMentionedByNounOrPronounAreLinkedWithFewWrongMerges() {
        assertThat(people.linksSame()).as("links_same among person mentions, %s", people).isGreaterThanOrEqualTo(0.66);
        assertThat(people.linksApart()).as("links_apart among person mentions, %s", people).isGreaterThanOrEqualTo(0.87);
    }

    /** LitBank's text is one sentence a line; each line is a paragraph. */
    private static SourceDocument read(Path txt) throws IOException {
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '\n') continue;
            if (!text.substring(start, i).isBlank()) paragraphs.add(new Paragraph(Span.of(start, i)));
            start = i + 1;
        }
        return new SourceDocument(SourceText.of(txt.getFileName().toString(), text),
                Structure.EMPTY.withParagraphs(paragraphs));
    }
}
