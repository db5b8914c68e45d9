package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.NoteCall;
import org.annalist.model.Structure;
import org.junit.jupiter.api.Test;

/** Note calls in every style, and the numbers that are not calls; tables of one-line texts. */
class NoteCallFinderTest {

    /** text | the calls as marker/STYLE/covered text, space separated */
    private static final String CALLS = """
            at a staggering cost of 100,000 Japanese casualties.217 Tokyo, which | 217/GLUED/217
            disorientation emanating from German circles.”211 In any case | 211/GLUED/211
            the Far Eastern theater (roads, bridges, communications).”223 Voroshilov could | 223/GLUED/223
            the workers for “revolutionary war”219 against the Japanese. | 219/GLUED/219
            the armies met in the valley,12 and the day was lost. | 12/GLUED/12
            remains an open question.216 | 216/GLUED/216
            seizing the heights…209 When | 209/GLUED/209
            an unapproachable subject to the future historian: [101] in the | 101/BRACKETED/[101]
            the eloquent language [*] of his recent editor | */BRACKETED/[*]
            the frontier of the province of Dacia. [4a] It was | 4a/BRACKETED/[4a]
            I volunteered to go back (*2) to the point | *2/BRACKETED/(*2)
            as Tacitus says of them.[^3] The Germans | 3/MARKDOWN/[^3]
            It fell (Tacitus). 12 This was new. It rose again. 13 Then it fell. It was over. 14 The end came. | 12/SPACED/12 13/SPACED/13 14/SPACED/14
            so he ruled to the end that 1 neither party should prevail, and it was so 2 the army rested, and later 3 the war ended. | 1/BARE/1 2/BARE/2 3/BARE/3
            the town fell.41 Nobody wept. 42 The army moved on. | 41/GLUED/41 42/SPACED/42
            the crisis of the 1930s.12 The next decade | 12/GLUED/12
            the count stood at “1938.”7 Then | 7/GLUED/7
            the grain came from the U.S.12 The price fell | 12/GLUED/12
            war against the U.S.S.R.228 Then | 228/GLUED/228
            """;

    /** texts in which no number is a call */
    private static final String NOT_CALLS = """
            The value was 0.217 of the whole.
            a ratio of 3.5 to 1 was kept.
            At 10.30 the guns opened and at 11:45 they stopped.
            A total of more than 30,000 troops were deployed.
            a staggering cost of 100,000 Japanese casualties followed.
            where more than 1 million Chinese troops massed
            In 1938 the army moved. In 1939 it moved again. In 1940 it stopped.
            He was aged 12 years when he came.
            as we read in chapter 4 of the book, and in chapter 5 and chapter 6 of the next.
            I. The first of these was the army. II. The second was the fleet.
            See Tacitus, Hist. v. 8, and p.217 of the same work, and pp.218 after.
            Bertrand-Moleville, Mem. Particuliers, ii.213, &c. &c.
            as set forth in paragraph 1.E.8 of the licence
            the editorial marks [15.] and [c. 67.] and [22d] and [sic] are not calls
            amounted to 394 killed, I,554 wounded and 324 missing
            the 7th infantry and the 21st Illinois
            It fell. 12 This was new.
            of the 2 consuls and the 3 tribunes and the 4 legates
            he had 1 horse, then 2 horses, then 3 horses.
            The Soviets lost 792 killed, 3,279 wounded; the Japanese 526 killed and 913 wounded—2,600 fewer.
            On August 16, 1938, the marshal was summoned. Six days later, on August 22, he came.
            he said "12 men will do" and left.
            The year was 1776.12 was the count.
            Alexander Severus, A.D.222, and Caracalla, B.C.146 and later.
            the licence in section 1.E.8 and 1.F.3 applies.
            on Social Degeneracy in Rural I>istrict8.’ Lake county can
            Chesnut-street, Philadelphia. dec30 dtf
            the army crossed1 the river and camped on the heights2 above the town3 in the rain
            """;

    @Test
    void every_call_style_is_found_with_its_marker_and_span() {
        for (String row : CALLS.lines().toList()) {
            String[] cells = row.split(" \\| ");
            String text = cells[0];
            Structure s = PlainTextStructure.detect(text);
            List<String> found = s.noteCalls().stream()
                    .map(c -> c.marker() + "/" + c.style() + "/" + text.substring(c.span().start(), c.span().end()))
                    .toList();
            assertThat(found).as(text).isEqualTo(List.of(cells[1].trim().split(" ")));
        }
    }

    @Test
    void quantities_decimals_years_references_and_editorial_brackets_are_not_calls() {
        for (String text : NOT_CALLS.lines().toList()) {
            assertThat(PlainTextStructure.detect(text).noteCalls()).as(text).isEmpty();
        }
    }

    @Test
    void a_lone_spaced_number_is_a_call_when_a_note_with_its_number_exists() {
        String text = """
                The war began in the east. 1 The armies met at dawn.
                Notes
                1. Tacitus, Annals, i. 3.
                """;
        Structure s = PlainTextStructure.detect(text);

        assertThat(s.noteCalls()).extracting(NoteCall::marker).containsExactly("1");
        assertThat(s.noteCalls().get(0).noteId()).contains("n1-1");
    }

    @Test
    void a_spaced_number_without_a_matching_note_is_not_a_call_when_notes_exist() {
        String text = """
                The war began in the east. 7 The armies met at dawn. Later. 8 The rest. Then. 9 The end.
                Notes
                1. Tacitus, Annals, i. 3.
                """;

        assertThat(PlainTextStructure.detect(text).noteCalls()).isEmpty();
    }

    @Test
    void where_bracketed_calls_are_used_spaced_numbers_are_not_calls() {
        String text = "The legions marched. [1] The camp was built. 2 The wall rose. 3 The gates shut. 4 The end.";

        assertThat(PlainTextStructure.detect(text).noteCalls()).extracting(NoteCall::marker).containsExactly("1");
    }

    @Test
    void spaced_numbers_far_apart_do_not_form_a_run() {
        String filler = " The armies waited in the rain and nothing happened.".repeat(150);
        String text = "It fell. 12 This was new." + filler + " It rose. 13 Then it fell." + filler + " It ended. 14 The end.";

        assertThat(PlainTextStructure.detect(text).noteCalls()).isEmpty();
    }
}
