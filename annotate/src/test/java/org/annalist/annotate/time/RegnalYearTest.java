package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Certainty;
import org.annalist.model.layer.Timex;
import org.junit.jupiter.api.Test;

/** Regnal years, counted from the accession the text dates, else from the lexicon of reigns. */
class RegnalYearTest {

    private static List<Timex> timexes(String text) {
        return TimeTexts.timexes(text);
    }

    private static List<String> resolve(String text) {
        return timexes(text).stream().map(x -> text.substring(x.span().start(), x.span().end()) + " = " + x.value()).toList();
    }

    @Test
    void aRegnalYearCountsFromTheAccessionTheTextDates() {
        assertThat(resolve("Varga ascended the throne of Ostrova on 4 May 1712. In the third year of his reign the mines were opened."))
                .containsExactly("4 May 1712 = 1712-05-04", "the third year of his reign = 1714-05-04/1715-05-03");
    }

    @Test
    void anAccessionDatedToTheYearGivesTheYearTheRegnalYearBegins() {
        List<Timex> found = timexes("Hale succeeded his uncle as prince in 1640. The tenth year of the reign of Hale saw a famine.");
        assertThat(found).extracting(Timex::value).containsExactly("1640", "1649");
        assertThat(found.get(1).certainty()).isEqualTo(Certainty.STORY_ORDER);
        assertThat(found.get(1).anchor()).contains(found.get(0).span());
    }

    @Test
    void aNamedRulerTakesTheAccessionThatNamesThem() {
        assertThat(resolve("Marsh was crowned in 1601. Dunn came to the throne of Varga in 1630. "
                + "In the fifth year of King Marsh's reign the bridge fell."))
                .containsExactly("1601 = 1601", "1630 = 1630", "the fifth year of King Marsh's reign = 1605");
    }

    @Test
    void aRulerTheTextDoesNotDateIsFoundInTheLexicon() {
        List<Timex> found = timexes("In the third year of the reign of George III the tax on Ostrova cloth was raised.");
        assertThat(found).extracting(Timex::value).containsExactly("1762-10-25/1763-10-24");
        assertThat(found.get(0).certainty()).isEqualTo(Certainty.STATED);
        assertThat(resolve("Dunn sat in the first year of the reign of Queen Anne.")).containsExactly(
                "the first year of the reign of Queen Anne = 1702-03-08/1703-03-07");
    }

    @Test
    void aStatuteCitationIsItsRegnalYear() {
        assertThat(resolve("The act (3 Geo. III, c. 12) closed the Ostrova fisheries."))
                .containsExactly("3 Geo. III = 1762-10-25/1763-10-24");
        assertThat(resolve("The act of 5 & 6 Vict. c. 9 closed the fisheries."))
                .containsExactly("5 & 6 Vict. = 1841-06-20/1843-06-19");
    }

    @Test
    void anUnnamedReignWithNoAccessionToldStaysOpen() {
        List<Timex> found = timexes("In the fourth year of his reign the mines of Ostrova were opened.");
        assertThat(found).extracting(Timex::value).containsExactly("XXXX");
        assertThat(found.get(0).certainty()).isEqualTo(Certainty.GUESSED);
    }

    @Test
    void aMonthAbbreviatedIsNoStatute() {
        assertThat(resolve("The fleet sailed on 3 Mar. 1702 from Varga.")).containsExactly("3 Mar. 1702 = 1702-03-03");
    }

    @Test
    void hisReignIsTheReignOfTheRulerTheSentenceNames() {
        List<Timex> found = timexes("In the sixth year of his reign, Constantine visited the city of Varga.");
        assertThat(found).extracting(Timex::value).containsExactly("0311-07-25/0312-07-24");
        assertThat(found.get(0).certainty()).isEqualTo(Certainty.CONTEXT);
    }
}
