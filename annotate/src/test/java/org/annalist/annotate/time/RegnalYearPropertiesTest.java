package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.annalist.model.layer.Certainty;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.TimeInterval;

/** Regnal years tile a reign: each a year long, the next beginning the day after, the first on the accession. */
class RegnalYearPropertiesTest {

    private static TimeInterval year(LocalDate accession, int n) {
        return Reigns.of(new TimeExpr.RegnalYear(n, 1, ""), accession, Granularity.DAY, Optional.empty(), Certainty.CONTEXT)
                .interval().orElseThrow();
    }

    @Property
    void regnalYearsFollowOneAnotherWithoutGapOrOverlap(@ForAll @IntRange(min = -300, max = 2100) int y,
                                                        @ForAll @IntRange(min = 1, max = 12) int m,
                                                        @ForAll @IntRange(min = 1, max = 28) int d,
                                                        @ForAll @IntRange(min = 1, max = 70) int n) {
        LocalDate accession = LocalDate.of(y, m, d);
        TimeInterval first = year(accession, 1);
        assertThat(first.earliest()).isEqualTo(accession);
        TimeInterval a = year(accession, n);
        TimeInterval b = year(accession, n + 1);
        assertThat(b.earliest()).isEqualTo(a.latest().plusDays(1));
        assertThat(ChronoUnit.DAYS.between(a.earliest(), a.latest()) + 1).isBetween(365L, 366L);
    }

    @Property
    void aSessionAcrossTwoRegnalYearsCoversBoth(@ForAll @IntRange(min = 1000, max = 2000) int y,
                                                @ForAll @IntRange(min = 1, max = 40) int n) {
        LocalDate accession = LocalDate.of(y, 6, 20);
        TimeInterval both = Reigns.of(new TimeExpr.RegnalYear(n, 2, ""), accession, Granularity.DAY, Optional.empty(),
                Certainty.STATED).interval().orElseThrow();
        assertThat(both).isEqualTo(year(accession, n).span(year(accession, n + 1)));
    }
}
