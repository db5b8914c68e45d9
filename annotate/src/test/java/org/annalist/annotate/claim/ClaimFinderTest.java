package org.annalist.annotate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.Span;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.ClaimKind;
import org.annalist.model.layer.Claims;
import org.annalist.model.layer.Qualifier;
import org.junit.jupiter.api.Test;

class ClaimFinderTest {

    private final ClaimFinder finder = ClaimFinder.standard();
    private final ClaimChecker checker = new ClaimChecker();

    private Claims claims(String text) {
        return checker.check(text, finder.find(text, TestSentences.of(text), List.of()));
    }

    @Test
    void aSentenceNeedsAParseOnlyForAFigureThatMayCount() {
        String text = "In 1862 the brigade lost 1,240 men. One rider came. The two armies met. It cost $300. "
                + "Prices rose 40%. On May 23 they marched.";
        List<Span> sentences = TestSentences.of(text);
        assertThat(sentences).hasSize(6);
        assertThat(sentences).extracting(s -> finder.mayCount(text, s, List.of()))
                .containsExactly(true, false, false, false, false, true);
        // the same figure inside a date the time stage found is no count
        Span date = Span.of(text.indexOf("May 23"), text.indexOf(" they"));
        assertThat(finder.mayCount(text, sentences.get(5), List.of(date))).isFalse();
    }

    @Test
    void figuresWithAMeasureBecomeClaimsWithSubjectAndQualifier() {
        // sentence | figure as written | value | measure | subject | qualifier
        """
        The Austrians lost 1,240 killed and 3,015 wounded.    | 1,240        | 1240    | killed                      | austrian_forces    | exact
        The Austrians lost 1,240 killed and 3,015 wounded.    | 3,015        | 3015    | wounded                     | austrian_forces    | exact
        Nearly 40,000 French troops crossed the river.        | 40,000       | 40000   | troops                      | french_forces      | approximately
        The fort fell with at least two thousand prisoners.   | two thousand | 2000    | prisoners                   | -                  | at least
        Over 1.5 million refugees fled west.                  | 1.5 million  | 1500000 | refugees                    | -                  | more than
        The enemy's loss was about 900.                       | 900          | 900     | losses                      | enemy_forces       | approximately
        Some 300 Confederate cavalry rode north.              | 300          | 300     | cavalry                     | confederate_forces | approximately
        The fleet counted a dozen ships.                      | a dozen      | 12      | ships                       | -                  | exact
        Our loss was 312 killed, wounded and missing.         | 312          | 312     | killed, wounded and missing | our_forces         | exact
        Fewer than 500 British soldiers survived.             | 500          | 500     | soldiers                    | british_forces     | less than
        They held the town with a force of 6,000.             | 6,000        | 6000    | troops                      | -                  | exact
        Nine or ten regiments arrived by rail.                | Nine         | 9       | regiments                   | -                  | approximately
        The Prussians took 1,100 guns and 40 ships.           | 40           | 40      | ships                       | prussian_forces    | exact
        That spring 20,000 people were arrested in the city.  | 20,000       | 20000   | people arrested             | -                  | exact
        The tribunal executed 312 officers in a single week.  | 312          | 312     | officers executed           | -                  | exact
        The strength of the Varga brigade rose to almost 4,000. | 4,000      | 4000    | troops                      | -                  | approximately
        """.lines().forEach(row -> {
            String[] c = row.split("\\|");
            String text = c[0].strip();
            Claim claim = claims(text).claims().stream()
                    .filter(x -> text.substring(x.number().start(), x.number().end()).equals(c[1].strip()))
                    .findFirst().orElseThrow(() -> new AssertionError("no claim '" + c[1].strip() + "' in: " + text));
            assertThat(claim.value()).as(text).isEqualTo(Double.parseDouble(c[2].strip()));
            assertThat(claim.measure()).as(text).isEqualTo(c[3].strip());
            assertThat(claim.subject().orElse("-")).as(text).isEqualTo(c[4].strip());
            assertThat(claim.qualifier().label()).as(text).isEqualTo(c[5].strip());
            assertThat(claim.span().contains(claim.number())).isTrue();
        });
    }

