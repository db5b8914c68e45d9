package org.annalist.eval.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldEntity;
import org.annalist.eval.gold.GoldMention;
import org.annalist.eval.gold.GoldQuote;
import org.junit.jupiter.api.Test;

/** The shared LitBank and HIPE dev sets as gold: their counts, and every offset on its text. */
class SharedCorporaTest {

    private static final Path CORPUS = Path.of(System.getProperty("annalist.shared", "../shared"), "corpus");
    private static final Path LITBANK = CORPUS.resolve("litbank-dev");

    @Test
    void litBankCoreferenceHas23151MentionsIn80ExcerptsEachOnItsText() throws IOException {
        Map<String, GoldDocument> docs = GoldSets.load(LITBANK.resolve("coref"));

        assertThat(docs).hasSize(80);
        assertThat(mentions(docs)).isEqualTo(23_151);
        for (GoldDocument d : docs.values()) {
            String text = Files.readString(LITBANK.resolve("coref").resolve(d.document()), StandardCharsets.UTF_8);
            for (GoldEntity e : d.entities()) {
                for (GoldMention m : e.mentions()) {
                    assertThat(text.substring(m.start(), m.end())).as(d.document()).isEqualTo(m.text());
                }
            }
        }
    }

    @Test
    void litBankEntityLayerHas11173MentionsAndProperNamesAre2888() throws IOException {
        assertThat(mentions(GoldSets.load(LITBANK.resolve("entities")))).isEqualTo(11_173);
        assertThat(mentions(LitBank.coref(LITBANK.resolve("coref"), m -> m.kind() == LitBank.Kind.PROP)))
                .isEqualTo(2_888);
    }

    @Test
    void litBankQuotationsAre1440EachOpeningWithAQuotationMarkAndNamingAChainOfItsDocument() throws IOException {
        Map<String, GoldDocument> docs = GoldSets.load(LITBANK.resolve("quotations"));

        assertThat(docs).hasSize(80);
        assertThat(docs.values().stream().mapToInt(d -> d.quotes().size()).sum()).isEqualTo(1_440);
        for (GoldDocument d : docs.values()) {
            String text = Files.readString(LITBANK.resolve("coref").resolve(d.document()), StandardCharsets.UTF_8);
            for (GoldQuote q : d.quotes()) {
                assertThat(d.entities()).as(d.document()).extracting(GoldEntity::id).contains(q.speaker());
                assertThat(text.charAt(q.start())).as(d.document() + " @" + q.start()).isNotEqualTo(' ');
            }
        }
    }

    @Test
    void hipeEnglishDevHas80DocumentsAnd904PersonOrgAndPlaceMentions() throws IOException {
        Map<String, GoldDocument> docs = GoldSets.load(CORPUS.resolve("hipe2020-en-dev/HIPE-data-v1.4-dev-en.tsv"));

        assertThat(docs).hasSize(80);
        assertThat(mentions(docs)).isEqualTo(904);
        for (GoldDocument d : docs.values()) {
            for (GoldEntity e : d.entities()) {
                for (GoldMention m : e.mentions()) assertThat(d.text().substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    private static int mentions(Map<String, GoldDocument> docs) {
        return docs.values().stream().flatMap(d -> d.entities().stream()).mapToInt(e -> e.mentions().size()).sum();
    }
}
