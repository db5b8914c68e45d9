package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Timex;

/**
 * The date forms of older prose, for any day: "July the 17th of 1791", "the ninth morning of
 * April, 1792", "the winter of 1862-3", "1861-5", "1862 and '3"; and a feast named as a figure ("a new Night of
 * Pentecost") is no date, whatever the feast.
 */
class OlderDateFormsPropertiesTest {

    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
            "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth");
    private static final List<String> PARTS = List.of("morning", "afternoon", "evening", "night");
    private static final List<String> CODES = List.of("MO", "AF", "EV", "NI");

    private static List<Timex> timexes(String text) {
        return TimeTexts.timexes(text);
    }

    private static String month(int m) {
        return TimeTexts.month(m);
    }

    private static String suffix(int d) {
        if (d % 10 == 1 && d != 11) return "st";
        if (d % 10 == 2 && d != 12) return "nd";
        if (d % 10 == 3 && d != 13) return "rd";
        return "th";
    }

    @Property
    void theMonthBeforeTheDayIsOneDay(@ForAll @IntRange(min = 1000, max = 2099) int year,
                                      @ForAll @IntRange(min = 1, max = 12) int m,
                                      @ForAll @IntRange(min = 1, max = 28) int d, @ForAll boolean of) {
        String words = month(m) + " the " + d + suffix(d) + (of ? " of " : ", ") + year;
        List<Timex> found = timexes("Marsh slept until " + words + ", and woke.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualTo(TimexValue.day(LocalDate.of(year, m, d)));
        assertThat(found.get(0).span().length()).isEqualTo(words.length());
    }

    @Property
    void thePartOfANumberedDayIsThatDaysPart(@ForAll @IntRange(min = 1000, max = 2099) int year,
                                             @ForAll @IntRange(min = 1, max = 12) int m,
                                             @ForAll @IntRange(min = 1, max = 28) int d,
                                             @ForAll @IntRange(min = 0, max = 3) int part) {
        String words = "the " + ORDINAL_WORDS.get(d - 1) + " " + PARTS.get(part) + " of " + month(m) + ", " + year;
        List<Timex> found = timexes("On " + words + " Hale arrived.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualTo(TimexValue.day(LocalDate.of(year, m, d)) + "T" + CODES.get(part));
    }

    @Property
    void aWinterWrittenAcrossTwoYearsIsNamedByItsJanuary(@ForAll @IntRange(min = 1001, max = 2098) int year) {
        // "1862-3", "1869-70", "1799-1800"
        int next = year + 1;
        String second = next % 100 == 0 ? String.valueOf(next) : next % 10 == 0 ? String.format("%02d", next % 100)
                : String.valueOf(next % 10);
        List<Timex> found = timexes("The winter of " + year + "-" + second + " was a wet one.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualTo((year + 1) + "-WI");
    }

    @Property
    void yearsWrittenShortAreOneStretch(@ForAll @IntRange(min = 1000, max = 2097) int year,
                                        @ForAll @IntRange(min = 1, max = 9) int span, @ForAll boolean and) {
        int last = year / 10 * 10 + year % 10 + span;
        if (last / 10 != year / 10) return; // a single digit stays in the decade: "1861-5", not "1868-2"
        String words = year + (and ? " and '" : "-") + last % 10;
        List<Timex> found = timexes("The troubles of " + words + " were long.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualTo(year + "/" + last);
        assertThat(found.get(0).span().length()).isEqualTo(words.length());
    }

    @Property
    void aFeastNamedAsAFigureIsNoDate(@ForAll @IntRange(min = 0, max = 5) int which) {
        String feast = List.of("Pentecost", "Easter", "Christmas", "Michaelmas", "Candlemas", "Whitsunday").get(which);
        assertThat(timexes("The vote of Dunn was a new Night of " + feast + " for the assembly.")).isEmpty();
        assertThat(timexes("On June 4, 1790, the assembly met. At " + feast + " it rose."))
                .extracting(Timex::value).hasSize(2).doesNotContain("XXXX");
    }

    @Property
    void theDayInWordsBeforeItsMonthIsOneDay(@ForAll @IntRange(min = 1000, max = 2099) int year,
                                            @ForAll @IntRange(min = 1, max = 12) int m,
                                            @ForAll @IntRange(min = 1, max = 28) int d, @ForAll boolean withYear) {
        String words = "the " + ORDINAL_WORDS.get(d - 1) + " " + month(m) + (withYear ? ", " + year : "");
        List<Timex> found = timexes("In " + year + " the guild met at Varga. On " + words + ", Hale arrived.");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).value()).isEqualTo(TimexValue.day(LocalDate.of(year, m, d)));
        assertThat(found.get(1).span().length()).isEqualTo(words.length());
    }
}
