package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
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

/** The Julian calendar against the Gregorian one, and Old Style dates read from text, for any day. */
class OldStylePropertiesTest {

    private static List<Timex> timexes(String text) {
        return TimeTexts.timexes(text);
    }

    private static String month(int m) {
        return TimeTexts.month(m);
    }

    /** {@return days the Julian calendar runs behind in astronomical {@code year}, from March} */
    private static int behind(int year) {
        int century = Math.floorDiv(year, 100);
        return century - Math.floorDiv(century, 4) - 2;
    }

    @Property
    void julianDaysStepWithGregorianDays(@ForAll @IntRange(min = -500, max = 2400) int year,
                                         @ForAll @IntRange(min = 1, max = 12) int m, @ForAll @IntRange(min = 1, max = 28) int d) {
        LocalDate g = Calendars.julianToGregorian(year, m, d);
        assertThat(Calendars.julianToGregorian(year, m, d + 1)).isEqualTo(g.plusDays(1));
        // a Julian year is 365 or 366 days, the next year's same day lies that far ahead
        long days = ChronoUnit.DAYS.between(g, Calendars.julianToGregorian(year + 1, m, d));
        assertThat(days).isBetween(365L, 366L);
    }

    @Property
    void theCalendarsDriftApartByTheCenturyRule(@ForAll @IntRange(min = 200, max = 2099) int year,
                                                 @ForAll @IntRange(min = 3, max = 12) int m, @ForAll @IntRange(min = 1, max = 28) int d) {
        LocalDate g = Calendars.julianToGregorian(year, m, d);
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(year, m, d), g)).isEqualTo(behind(year));
    }

    @Property
    void aDualDateIsTheNewStyleDayWheneverTheTwoAgree(@ForAll @IntRange(min = 1583, max = 1923) int year,
                                                      @ForAll @IntRange(min = 1, max = 12) int m,
                                                      @ForAll @IntRange(min = 1, max = 28) int d) {
        LocalDate g = Calendars.julianToGregorian(year, m, d);
        String words = g.getMonthValue() == m ? d + "/" + g.getDayOfMonth() + " " + month(m) + " " + year
                : d + " " + month(m) + "/" + g.getDayOfMonth() + " " + month(g.getMonthValue()) + " " + g.getYear();
        if (g.getYear() != year) return; // a pair across a year end is written with both years
        List<Timex> found = timexes("Marsh landed at Ostrova on " + words + " in the rain.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualTo(TimexValue.day(g));
        assertThat(found.get(0).span().length()).isEqualTo(words.length());
    }

    @Property
    void aDayMarkedOldStyleIsItsGregorianDay(@ForAll @IntRange(min = 1583, max = 1923) int year,
                                             @ForAll @IntRange(min = 1, max = 12) int m, @ForAll @IntRange(min = 1, max = 28) int d,
                                             @ForAll boolean parenthesised) {
        String words = d + " " + month(m) + " " + year;
        List<Timex> found = timexes("Hale reached Varga on " + words + (parenthesised ? " (O.S.)" : ", Old Style,") + " at dusk.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualTo(TimexValue.day(Calendars.julianToGregorian(year, m, d)));
    }

    @Property
    void aSplitYearIsTheLaterOfItsTwo(@ForAll @IntRange(min = 1583, max = 1750) int year,
                                      @ForAll @IntRange(min = 1, max = 3) int m, @ForAll @IntRange(min = 1, max = 24) int d) {
        String second = String.valueOf(year + 1);
        String shortSecond = (year + 1) / 10 == year / 10 ? second.substring(3) : second.substring(2);
        String words = d + " " + month(m) + " " + year + "/" + shortSecond;
        List<Timex> found = timexes("Dunn signed the lease on " + words + " at Ostrova.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualTo(TimexValue.day(LocalDate.of(year + 1, m, d)));
        assertThat(found.get(0).span().length()).isEqualTo(words.length());
    }
}
