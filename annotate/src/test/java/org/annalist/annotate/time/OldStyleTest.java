package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.junit.jupiter.api.Test;

/** Old Style and New Style: dual dates, split years under a Lady Day year start, days marked O.S. or N.S. */
class OldStyleTest {

    private static List<String> resolve(String text) {
        Structure s = Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(0, text.length()))));
        AnnotatedText t = AnnotatedText.of(new SourceDocument(SourceText.of("p.txt", text), s));
        return new TimeStage(TimeConfig.narrative()).annotate(t).items().stream()
                .map(x -> x.span().coveredText(t.source()) + " = " + x.value()).toList();
    }

    @Test
    void aDualDateIsItsNewStyleDay() {
        assertThat(resolve("Marsh sailed from Ostrova on 11/21 March 1688 with the mails."))
                .containsExactly("11/21 March 1688 = 1688-03-21");
        assertThat(resolve("Marsh sailed from Ostrova on March 11/21, 1688, with the mails."))
                .containsExactly("March 11/21, 1688 = 1688-03-21");
    }

    @Test
    void aDualDateMayCrossAMonth() {
        assertThat(resolve("The treaty was signed at Varga on 19 February/2 March 1700."))
                .containsExactly("19 February/2 March 1700 = 1700-03-02");
        assertThat(resolve("The treaty was signed at Varga on February 19/March 2, 1700."))
                .containsExactly("February 19/March 2, 1700 = 1700-03-02");
    }

    @Test
    void twoNeighbouringDaysAreANightNotTwoCalendars() {
        // "the night of 11/12 March": a night across two days; the finder reads the second
        assertThat(resolve("The raid on Ostrova came on the night of 11/12 March 1942."))
                .containsExactly("12 March 1942 = 1942-03-12");
    }

    @Test
    void aSplitYearIsTheLaterYear() {
        assertThat(resolve("Hale wrote to Dunn on 10 February 1688/9 from the manor."))
                .containsExactly("10 February 1688/9 = 1689-02-10");
        assertThat(resolve("Hale wrote to Dunn on February 10, 1719/20, from the manor."))
                .containsExactly("February 10, 1719/20 = 1720-02-10");
    }

    @Test
    void aBareSplitYearStaysAStretch() {
        assertThat(resolve("The hard winter of those years, 1688/9, was long remembered."))
                .containsExactly("1688/9 = 1688/1689");
    }

    @Test
    void aDayMarkedOldStyleMovesToTheGregorianCalendar() {
        assertThat(resolve("Dunn was born on 11 February 1731 O.S. at the mill."))
                .containsExactly("11 February 1731 = 1731-02-22");
        assertThat(resolve("Dunn was born on 1 March 1711 (Old Style) at the mill."))
                .containsExactly("1 March 1711 = 1711-03-12");
        assertThat(resolve("The assembly met on 24 October 1817, O.S., in the hall."))
                .containsExactly("24 October 1817 = 1817-11-05");
    }

    @Test
    void aSplitYearMarkedOldStyleIsTheLaterYearMoved() {
        assertThat(resolve("Hale wrote to Dunn on 10 February 1688/9 O.S. from the manor."))
                .containsExactly("10 February 1688/9 = 1689-02-20");
    }

    @Test
    void aYearlessDayMarkedOldStyleTakesTheStorysYearThenMoves() {
        assertThat(resolve("In 1702 the fleet lay at Ostrova. On March 1 O.S. it sailed."))
                .containsExactly("1702 = 1702", "March 1 = 1702-03-12");
    }

    @Test
    void aDayMarkedNewStyleOrUnmarkedIsCarriedAsStated() {
        assertThat(resolve("Dunn was born on 22 February 1732 (N.S.) at the mill."))
                .containsExactly("22 February 1732 = 1732-02-22");
        assertThat(resolve("Dunn was born on 11 February 1731 at the mill."))
                .containsExactly("11 February 1731 = 1731-02-11");
    }
}
