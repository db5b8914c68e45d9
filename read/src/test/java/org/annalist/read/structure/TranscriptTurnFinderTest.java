package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.TranscriptTurn;
import org.junit.jupiter.api.Test;

class TranscriptTurnFinderTest {

    /** paragraph | speaker, or - when it is not a turn */
    private static final String PARAGRAPHS = """
            STALIN: Tell me, Blyukher, why is the order not being implemented? | Stalin
            BLYUKHER: Reporting. The air force is ready to take off. | Blyukher
            MR. SMITH: I was not there that day. | Mr. Smith
            Q: Where were you on the night of the fire? | Q
            A: At home. | A
            O'BRIEN: Not I. | O'Brien
            JEAN-PAUL MARAT: The people are sovereign. | Jean-Paul Marat
            CHAPTER IV: The Siege | -
            CHAPTER IV: THE SIEGE | -
            GENERAL:  I have received your note of this day. | -
            SIR:  I have the honor to submit the following report. | -
            NOTE: the figures are approximate. | -
            Stalin: Tell me, Blyukher. | -
            ONE TWO THREE FOUR: too many words for a label. | -
            STALIN:Tell me. | -
            """;

    @Test
    void labelled_paragraphs_are_turns_with_name_cased_speakers() {
        for (String row : PARAGRAPHS.lines().toList()) {
            String[] cells = row.split(" \\| ");
            String text = cells[0];
            Optional<TranscriptTurn> turn = TranscriptTurnFinder.turn(text, new Block(Span.of(0, text.length()), 0, 1));
            String expected = cells[1].trim();
            if (expected.equals("-")) {
                assertThat(turn).as(text).isEmpty();
            } else {
                assertThat(turn).as(text).isPresent();
                assertThat(turn.get().speaker()).isEqualTo(expected);
                assertThat(turn.get().span()).isEqualTo(Span.of(0, text.length()));
                assertThat(text.substring(0, turn.get().label().end())).isEqualTo(text.substring(0, text.indexOf(':')));
            }
        }
    }
}
