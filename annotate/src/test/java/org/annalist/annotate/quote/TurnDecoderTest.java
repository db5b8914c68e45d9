package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.annotate.quote.TurnDecoder.Boundary;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** Speakers of a run of turns decoded together: A, B, A. */
class TurnDecoderTest {

    private static SpeakerRanker.Options options(double hale, double dunn) {
        return new SpeakerRanker.Options(List.of(Optional.of("hale"), Optional.of("dunn")), new double[] {hale, dunn});
    }

    @Test
    void aThirdTurnGoesBackToTheFirstSpeakerWhenTheRankerHesitates() {
        List<SpeakerRanker.Options> turns = List.of(options(3, 0), options(0, 3), options(0.4, 0.9));
        assertThat(TurnDecoder.decode(turns, List.of(Boundary.BREAK, Boundary.TURN, Boundary.TURN))).containsExactly(0, 1, 0);
    }

    @Test
    void aClearScoreOrALineOfNarrativeOrTheSameTurnIsLeftToTheRanker() {
        List<SpeakerRanker.Options> sure = List.of(options(3, 0), options(0, 3), options(0, 4));
        assertThat(TurnDecoder.decode(sure, List.of(Boundary.BREAK, Boundary.TURN, Boundary.TURN))).containsExactly(0, 1, 1);
        List<SpeakerRanker.Options> hesitant = List.of(options(3, 0), options(0, 3), options(0.4, 0.9));
        assertThat(TurnDecoder.decode(hesitant, List.of(Boundary.BREAK, Boundary.TURN, Boundary.BREAK))).containsExactly(0, 1, 1);
        assertThat(TurnDecoder.decode(hesitant, List.of(Boundary.BREAK, Boundary.TURN, Boundary.SAME))).containsExactly(0, 1, 1);
        assertThat(TurnDecoder.decode(hesitant, List.of(Boundary.BREAK, Boundary.TURN, Boundary.CUE))).containsExactly(0, 1, 1);
    }

    @Test
    void theTurnsOfNobodyAreNoAlternationAndADoubtfulSpeakerMayBeFoundByOne() {
        SpeakerRanker.Options nobody = new SpeakerRanker.Options(List.of(Optional.empty()), new double[] {0});
        SpeakerRanker.Options dunn = new SpeakerRanker.Options(List.of(Optional.of("dunn")), new double[] {0});
        SpeakerRanker.Options doubtful = new SpeakerRanker.Options(List.of(Optional.of("hale"), Optional.empty()), new double[] {-0.5, 0});
        List<Boundary> turns = List.of(Boundary.BREAK, Boundary.TURN, Boundary.TURN);
        assertThat(TurnDecoder.decode(List.of(nobody, dunn, doubtful), turns)).containsExactly(0, 0, 1);
        // Hale, Dunn, Hale: the alternation outweighs two doubtful answers' odds
        assertThat(TurnDecoder.decode(List.of(doubtful, dunn, doubtful), turns)).containsExactly(0, 0, 0);
    }

    @Test
    void linesOfASentenceATextTellTurnsFromTheSameTurnAndFromNarrative() {
        String text = String.join("\n",
                "\"Is it far?\" asked Hale. \"The road is wet.\"",
                "\"Not far,\" said Dunn.",
                "\"Then we walk.\"",
                "Varga had gone ahead with the lamps, and the yard was dark and quiet again.",
                "\"Wait.\"") + "\n";
        List<FoundQuote> speech = new ArrayList<>();
        for (int at = text.indexOf('"'); at >= 0; at = text.indexOf('"', text.indexOf('"', at + 1) + 1)) {
            int end = text.indexOf('"', at + 1) + 1;
            speech.add(new FoundQuote(Span.of(at, end), Span.of(at + 1, end - 1), 0, true));
        }
        List<Boundary> bounds = new ArrayList<>();
        for (int k = 0; k < speech.size(); k++) bounds.add(TurnDecoder.before(text, speech, List.of(), false, k));
        assertThat(bounds).containsExactly(Boundary.BREAK, Boundary.SAME, Boundary.TURN, Boundary.CUE, Boundary.BREAK);
    }

    @Test
    void aQuotationInsideAnotherIsTheSameTurnAndNoAnswer() {
        // a historian quoting a source that quotes a speaker: the inner quote lies inside the outer one
        String text = "\"The envoy wrote that Marsh cried 'Never!' at the gate,\" says the chronicle.\n";
        Span outer = Span.of(0, text.indexOf(" says"));
        Span inner = Span.of(text.indexOf('\''), text.lastIndexOf('\'') + 1);
        List<FoundQuote> speech = List.of(new FoundQuote(outer, outer, 0, true), new FoundQuote(inner, inner, 0, true));

        assertThat(TurnDecoder.before(text, speech, List.of(), false, 1)).isEqualTo(Boundary.SAME);
        assertThat(AnsweredNames.adjacentTurns(text, outer, inner)).isFalse();
    }
}
