package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.annalist.model.layer.TimeInterval;

/** BC/AD arithmetic: there is no year 0, and BC winters, decades and centuries cover the right years. */
class BcAdArithmeticPropertiesTest {

    @Property
    void countingAcrossTheEraSkipsYearZero(@ForAll @IntRange(min = 1, max = 3000) int bc, @ForAll @IntRange(min = 0, max = 4000) int n) {
        // n years after `bc` BC: 1 year after 1 BC is AD 1
        String value = TimexValue.year(TimexValue.astronomical(bc, true) + n);
        assertThat(value).isEqualTo(n < bc ? String.format("BC%04d", bc - n) : String.format("%04d", n - bc + 1));
        assertThat(value).isNotIn("0000", "BC0000");
    }

    @Property
    void aBcYearValueParsesToThatYearsDays(@ForAll @IntRange(min = 1, max = 3000) int bc) {
        TimeInterval year = TimexValue.parse(String.format("BC%04d", bc)).orElseThrow().interval();
        assertThat(year.earliest()).isEqualTo(LocalDate.of(1 - bc, 1, 1));
        assertThat(year.latest()).isEqualTo(LocalDate.of(1 - bc, 12, 31));
        assertThat(TimexValue.year(year.earliest().getYear())).isEqualTo(String.format("BC%04d", bc));
    }

    @Property
    void aBcWinterRunsFromTheDecemberOfTheYearBeforeIntoItsFebruary(@ForAll @IntRange(min = 1, max = 3000) int bc) {
        // the winter of 480 BC is December 481 BC to February 480 BC, as an AD winter is named by its January
        TimeInterval winter = TimexValue.parse(String.format("BC%04d-WI", bc)).orElseThrow().interval();
        assertThat(TimexValue.year(winter.earliest().getYear())).isEqualTo(String.format("BC%04d", bc + 1));
        assertThat(winter.earliest().getMonthValue()).isEqualTo(12);
        assertThat(TimexValue.year(winter.latest().getYear())).isEqualTo(String.format("BC%04d", bc));
        assertThat(winter.latest().getMonthValue()).isEqualTo(2);
        assertThat(ChronoUnit.DAYS.between(winter.earliest(), winter.latest()) + 1).isBetween(90L, 91L);
    }

    @Property
    void bcDecadesCountDownAndTileWithoutYearZero(@ForAll @IntRange(min = 1, max = 299) int digits) {
        // BC047 is 479-470 BC; the decade after it is BC046 (469-460 BC); BC000 is 9-1 BC, nine years
        TimeInterval decade = TimexValue.parse(TimexValue.decade(digits, true)).orElseThrow().interval();
        TimeInterval next = TimexValue.parse(TimexValue.decade(digits - 1, true)).orElseThrow().interval();
        assertThat(TimexValue.year(decade.earliest().getYear())).isEqualTo(String.format("BC%04d", digits * 10 + 9));
        assertThat(TimexValue.year(decade.latest().getYear())).isEqualTo(String.format("BC%04d", digits * 10));
        assertThat(next.earliest()).isEqualTo(decade.latest().plusDays(1));
        assertThat(decade.latest().getYear() - decade.earliest().getYear() + 1).isEqualTo(10);
        TimeInterval last = TimexValue.parse("BC000").orElseThrow().interval();
        assertThat(last.latest().getYear() - last.earliest().getYear() + 1).isEqualTo(9);
        assertThat(TimexValue.year(last.latest().getYear())).isEqualTo("BC0001");
    }

    @Property
    void bcCenturiesHoldAHundredYearsButTheFirst(@ForAll @IntRange(min = 1, max = 29) int digits) {
        // BC04 is 499-400 BC and meets BC03 (399-300 BC); BC00 is 99-1 BC
        TimeInterval century = TimexValue.parse(String.format("BC%02d", digits)).orElseThrow().interval();
        TimeInterval next = TimexValue.parse(String.format("BC%02d", digits - 1)).orElseThrow().interval();
        assertThat(TimexValue.year(century.earliest().getYear())).isEqualTo(String.format("BC%04d", digits * 100 + 99));
        assertThat(century.latest().getYear() - century.earliest().getYear() + 1).isEqualTo(100);
        assertThat(next.earliest()).isEqualTo(century.latest().plusDays(1));
        assertThat(TimexValue.parse("BC00").orElseThrow().interval().latest()).isEqualTo(LocalDate.of(0, 12, 31));
    }
}
