package org.annalist.annotate.hedge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.annalist.model.layer.Hedge;
import org.junit.jupiter.api.Test;

class HedgeFinderTest {

    private final HedgeFinder finder = new HedgeFinder(HedgeCues.standard());

    /** The text as one sentence, its “curly” quotations as quoted spans. */
    private List<Hedge> hedges(String text) {
        List<Span> quoted = new ArrayList<>();
        Matcher m = Pattern.compile("“[^”]*”").matcher(text);
        while (m.find()) quoted.add(Span.of(m.start(), m.end()));
        return finder.find(text, List.of(Span.of(0, text.length())), quoted);
    }

    @Test
    void sentencesWhereTheAuthorMarksUncertaintyAreHedgesWithTheirCue() {
        // sentence | cue | kind
        """
        Why the order was never sent remains unclear.                | remains unclear       | OPEN_QUESTION
        How far the envoy was trusted remained a mystery.            | remained a mystery    | OPEN_QUESTION
        The envoy reached Vienna, if at all, only in March.          | if at all             | RESERVATION
        The general had reportedly fled the city by then.            | reportedly            | REPORTED
        It is not known how many wagons were lost in the ford.       | It is not known       | OPEN_QUESTION
        Perhaps the bridge had already burned.                       | Perhaps               | POSSIBILITY
        The courier may have taken the northern road.                | may have              | POSSIBILITY
        Whether the treaty was ever ratified is an open question.    | an open question      | OPEN_QUESTION
        No one knows where the colours were buried.                  | No one knows          | OPEN_QUESTION
        The report of a second landing was unconfirmed.              | unconfirmed           | REPORTED
        It is possible that the fleet sailed a day late.             | It is possible that   | POSSIBILITY
        """.lines().forEach(row -> {
            String[] c = row.split("\\|");
            String text = c[0].strip();
            List<Hedge> found = hedges(text);
            assertThat(found).as(text).hasSize(1);
            Hedge h = found.get(0);
            assertThat(h.span()).isEqualTo(Span.of(0, text.length()));
            assertThat(text.substring(h.cue().start(), h.cue().end())).as(text).isEqualTo(c[1].strip());
            assertThat(h.kind().name()).as(text).isEqualTo(c[2].strip());
        });
    }

    @Test
    void plainStatementsCounterfactualsAndQuotedModalsAreNoHedges() {
        """
        The courier took the northern road.
        Had he marched a day earlier, he might have taken the capital.
        “We may have to retreat before night,” the colonel said.
        Be that as it may, the army advanced.
        The despatches you may have received are old.
        The fort could have held out for a week.
        The garrison was weaker than it could possibly be.
        They wanted more land than they could possibly claim.
        No one knew this better than the quartermaster.
        A force left in the rear might have caused much trouble.
        If he did this, the whole campaign would fail.
        """.lines().forEach(text -> assertThat(hedges(text)).as(text).isEmpty());
    }

    @Test
    void eachHedgedSentenceIsReportedOnceWithItsFirstCue() {
        String text = "The colonel left at dawn. Perhaps he may have seen the smoke. He rode on.";
        List<Span> sentences = List.of(Span.of(0, 25), Span.of(26, 60), Span.of(61, 73));

        List<Hedge> found = finder.find(text, sentences, List.of());

        assertThat(found).singleElement().satisfies(h -> {
            assertThat(h.span()).isEqualTo(Span.of(26, 60));
            assertThat(text.substring(h.cue().start(), h.cue().end())).isEqualTo("Perhaps");
        });
    }
}
