package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of {@link HipeTsv#parse} on generated token rows. */
class HipeTsvPropertiesTest {

    record Row(String token, String tag, String misc) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<String> token = Arbitraries.of("The", "Boston", "Gazette", ".", ",", "-", "#", "Mr", "New", "York", "1790");
        Arbitrary<String> tag = Arbitraries.of("O", "O", "B-pers", "I-pers", "B-loc", "I-loc", "I-org");
        Arbitrary<String> misc = Arbitraries.of("_", "_", "NoSpaceAfter", "EndOfLine", "NoSpaceAfter|EndOfLine", "LED0.00");
        return Combinators.combine(token, tag, misc).as(Row::new).list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void theTextIsTheTokensInOrderWithOnlySpacesAndLineBreaksBetween(@ForAll("rows") List<Row> rows) {
        HipeTsv.Document doc = parse(rows).get(0);

        assertThat(doc.text().replaceAll("[ \n]", "")).isEqualTo(String.join("", rows.stream().map(Row::token).toList()));
        assertThat(doc.text()).doesNotStartWith(" ").doesNotEndWith(" ");
    }

    @Property(tries = 300)
    void everyMentionLiesInTheTextInOrderWithoutOverlapAndOneStartsAtEveryBeginTag(@ForAll("rows") List<Row> rows) {
        HipeTsv.Document doc = parse(rows).get(0);

        long begins = rows.stream().filter(r -> r.tag().startsWith("B-")).count();
        assertThat(doc.mentions().size()).isGreaterThanOrEqualTo((int) begins);
        int last = 0;
        for (HipeTsv.Mention m : doc.mentions()) {
            assertThat(m.span().start()).isGreaterThanOrEqualTo(last);
            assertThat(m.span().end()).isLessThanOrEqualTo(doc.text().length());
            assertThat(doc.text().charAt(m.span().start())).isNotIn(' ', '\n');
            last = m.span().end();
        }
    }

    private static List<HipeTsv.Document> parse(List<Row> rows) {
        List<String> lines = new ArrayList<>(List.of(
                "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC",
                "# document_id = d"));
        for (Row r : rows) lines.add(String.join("\t", r.token(), r.tag(), "O", "_", "_", "_", "_", "_", "_", r.misc()));
        return HipeTsv.parse(String.join("\n", lines));
    }
}
