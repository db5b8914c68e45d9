package org.annalist.annotate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberParserTest {

    @Test
    void figuresInDigitsAndWordsReadToTheirValueAndPrecision() {
        """
        3,279                     | 3279     | 1
        2,600                     | 2600     | 100
        1 million                 | 1000000  | 1000000
        1.5 million               | 1500000  | 100000
        12.75                     | 12.75    | 0.01
        two thousand              | 2000     | 1000
        a dozen                   | 12       | 1
        two dozen                 | 24       | 1
        twenty-five               | 25       | 1
        Forty                     | 40       | 10
        one hundred and fifty     | 150      | 10
        three hundred thousand    | 300000   | 100000
        a thousand                | 1000     | 1000
        1,000,000                 | 1000000  | 1000000
        """.lines().forEach(row -> {
            String[] c = row.split("\\|");
            String text = c[0].strip();
            List<Figure> found = NumberParser.find(text, 0, text.length());
            assertThat(found).as(text).hasSize(1);
            assertThat(found.get(0).value()).as(text).isEqualTo(Double.parseDouble(c[1].strip()));
            assertThat(found.get(0).unit()).as(text).isEqualTo(Double.parseDouble(c[2].strip()));
            assertThat(found.get(0).span().length()).as(text).isEqualTo(text.length());
        });
    }

    @Test
    void vaguePluralsOrdinalsCurrencyAndLoneArticlesAreNoFigures() {
        """
        hundreds of men
        thousands were lost
        dozens of guns
        the 5th Corps
        $5,000 in gold
        a man and a horse
        the 2nd of May
        40% of them
        at 5:34 in the morning
        verse 3:16
        """.lines().forEach(text ->
                assertThat(NumberParser.find(text, 0, text.length())).as(text).isEmpty());
    }

    @Test
    void figuresInASentenceAreFoundInOrderWithTheirOffsets() {
        String text = "They lost 410 killed, 1,215 wounded and twenty-two missing.";

        List<Figure> found = NumberParser.find(text, 0, text.length());

        assertThat(found).extracting(f -> text.substring(f.span().start(), f.span().end()))
                .containsExactly("410", "1,215", "twenty-two");
        assertThat(found).extracting(Figure::value).containsExactly(410.0, 1215.0, 22.0);
    }

    @Test
    void aWholeStringParsesOnlyWhenItIsOneFigure() {
        assertThat(NumberParser.parse("1.5 million")).contains(1_500_000.0);
        assertThat(NumberParser.parse(" 3,279 ")).contains(3279.0);
        assertThat(NumberParser.parse("3,279 men")).isEmpty();
        assertThat(NumberParser.parse("hundreds")).isEmpty();
        // a wrapped line inside a figure in words
        assertThat(NumberParser.parse("one thousand seven hundred and\nfifty")).contains(1750.0);
    }
}
