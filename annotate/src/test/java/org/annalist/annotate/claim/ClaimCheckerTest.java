package org.annalist.annotate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.layer.CheckKind;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.ClaimCheck;
import org.annalist.model.layer.Claims;
import org.annalist.model.layer.Qualifier;
import org.junit.jupiter.api.Test;

class ClaimCheckerTest {

    private final ClaimFinder finder = ClaimFinder.standard();
    private final ClaimChecker checker = new ClaimChecker();

    private Claims claims(String text) {
        return checker.check(text, finder.find(text, TestSentences.of(text), List.of()));
    }

    private static String covered(String text, ClaimCheck check) {
        return text.substring(check.stated().start(), check.stated().end());
    }

    @Test
    void aStatedDifferenceThatDoesNotAddUpIsFlaggedWithTheComputedValue() {
        String text = "The Austrians lost 410 killed and 1,200 wounded; Prussian casualties came to 300 killed"
                + " and 700 wounded—800 fewer.";

        Claims claims = claims(text);

        assertThat(claims.checks()).hasSize(1);
        ClaimCheck check = claims.checks().get(0);
        assertThat(check.kind()).isEqualTo(CheckKind.DIFFERENCE);
        assertThat(covered(text, check)).isEqualTo("800");
        assertThat(check.computed()).isEqualTo(610.0);
        assertThat(check.tolerance()).isEqualTo(50.0);
        assertThat(check.consistent()).isFalse();
        assertThat(check.operands()).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("410", "1,200", "300", "700");
        assertThat(claims.inconsistent()).containsExactly(check);
    }

    @Test
    void aRoundedDifferenceWithinHalfAUnitIsConsistentAndMarkedApproximate() {
        String text = "The Austrians lost 410 killed and 1,200 wounded; Prussian casualties came to 300 killed"
                + " and 700 wounded—600 fewer.";

        Claims claims = claims(text);

        assertThat(claims.checks()).singleElement().satisfies(c -> {
            assertThat(c.computed()).isEqualTo(610.0);
            assertThat(c.consistent()).isTrue();
        });
        Claim stated = claims.claims().get(claims.claims().size() - 1);
        assertThat(stated.value()).isEqualTo(600.0);
        assertThat(stated.measure()).isEqualTo("fewer casualties");
        assertThat(stated.subject()).contains("prussian_forces");
        assertThat(stated.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    }

    @Test
    void aTotalIsTheSumOfTheFiguresBeforeIt() {
        String ok = "The brigade lost 120 killed and 340 wounded, a total of 460 casualties.";
        String bad = "The brigade lost 120 killed and 340 wounded, 520 in all.";

        ClaimCheck good = claims(ok).checks().get(0);
        ClaimCheck wrong = claims(bad).checks().get(0);

        assertThat(good.kind()).isEqualTo(CheckKind.TOTAL);
        assertThat(good.computed()).isEqualTo(460.0);
        assertThat(good.consistent()).isTrue();
        assertThat(claims(ok).claims()).extracting(Claim::qualifier).containsOnly(Qualifier.EXACT);
        assertThat(wrong.kind()).isEqualTo(CheckKind.TOTAL);
        assertThat(covered(bad, wrong)).isEqualTo("520");
        assertThat(wrong.computed()).isEqualTo(460.0);
        assertThat(wrong.consistent()).isFalse();
    }

    @Test
    void aTotalStatedFirstIsTheSumOfTheBreakdownAfterIt() {
        String text = "The general reported a total loss of 4,120, of whom 610 were killed, 3,004 wounded and 500 missing.";

        ClaimCheck check = claims(text).checks().get(0);

        assertThat(check.kind()).isEqualTo(CheckKind.TOTAL);
        assertThat(covered(text, check)).isEqualTo("4,120");
        assertThat(check.computed()).isEqualTo(4114.0);
        assertThat(check.tolerance()).isEqualTo(5.0);
        assertThat(check.consistent()).isFalse();
        assertThat(claims(text).claims()).extracting(Claim::measure)
                .containsExactly("losses", "killed", "wounded", "missing");
    }

    @Test
    void aTotalWithNoFiguresToAddIsNotChecked() {
        String text = "A total of 12,000 troops were landed that night.";

        Claims claims = claims(text);

        assertThat(claims.claims()).extracting(Claim::value).containsExactly(12000.0);
        assertThat(claims.checks()).isEmpty();
    }

    @Test
    void aStatedRatioIsCheckedWithinTenPercent() {
        String ok = "The French fielded 20,000 men, twice as many as the 9,800 troops of the Austrians.";
        String bad = "The French fielded 20,000 men, three times as many as the 9,800 troops of the Austrians.";

        ClaimCheck good = claims(ok).checks().get(0);
        ClaimCheck wrong = claims(bad).checks().get(0);

        assertThat(good.kind()).isEqualTo(CheckKind.RATIO);
        assertThat(good.statedValue()).isEqualTo(2.0);
        assertThat(good.computed()).isCloseTo(2.0408, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(good.consistent()).isTrue();
        assertThat(wrong.statedValue()).isEqualTo(3.0);
        assertThat(wrong.consistent()).isFalse();
    }
}
