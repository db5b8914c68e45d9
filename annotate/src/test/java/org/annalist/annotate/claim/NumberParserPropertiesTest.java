package org.annalist.annotate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Formatted and spelled-out integers read back to themselves. */
class NumberParserPropertiesTest {

    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    @Property
    void integersWithThousandsCommasRoundTrip(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        String written = String.format(Locale.ROOT, "%,d", n);

        assertThat(NumberParser.parse(written)).contains((double) n);
    }

    @Property
    void integersWithoutCommasRoundTrip(@ForAll @LongRange(min = 0, max = 999_999_999L) long n) {
        assertThat(NumberParser.parse(Long.toString(n))).contains((double) n);
    }

    @Property
    void decimalMillionsReadAsTheirProduct(@ForAll @IntRange(min = 1, max = 999) int whole,
                                            @ForAll @IntRange(min = 1, max = 9) int tenth) {
        String written = whole + "." + tenth + " million";

        assertThat(NumberParser.parse(written)).contains(whole * 1_000_000.0 + tenth * 100_000.0);
    }

    @Property
    void spelledOutIntegersRoundTrip(@ForAll @IntRange(min = 1, max = 999_999_999) int n) {
        String written = spell(n);

        assertThat(NumberParser.parse(written)).as(written).contains((double) n);
    }

    @Property
    void aFigureInsideASentenceKeepsItsOffsets(@ForAll @IntRange(min = 0, max = 9_999_999) int n) {
        String figure = String.format(Locale.ROOT, "%,d", n);
        String text = "The garrison counted " + figure + " men.";

        var found = NumberParser.find(text, 0, text.length());

        assertThat(found).hasSize(1);
        assertThat(text.substring(found.get(0).span().start(), found.get(0).span().end())).isEqualTo(figure);
    }

    /** English words for {@code n}: "one hundred and five million, ..." without commas. */
    private static String spell(int n) {
        StringBuilder b = new StringBuilder();
        int millions = n / 1_000_000;
        int thousands = n / 1_000 % 1_000;
        int rest = n % 1_000;
        if (millions > 0) b.append(below1000(millions)).append(" million");
        if (thousands > 0) b.append(b.isEmpty() ? "" : " ").append(below1000(thousands)).append(" thousand");
        if (rest > 0) b.append(b.isEmpty() ? "" : " ").append(below1000(rest));
        return b.toString();
    }

    private static String below1000(int n) {
        StringBuilder b = new StringBuilder();
        if (n >= 100) {
            b.append(SMALL[n / 100]).append(" hundred");
            if (n % 100 != 0) b.append(" and ");
        }
        int r = n % 100;
        if (r >= 20) b.append(TENS[r / 10]).append(r % 10 != 0 ? "-" + SMALL[r % 10] : "");
        else if (r > 0 || n == 0) b.append(SMALL[r]);
        return b.toString();
    }
}
