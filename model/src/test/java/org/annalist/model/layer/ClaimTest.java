package org.annalist.model.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class ClaimTest {

    private static Claim claim(int at, double value, String subject) {
        return new Claim(Span.of(at, at + 10), Span.of(at, at + 3), value, "killed", ClaimKind.CASUALTIES,
                Optional.ofNullable(subject),
                Qualifier.EXACT, Span.of(0, 200), Optional.empty());
    }

    @Test
    void claimsOfOneSubjectMeasureAndEventWithDifferentValuesDisagree() {
        Claim a = claim(10, 792, "soviet_forces").withEvent("khasan");
        Claim b = claim(50, 717, "soviet_forces").withEvent("khasan");

        assertThat(a.key()).isEqualTo(b.key());
        assertThat(a.disagreesWith(b)).isTrue();
        assertThat(a.disagreesWith(claim(90, 792, "soviet_forces").withEvent("khasan"))).isFalse();
        assertThat(a.disagreesWith(claim(90, 717, "soviet_forces").withEvent("wuhan"))).isFalse();
    }

    @Test
    void claimsWithoutAKnownSubjectOrEventNeverDisagree() {
        assertThat(claim(10, 792, null).withEvent("e").disagreesWith(claim(50, 717, null).withEvent("e"))).isFalse();
        assertThat(claim(10, 792, "x").disagreesWith(claim(50, 717, "x"))).isFalse();
    }

    @Test
    void aNumberOutsideItsClaimOrANegativeValueIsRejectedWithTheValues() {
        assertThatThrownBy(() -> new Claim(Span.of(10, 20), Span.of(30, 33), 5, "men", ClaimKind.FORCES, Optional.empty(),
                Qualifier.EXACT, Span.of(0, 100), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Span[start=30, end=33]");
        assertThatThrownBy(() -> claim(10, -4, null)).hasMessageContaining("-4.0");
    }

    @Test
    void aRangeKeepsBothEndsAndItsHighEndMustLieAboveItsLowEnd() {
        Claim range = new Claim(Span.of(0, 30), Span.of(8, 27), 50_000, Optional.of(200_000.0), "executed",
                ClaimKind.CASUALTIES, Optional.empty(), Qualifier.APPROXIMATELY, Span.of(0, 40), Optional.empty());

        assertThat(range.range()).isTrue();
        assertThat(range.high()).contains(200_000.0);
        assertThat(claim(10, 792, null).range()).isFalse();
        assertThatThrownBy(() -> new Claim(Span.of(0, 30), Span.of(8, 27), 50_000, Optional.of(40_000.0), "executed",
                ClaimKind.CASUALTIES, Optional.empty(), Qualifier.EXACT, Span.of(0, 40), Optional.empty()))
                .hasMessageContaining("40000.0");
        assertThat(ClaimKind.CASUALTIES.weight()).isGreaterThan(ClaimKind.COUNT.weight());
    }

    @Test
    void aCheckIsConsistentWhenTheComputedValueLiesWithinTheTolerance() {
        ClaimCheck ok = ClaimCheck.of(CheckKind.DIFFERENCE, Span.of(5, 10), 2600, List.of(Span.of(0, 3)), 2632, 50);
        ClaimCheck off = ClaimCheck.of(CheckKind.DIFFERENCE, Span.of(5, 10), 2600, List.of(Span.of(0, 3)), 2651, 50);

        assertThat(ok.consistent()).isTrue();
        assertThat(off.consistent()).isFalse();
        assertThat(Qualifier.MORE_THAN.label()).isEqualTo("more than");
    }
}
