package org.annalist.annotate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.ClaimCheck;
import org.annalist.model.layer.ClaimKind;
import org.junit.jupiter.api.Test;

class ClaimTablesTest {

    private final ClaimTables tables = new ClaimTables(Measures.standard(), Sides.standard());

    private static final String RETURNS = """
            The brigade pressed on to the river. Our loss in the three weeks was:

                                         KILLED  WOUNDED  MISSING

             Hale's Ford.....              12      40       3
             Skirmish, June 4 .....         1       6      ..
             Marsh Creek...............    30     117      12
             Total.....                    43     163      15

            The wounded were sent back to Varga.
            """;

    @Test
    void eachFigureOfAReturnIsAClaimOfItsColumnAtItsRow() {
        List<ClaimTables.Table> found = tables.find(RETURNS);

        assertThat(found).hasSize(1);
        List<Claim> claims = found.get(0).claims();
        assertThat(claims).hasSize(11); // one empty cell
        Claim first = claims.get(0);
        assertThat(first.value()).isEqualTo(12.0);
        assertThat(first.measure()).isEqualTo("killed (Hale's Ford)");
        assertThat(first.kind()).isEqualTo(ClaimKind.CASUALTIES);
        assertThat(first.subject()).contains("our_forces");
        assertThat(claims).extracting(Claim::measure).contains("wounded (Skirmish, June 4)", "missing (Total)");
        assertThat(RETURNS.substring(claims.get(4).number().start(), claims.get(4).number().end())).isEqualTo("6");
    }

    @Test
    void theTotalRowIsCheckedAgainstTheRowsAboveIt() {
        List<ClaimCheck> checks = tables.find(RETURNS).get(0).checks();

        assertThat(checks).hasSize(3);
        assertThat(checks).extracting(ClaimCheck::computed).containsExactly(43.0, 163.0, 15.0);
        assertThat(checks).allMatch(ClaimCheck::consistent);
        String wrong = RETURNS.replace("163", "165");
        assertThat(tables.find(wrong).get(0).checks().get(1).consistent()).isFalse();
    }

    @Test
    void linesInColumnsWithoutAHeaderOfMeasuresAreNoReturn() {
        assertThat(tables.find("""
                NAME            BORN     DIED
                Hale            1801     1860
                Marsh           1799     1851
                """)).isEmpty();
        assertThat(tables.find("The army lost 400 killed and 1,200 wounded.\nKilled  wounded\n")).isEmpty();
    }
}
