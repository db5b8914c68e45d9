package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.TimeInterval;

/** The normaliser's values and intervals agree, and values survive value → interval → value. */
class TimexNormaliserPropertiesTest {

    private final TimexNormaliser normaliser = new TimexNormaliser();

    @Provide
    Arbitrary<TimeExpr> dates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1, 2100);
        Arbitrary<TimeExpr> days = Combinators.combine(years, Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28)).as((y, m, d) -> TimeExpr.Calendar.of(y, m, d));
        Arbitrary<TimeExpr> months = Combinators.combine(years, Arbitraries.integers().between(1, 12))
                .as((y, m) -> TimeExpr.Calendar.of(y, m, 0));
        Arbitrary<TimeExpr> plainYears = years.map(y -> TimeExpr.Calendar.of(y, 0, 0));
        Arbitrary<TimeExpr> bcYears = Arbitraries.integers().between(1, 3000).map(y -> new TimeExpr.Calendar(y, true, 0, 0));
        Arbitrary<TimeExpr> seasons = Combinators.combine(years, Arbitraries.of("SP", "SU", "FA", "WI"))
                .as((y, c) -> new TimeExpr.Season(y, c, TimeExpr.Pick.REFERENCE));
        Arbitrary<TimeExpr> parts = Combinators.combine(plainYears, Arbitraries.of("H1", "H2", "Q1", "Q2", "Q3", "Q4"))
                .as(TimeExpr.Part::new);
        Arbitrary<TimeExpr> decades = Arbitraries.integers().between(100, 209).map(TimeExpr.Decade::new);
        Arbitrary<TimeExpr> centuries = Combinators.combine(Arbitraries.integers().between(1, 21), Arbitraries.of(true, false))
                .as(TimeExpr.Century::new);
        return Arbitraries.oneOf(days, months, plainYears, bcYears, seasons, parts, decades, centuries);
    }

    @Property
    void everyIntervalStartsNoLaterThanItEnds(@ForAll("dates") TimeExpr expr) {
        Resolution r = normaliser.resolve(expr, Reference.empty());
        assertThat(r.interval()).hasValueSatisfying(i -> assertThat(i.earliest()).isBeforeOrEqualTo(i.latest()));
    }

    @Property
    void theValuesOwnIntervalIsTheComputedOne(@ForAll("dates") TimeExpr expr) {
        Resolution r = normaliser.resolve(expr, Reference.empty());
        assertThat(TimexValue.parse(r.value())).hasValueSatisfying(p -> {
            assertThat(p.interval()).isEqualTo(r.interval().orElseThrow());
            assertThat(p.granularity()).isEqualTo(r.granularity());
        });
    }

    @Property
    void dayMonthYearSeasonAndHalfValuesRoundTripThroughTheirInterval(@ForAll("dates") TimeExpr expr) {
        Resolution r = normaliser.resolve(expr, Reference.empty());
        Granularity g = r.granularity();
        if (g == Granularity.DECADE || g == Granularity.CENTURY) return;
        TimexValue.Parsed p = TimexValue.parse(r.value()).orElseThrow();
        assertThat(TimexValue.format(p.interval(), p.granularity())).contains(r.value());
    }

    @Property
    void aShiftOfNDaysLandsNDaysFromTheReferenceDay(@ForAll @IntRange(min = -3000, max = 3000) int n,
                                                    @ForAll @IntRange(min = 0, max = 100_000) int epochDay) {
        LocalDate day = LocalDate.of(1700, 1, 1).plusDays(epochDay);
        Resolution r = normaliser.resolve(new TimeExpr.Shift(TimeExpr.Unit.DAY, n, TimeExpr.Base.NARRATIVE, ""),
                Reference.onDay(day));
        assertThat(r.interval()).contains(TimeInterval.day(day.plusDays(n)));
        assertThat(TimexValue.parse(r.value()).map(TimexValue.Parsed::interval)).isEqualTo(r.interval());
    }

    @Property
    void aDayRangeCoversBothEndsAndItsValueParsesToTheSameDays(@ForAll @IntRange(min = 1000, max = 2100) int year,
                                                               @ForAll @IntRange(min = 1, max = 12) int month,
                                                               @ForAll @IntRange(min = 1, max = 27) int from,
                                                               @ForAll @IntRange(min = 1, max = 27) int length) {
        int to = Math.min(28, from + length);
        Resolution r = normaliser.resolve(new TimeExpr.Range(TimeExpr.Calendar.of(TimeExpr.NONE, month, from),
                TimeExpr.Calendar.of(year, month, to)), Reference.empty());
        TimeInterval i = r.interval().orElseThrow();
        assertThat(i.earliest()).isEqualTo(LocalDate.of(year, month, from));
        assertThat(i.latest()).isEqualTo(LocalDate.of(year, month, to));
        assertThat(TimexValue.parse(r.value()).map(TimexValue.Parsed::interval)).contains(i);
    }

    @Property
    void anUnderspecifiedDateTakesTheReferenceYearTheNextAcrossAYearEndOrTheLastJustGone(
            @ForAll @IntRange(min = 2, max = 2100) int year, @ForAll @IntRange(min = 1, max = 12) int refMonth,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        Reference ref = Reference.onDay(LocalDate.of(year, refMonth, 15));
        Resolution r = normaliser.resolve(TimeExpr.Calendar.of(TimeExpr.NONE, month, 10), ref);
        // six months or more behind: the story crossed a year end; ten or more ahead: the month just gone
        int expected = refMonth - month >= 6 ? year + 1 : month - refMonth >= 10 ? year - 1 : year;
        assertThat(r.interval()).contains(TimeInterval.day(LocalDate.of(expected, month, 10)));
    }
}
