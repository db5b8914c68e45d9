package org.annalist.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ClaimRangeTest {

    @Test
    void anExactFigureAllowsHalfAUnitOfItsLastSignificantDigit() {
        assertThat(ClaimRange.precision(792)).isEqualTo(0.5);
        assertThat(ClaimRange.precision(2600)).isEqualTo(50);
        assertThat(ClaimRange.precision(1_500_000)).isEqualTo(50_000);
        assertThat(ClaimRange.precision(1.5)).isEqualTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ClaimRange.of(2600, "exact")).isEqualTo(new ClaimRange(2550, false, Optional.of(2650.0), true));
    }

    @Test
    void roundedFiguresThatAgreeWithinTheirPrecisionOverlap() {
        assertThat(ClaimRange.of(18_700, "exact").overlaps(ClaimRange.of(18_735, "exact"))).isTrue();
        assertThat(ClaimRange.of(800, "exact").overlaps(ClaimRange.of(792, "exact"))).isTrue();
        assertThat(ClaimRange.of(3_903, "exact").overlaps(ClaimRange.of(4_708, "exact"))).isFalse();
        assertThat(ClaimRange.of(792, "exact").overlaps(ClaimRange.of(793, "exact"))).isFalse();
    }

    @Test
    void qualifiersWidenOrBoundTheRange() {
        assertThat(ClaimRange.of(700, "approximately").overlaps(ClaimRange.of(760, "exact"))).isTrue();
        assertThat(ClaimRange.of(700, "more than").overlaps(ClaimRange.of(650, "exact"))).isFalse();
        assertThat(ClaimRange.of(700, "more than").overlaps(ClaimRange.of(701, "exact"))).isTrue();
        assertThat(ClaimRange.of(700, "at least").overlaps(ClaimRange.of(700, "exact"))).isTrue();
        assertThat(ClaimRange.of(792, "exact").overlaps(ClaimRange.of(793, "exact"))).isFalse();
        assertThat(ClaimRange.of(700, "less than").overlaps(ClaimRange.of(1_000_000, "more than"))).isFalse();
        assertThatThrownBy(() -> ClaimRange.of(5, "roughly")).hasMessageContaining("roughly").hasMessageContaining("5");
    }

    @Property
    void everyStatedFigureLiesInItsOwnRangeAndOverlapIsSymmetric(@ForAll @IntRange(min = 0, max = 10_000_000) int a,
                                                                 @ForAll @IntRange(min = 0, max = 10_000_000) int b) {
        for (String q : new String[] {"exact", "approximately", "at least"}) {
            ClaimRange r = ClaimRange.of(a, q);
            assertThat(r.low()).isLessThanOrEqualTo(a);
            assertThat(r.high().orElse(Double.MAX_VALUE)).isGreaterThanOrEqualTo(a);
            assertThat(r.overlaps(ClaimRange.of(a, "exact"))).isTrue();
            assertThat(r.overlaps(ClaimRange.of(b, q))).isEqualTo(ClaimRange.of(b, q).overlaps(r));
        }
    }
}
