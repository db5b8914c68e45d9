package org.annalist.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annalist.eval.corpora.LitBank;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldQuote;
import org.junit.jupiter.api.Test;

class SpeakerClustersTest {

    private static GoldDocument doc(GoldQuote... quotes) {
        return GoldDocument.empty("d").withQuotes(List.of(quotes));
    }

    @Test
    void quotesGroupedUnderOtherNamesScoreByTheirGroupingAndUnansweredOnesStandAlone() {
        GoldDocument gold = doc(new GoldQuote(10, "Ann-1", "speech"), new GoldQuote(50, "Ann-1", "speech"),
                new GoldQuote(90, "Bob-2", "speech"), new GoldQuote(130, "Bob-2", "speech"));
        // Ann's two quotes under one (wrongly named) entity; Bob's: one given to that entity, one unanswered
        GoldDocument predicted = doc(new GoldQuote(10, "x", "speech"), new GoldQuote(51, "x", "speech"),
                new GoldQuote(90, "x", "speech"), new GoldQuote(130, null, "speech"));

        SpeakerClusters b3 = SpeakerClusters.measure(Map.of("d", gold), Map.of("d", predicted));

        // precision: Ann's quotes 2/3 each, Bob's first 1/3, the lone one 1 → (2/3 + 2/3 + 1/3 + 1) / 4
        assertThat(b3.precision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-9));
        // recall: Ann's 1 each, Bob's 1/2 each
        assertThat(b3.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(b3.quotes()).isEqualTo(4);
        assertThat(b3.toLine()).startsWith("quotes.speaker B3 P 0.667 R 0.750");
    }

    @Test
    void litBankGoldAgainstItselfIsPerfectAndAgainstNothingEveryQuoteStandsAlone() throws IOException {
        Map<String, GoldDocument> gold = LitBank.load(Path.of(System.getProperty("annalist.shared", "../shared"),
                "corpus/litbank-dev"));

        assertThat(SpeakerClusters.measure(gold, gold).f1()).isEqualTo(1.0);
        SpeakerClusters none = SpeakerClusters.measure(gold, Map.of());
        assertThat(none.precision()).isEqualTo(1.0);
        assertThat(none.recall()).isLessThan(0.3);
    }
}
