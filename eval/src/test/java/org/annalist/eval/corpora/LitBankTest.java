package org.annalist.eval.corpora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldEntity;
import org.annalist.eval.gold.GoldMention;
import org.annalist.eval.gold.GoldQuote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LitBank's three brat layers on a small excerpt written in LitBank's own format. */
class LitBankTest {

    // one tokenised sentence a line, as LitBank's .txt files are
    private static final String TEXT = String.join("\n",
            "\" Come in , \" said Hale to Dunn .",
            "He went to the street .",
            "\" No , \" he said .", "");

    @TempDir
    Path root;

    @BeforeEach
    void writeTheExcerpt() throws IOException {
        for (String layer : List.of("coref", "entities", "quotations")) Files.createDirectories(root.resolve(layer));
        Files.writeString(root.resolve("coref/7_x_brat.txt"), TEXT);
        Files.writeString(root.resolve("coref/7_x_brat.ann"), String.join("\n",
                "T1\tPROP_PER 19 23\tHale",
                "T2\tPROP_PER 27 31\tDunn",
                "T3\tPRON_PER 34 36\tHe",
                "T4\tNOM_FAC 45 55\tthe street",
                "T5\tPRON_PER 67 69\the",
                "T6\tHale-1 19 23\tHale",
                "T7\tHale-1 34 36\tHe",
                "T8\tHale-1 67 69\the",
                "T9\tDunn-2 27 31\tDunn",
                "R1\tappos Arg1:T1 Arg2:T6", ""));
        Files.writeString(root.resolve("entities/7_x_brat.ann"), String.join("\n",
                "T1\tPER 19 23\tHale",
                "T2\tPER 27 31\tDunn",
                "T3\tFAC 45 55\tthe street", ""));
        Files.writeString(root.resolve("quotations/7_x_brat.ann"), String.join("\n",
                "QUOTE\tQ1\t0\t0\t0\t4\t\" Come in , \"",
                "QUOTE\tQ2\t2\t0\t2\t3\t\" No , \"",
                "ATTRIB\tQ1\tHale-1",
                "ATTRIB\tQ2\tHale-1", ""));
    }

    @Test
    void theFixtureOffsetsCoverTheirText() {
        assertThat(TEXT.substring(19, 23)).isEqualTo("Hale");
        assertThat(TEXT.substring(45, 55)).isEqualTo("the street");
        assertThat(TEXT.substring(67, 69)).isEqualTo("he");
    }

    @Test
    void coreferenceChainsBecomeEntitiesNamedByTheirLabelAndUnchainedMentionsStandAlone() throws IOException {
        Map<String, GoldDocument> docs = LitBank.load(root.resolve("coref"));

        GoldDocument doc = docs.get("7_x_brat.txt");
        assertThat(docs).containsOnlyKeys("7_x_brat.txt");
        assertThat(doc.document()).isEqualTo("7_x_brat.txt");
        assertThat(doc.chars()).isEqualTo(TEXT.length());
        assertThat(doc.entities()).extracting(GoldEntity::id).containsExactly("Hale-1", "Dunn-2", "single@45-55");
        GoldEntity hale = doc.entities().get(0);
        assertThat(hale.type()).isEqualTo("PERSON");
        assertThat(hale.name()).isEqualTo("Hale");
        assertThat(hale.mentions()).containsExactly(new GoldMention(19, 23, "Hale"), new GoldMention(34, 36, "He"),
                new GoldMention(67, 69, "he"));
        assertThat(doc.entities().get(2).type()).isEqualTo("FAC");
        assertThat(doc.quotes()).isEmpty();
    }

    @Test
    void aFilterKeepsOnlyTheMentionsAsked() throws IOException {
        Map<String, GoldDocument> names = LitBank.coref(root.resolve("coref"), m -> m.kind() == LitBank.Kind.PROP);

        assertThat(names.get("7_x_brat.txt").entities()).extracting(e -> e.id() + " " + e.mentions().size())
                .containsExactly("Hale-1 1", "Dunn-2 1");
    }

    @Test
    void entityLayerMentionsTakeTheirTypeAndTheChainOfTheSameSpan() throws IOException {
        GoldDocument doc = LitBank.load(root.resolve("entities")).get("7_x_brat.txt");

        assertThat(LitBank.layerOf(root.resolve("entities"))).isEqualTo(LitBank.Layer.ENTITIES);
        assertThat(doc.entities()).extracting(e -> e.id() + " " + e.type())
                .containsExactly("Hale-1 PERSON", "Dunn-2 PERSON", "single@45-55 FAC");
        assertThat(doc.entities().get(0).mentions()).containsExactly(new GoldMention(19, 23, "Hale"));
    }

    @Test
    void quotesStartAtTheirFirstTokenAndNameTheSpeakersChain() throws IOException {
        GoldDocument doc = LitBank.load(root.resolve("quotations")).get("7_x_brat.txt");

        assertThat(LitBank.layerOf(root.resolve("quotations"))).isEqualTo(LitBank.Layer.QUOTATIONS);
        assertThat(doc.quotes()).containsExactly(new GoldQuote(0, "Hale-1", "speech"), new GoldQuote(58, "Hale-1", "speech"));
        assertThat(TEXT.charAt(58)).isEqualTo('"');
        assertThat(doc.entities()).extracting(GoldEntity::id).contains("Hale-1");
    }

    @Test
    void theRootFolderIsTheCoreferenceWithTheQuotationsAdded() throws IOException {
        GoldDocument doc = LitBank.load(root).get("7_x_brat.txt");

        assertThat(doc.entities()).hasSize(3);
        assertThat(doc.quotes()).extracting(GoldQuote::start).containsExactly(0, 58);
        assertThat(GoldSets.kindOf(root)).isEqualTo(GoldSets.Kind.LITBANK);
        assertThat(GoldSets.load(root)).isEqualTo(LitBank.load(root));
    }

    @Test
    void tokensAreTheRunsBetweenSpacesLineByLine() {
        assertThat(LitBank.tokens("a  bc\n\nd")).containsExactly(
                List.of(org.annalist.model.Span.of(0, 1), org.annalist.model.Span.of(3, 5)), List.of(),
                List.of(org.annalist.model.Span.of(7, 8)));
    }

    @Test
    void aQuoteOutsideTheTextIsRefusedWithItsLine() throws IOException {
        Files.writeString(root.resolve("quotations/7_x_brat.ann"), "QUOTE\tQ9\t9\t0\t9\t1\tx\n");

        assertThatThrownBy(() -> LitBank.load(root.resolve("quotations")))
                .isInstanceOf(IOException.class).hasMessageContaining("Q9");
    }
}