    @Test
    void yearsAgesPagesDurationsUnitsVaguePluralsAndReferencesAreNoClaims() {
        """
        In 1862 the regiment marched 40 miles in two days.
        He was 45 years old when he took the 5th Corps north.
        Hundreds of prisoners were taken that week.
        See page 212 for the map of the lines.
        The two armies met at dawn.
        The loss of two battles broke the army.
        The delay cost them a loss of three weeks.
        From 1914 to 1918 troops died in their millions.
        """.lines().forEach(text -> assertThat(claims(text).claims()).as(text).isEmpty());
    }

    @Test
    void smallCountsOfDescriptionAreKeptButWeighLeast() {
        """
        Two men rode ahead of the column.                  | 2 | men       | count
        The corps moved south with two divisions.          | 2 | divisions | count
        The Austrians lost 1,240 killed.                   | 1240 | killed | casualties
        A force of 12,000 men held the ford.               | 12000 | men    | forces
        The Prussians took 900 prisoners.                  | 900 | prisoners | prisoners
        """.lines().forEach(row -> {
            String[] c = row.split("\\s*\\|\\s*");
            Claim claim = claims(c[0]).claims().get(0);
            assertThat(claim.value()).as(c[0]).isEqualTo(Double.parseDouble(c[1]));
            assertThat(claim.measure()).as(c[0]).isEqualTo(c[2]);
            assertThat(claim.kind().label()).as(c[0]).isEqualTo(c[3]);
        });
        assertThat(ClaimKind.COUNT.weight()).isLessThan(ClaimKind.MATERIEL.weight());
    }

    @Test
    void percentagesSumsOfMoneyAndAbbreviatedMeasuresAreClaims() {
        Claim share = claims("About 20% of the farms were burned.").claims().get(0);
        Claim money = claims("The loan came to $2 billion in all.").claims().get(0);
        Claim kia = claims("The division suffered more than 260 KIA.").claims().get(0);

        assertThat(share.value()).isEqualTo(20.0);
        assertThat(share.measure()).isEqualTo("percent");
        assertThat(share.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(money.value()).isEqualTo(2e9);
        assertThat(money.kind()).isEqualTo(ClaimKind.MONEY);
        assertThat(kia.measure()).isEqualTo("killed in action");
        assertThat(kia.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    }

    @Test
    void aBareFigureAfterAClaimCountsWhatThatOneCounted() {
        List<Claim> found = claims("The French had 400 casualties, the Austrians 873, and the Russians 11,000.").claims();

        assertThat(found).extracting(Claim::value).containsExactly(400.0, 873.0, 11000.0);
        assertThat(found).extracting(Claim::measure).containsOnly("casualties");
    }

    @Test
    void aFigureInsideAnExcludedSpanIsSkipped() {
        String text = "By 1,500 hours 600 troops had crossed.";

        List<FoundClaim> found = finder.find(text, List.of(Span.of(0, text.length())), List.of(Span.of(3, 14)));

        assertThat(found).extracting(f -> f.claim().value()).containsExactly(600.0);
    }

    @Test
    void aRangeOfEstimatesIsOneClaimWithItsLowAndHighEnds() {
        // sentence | low | high | measure | qualifier
        """
        The column numbered 3,000 to 4,000 men.                    | 3000  | 4000   | men      | approximately
        Between 50,000 and 200,000 were executed that winter.      | 50000 | 200000 | executed | approximately
        Of the 90,000-100,000 people who set out, few arrived.      | 90000 | 100000 | people   | approximately
        An estimated 20,000-30,000 refugees crossed the border.    | 20000 | 30000  | refugees | approximately
        At least 5,000 to 6,000 troops were landed.                | 5000  | 6000   | troops   | at least
        """.lines().forEach(row -> {
            String[] c = row.split("\\s*\\|\\s*");
            List<Claim> found = claims(c[0]).claims();
            assertThat(found).as(c[0]).hasSize(1);
            Claim claim = found.get(0);
            assertThat(claim.value()).as(c[0]).isEqualTo(Double.parseDouble(c[1]));
            assertThat(claim.high()).as(c[0]).contains(Double.parseDouble(c[2]));
            assertThat(claim.measure()).as(c[0]).isEqualTo(c[3]);
            assertThat(claim.qualifier().label()).as(c[0]).isEqualTo(c[4]);
        });
    }
}
