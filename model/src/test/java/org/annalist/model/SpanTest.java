package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void aSpanThatEndsBeforeItStartsIsRefusedWithBothValues() {
        assertThatThrownBy(() -> Span.of(12, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start must be non-negative and end >= start; got start=12, end=7");
    }

    @Test
    void aSpanPastTheTextsEndIsRefusedWithTheLengths() {
        SourceText text = SourceText.of("a.txt", "casualties.217");
        assertThatThrownBy(() -> Span.of(11, 15).coveredText(text))
                .hasMessage("span end 15 > text length 14 in a.txt");
        assertThat(Span.of(11, 14).coveredText(text)).isEqualTo("217");
    }

    @Property
    void overlapIsSymmetricAndContainmentImpliesOverlap(@ForAll @IntRange(max = 50) int a, @ForAll @IntRange(max = 20) int la,
                                                         @ForAll @IntRange(max = 50) int b, @ForAll @IntRange(max = 20) int lb) {
        Span x = Span.of(a, a + la);
        Span y = Span.of(b, b + lb);
        assertThat(x.overlaps(y)).isEqualTo(y.overlaps(x));
        if (x.contains(y) && y.length() > 0) assertThat(x.overlaps(y)).isTrue();
        assertThat(x.overlaps(y)).isEqualTo(Math.max(a, b) < Math.min(a + la, b + lb));
    }

    @Property
    void orderIsByStartThenEnd(@ForAll @IntRange(max = 50) int a, @ForAll @IntRange(max = 20) int la,
                               @ForAll @IntRange(max = 50) int b, @ForAll @IntRange(max = 20) int lb) {
        Span x = Span.of(a, a + la);
        Span y = Span.of(b, b + lb);
        int sign = Integer.signum(x.compareTo(y));
        int expected = a != b ? Integer.signum(Integer.compare(a, b)) : Integer.signum(Integer.compare(la, lb));
        assertThat(sign).isEqualTo(expected);
    }
}
