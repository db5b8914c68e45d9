package org.annalist.annotate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.ClaimKind;
import org.annalist.model.layer.Qualifier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ProportionsTest {

    private static final String[] NUMBERS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    private static final String[] PARTS = {"", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth"};

    private final ClaimFinder finder = ClaimFinder.standard();
    private final ClaimChecker checker = new ClaimChecker();

    private List<Claim> claims(String text) {
        return checker.check(text, finder.find(text, TestSentences.of(text), List.of())).claims();
    }

    @Test
    void aShareOfAGroupThatMetAFateIsAClaimOfItsFraction() {
        // sentence | words of the proportion | value | measure | kind | qualifier
        """
        Half of Colonel Marsh's column was killed in the ravine.        | Half        | 0.5   | fraction of column killed     | casualties | exact
        Less than a tenth of the Ostrovan army defected with him.       | a tenth     | 0.1   | fraction of army defected     | forces     | less than
        At Varga the rebels lost a third of their men.                  | a third     | 0.333 | fraction of men lost          | casualties | exact
        Nearly two-thirds of the garrison were taken prisoner by dusk.  | two-thirds  | 0.667 | fraction of garrison taken prisoner | prisoners | approximately
        """.lines().forEach(row -> {
            String[] c = row.split("\\|");
            String text = c[0].strip();
            Claim claim = claims(text).stream()
                    .filter(x -> text.substring(x.number().start(), x.number().end()).equals(c[1].strip()))
                    .findFirst().orElseThrow(() -> new AssertionError("no claim '" + c[1].strip() + "' in: " + text));
            assertThat(claim.value()).as(text).isCloseTo(Double.parseDouble(c[2].strip()), org.assertj.core.data.Offset.offset(0.001));
            assertThat(claim.measure()).as(text).isEqualTo(c[3].strip());
            assertThat(claim.kind()).as(text).isEqualTo(ClaimKind.of(c[4]));
            assertThat(claim.qualifier().label()).as(text).isEqualTo(c[5].strip());
        });
    }

    @Test
    void aShareWithNoFateOrAHalfOfATimeIsNoClaim() {
        assertThat(claims("Half the army camped by the river that night.")).isEmpty();
        assertThat(claims("In the second half of the year the Hale ministry fell.")).isEmpty();
        assertThat(claims("They marched on the third of June.")).isEmpty();
        // nor is the share's numerator a count of its own: not three "quarters"
        assertThat(claims("The march of three quarters of the Hale militia to the coast failed.")).isEmpty();
    }

    @Test
    void aRatioOfForcesIsAClaimOfItsFactor() {
        Claim three = claims("By spring the militia outnumbered Dunn's brigade three to one.").get(0);
        assertThat(three.value()).isEqualTo(3.0);
        assertThat(three.measure()).isEqualTo("ratio outnumbered");
        Claim two = claims("Despite outnumbering the rebels by more than two to one, Hale withdrew.").get(0);
        assertThat(two.value()).isEqualTo(2.0);
        assertThat(two.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    }

    @Test
    void aMultipleOfAGroupIsAClaimOfItsFactor() {
        Claim twice = claims("Marsh's volunteers beat twice the number of regular troops.").get(0);
        assertThat(twice.value()).isEqualTo(2.0);
        assertThat(twice.measure()).isEqualTo("times the number of regular troops");
        Claim tripled = claims("Within weeks the Ostrovan guard had tripled in size.").get(0);
        assertThat(tripled.value()).isEqualTo(3.0);
        assertThat(tripled.measure()).isEqualTo("tripled in size");
        assertThat(claims("The patrol doubled back along the ridge.")).isEmpty();
    }

    @Test
    void aRatioBetweenTwoStatedFiguresStaysTheCheckersNotAClaim() {
        List<Claim> found = claims("The Varga column lost 400 killed, twice as many as the 200 of the Dunn brigade.");
        assertThat(found).extracting(Claim::value).doesNotContain(2.0);
    }

    @Property
    void aWrittenFractionReadsAsItsQuotient(@ForAll @IntRange(min = 1, max = 9) int numerator,
                                            @ForAll @IntRange(min = 2, max = 10) int denominator,
                                            @ForAll boolean hyphen) {
        String part = PARTS[denominator] + (numerator > 1 ? (denominator == 2 ? "" : "s") : "");
        if (numerator > 1 && denominator == 2) part = "halves";
        String written = NUMBERS[numerator] + (hyphen ? "-" : " ") + part;

        assertThat(Proportions.valueOf(written)).contains((double) numerator / denominator);
    }

    @Property
    void aWrittenMultipleReadsAsItsFactor(@ForAll @IntRange(min = 2, max = 10) int factor) {
        String words = factor == 10 ? "ten" : NUMBERS[factor];

        assertThat(Proportions.valueOf(words + " times")).contains((double) factor);
        assertThat(Proportions.valueOf(factor + " times")).contains((double) factor);
    }
}
