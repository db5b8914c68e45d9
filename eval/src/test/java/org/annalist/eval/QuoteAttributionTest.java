package org.annalist.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annalist.eval.corpora.LitBank;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldEntity;
import org.annalist.eval.gold.GoldMention;
import org.annalist.eval.gold.GoldQuote;
import org.junit.jupiter.api.Test;

class QuoteAttributionTest {

    private static GoldDocument doc(List<GoldQuote> quotes, GoldEntity... entities) {
        return GoldDocument.empty("d").withQuotes(quotes).withEntities(List.of(entities));
    }

    private static GoldEntity person(String id, int start, int end) {
        return new GoldEntity(id, "PERSON", id, List.of(new GoldMention(start, end, id)));
    }

    @Test
    void aSpeakerIsRightWhenItsEntityMapsToTheGoldChainAndUnansweredQuotesCountAsWrong() {
        GoldDocument gold = doc(List.of(new GoldQuote(10, "Ann-1", "speech"), new GoldQuote(50, "Bob-2", "speech"),
                        new GoldQuote(90, "Ann-1", "speech"), new GoldQuote(130, "Bob-2", "speech"),
                        new GoldQuote(170, null, "speech")),
                person("Ann-1", 0, 3), person("Bob-2", 4, 7));
        GoldDocument predicted = doc(List.of(new GoldQuote(11, "ann", "speech"), new GoldQuote(52, "ann", "speech"),
                        new GoldQuote(90, null, "speech"), new GoldQuote(400, "bob", "speech")),
                person("ann", 0, 3), person("bob", 4, 7));
        QuoteAttribution a = QuoteAttribution.measure(Map.of("d", gold), Map.of("d", predicted));
        // four gold quotes with a speaker; three found (10, 50, 90); two answered; one right (10 → Ann)
        assertThat(a).isEqualTo(new QuoteAttribution(4, 3, 2, 1));
        assertThat(a.accuracy()).isEqualTo(1 / 3.0);
        assertThat(a.accuracyOfAll()).isEqualTo(0.25);
        assertThat(a.precision()).isEqualTo(0.5);
        assertThat(a.toLine()).startsWith("quotes.attribution accuracy 0.333 (1 right of 3 found");
    }

    @Test
    void aDocumentWithoutPredictionFindsNothingAndImpossibleCountsAreRefused() {
        GoldDocument gold = doc(List.of(new GoldQuote(10, "Ann-1", "speech")), person("Ann-1", 0, 3));
        assertThat(QuoteAttribution.measure(Map.of("d", gold), Map.of())).isEqualTo(new QuoteAttribution(1, 0, 0, 0));
        assertThatThrownBy(() -> new QuoteAttribution(1, 2, 0, 0)).hasMessageContaining("1, 2, 0, 0");
    }

    @Test
    void litBankGoldScoredAgainstItselfIsRightEveryTime() throws IOException {
        Path litbank = Path.of(System.getProperty("annalist.shared", "../shared"), "corpus/litbank-dev");
        Map<String, GoldDocument> gold = LitBank.load(litbank);
        QuoteAttribution a = QuoteAttribution.measure(gold, gold);
        assertThat(a.withSpeaker()).isEqualTo(1_440);
        assertThat(a.accuracy()).isEqualTo(1.0);
    }
}
