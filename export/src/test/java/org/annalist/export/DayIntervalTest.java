package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayIntervalTest {

    @ParameterizedTest
    @CsvSource({"1938,1938-01-01,1938-12-31", "1938-02,1938-02-01,1938-02-28", "1940-02,1940-02-01,1940-02-29",
            "1938-08-22,1938-08-22,1938-08-22", "1938-H2,1938-07-01,1938-12-31", "1938-Q1,1938-01-01,1938-03-31",
            "1938-Q4,1938-10-01,1938-12-31"})
    void aCalendarValueCoversItsDays(String value, String from, String to) {
        assertThat(DayInterval.ofTimexValue(value)).contains(DayInterval.ofIso(from, to));
    }

    @ParameterizedTest
    @CsvSource({"1938-SU, 1938-06-01, 1938-08-31", "1938-W34, 1938-08-22, 1938-08-28", "1938-H2, 1938-07-01, 1938-12-31"})
    void seasonsWeeksAndHalvesHaveTheirDays(String value, String from, String to) {
        assertThat(DayInterval.ofTimexValue(value)).contains(DayInterval.ofIso(from, to));
    }

    @ParameterizedTest
    @CsvSource({"PAST_REF", "1938-H3", "1938-13", "1938-02-30", "XXXX-08", "P3D"})
    void anythingElseHasNoDays(String value) {
        assertThat(DayInterval.ofTimexValue(value)).isEmpty();
    }

    @Property
    void everyDayIsItsOwnInterval(@ForAll @IntRange(min = -2000, max = 3000) int epochYear,
                                  @ForAll @IntRange(min = 0, max = 364) int day) {
        LocalDate d = LocalDate.of(1000 + Math.abs(epochYear) % 2000, 1, 1).plusDays(day);
        DayInterval i = DayInterval.ofTimexValue(d.toString()).orElseThrow();
        assertThat(i.isDay()).isTrue();
        assertThat(i.from()).isEqualTo(d);
    }
}
