package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where quotation marks put text inside a quote (the narrator's "I" is not the speaker's there). */
class QuoteRegionsTest {

    /** Each row: a text | the characters marked quoted, shown as ^ under the text (trailing blanks cut). */
    private static String marks(String text) {
        List<FoundQuote> quotes = new QuoteFinder().find(text, List.of());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            int at = i;
            boolean quoted = quotes.stream().anyMatch(q -> q.span().start() <= at && at < q.span().end());
            b.append(text.charAt(i) == '\n' ? '\n' : quoted ? '^' : ' ');
        }
        return b.toString().replaceAll(" +(\n|$)", "$1");
    }

    @Test
    void curlyQuotesNestAndClose() {
        assertThat(marks("He said “I saw ‘it’ there” and I left."))
                .isEqualTo("        ^^^^^^^^^^^^^^^^^^");
    }

    @Test
    void straightQuotesToggleAcrossLinesOfOneParagraph() {
        assertThat(marks("Lee wrote: \"I cannot\nhold.\" I left."))
                .isEqualTo("           ^^^^^^^^^\n^^^^^^");
    }

    @Test
    void tokenisedStraightQuotesWithBlanksOnBothSidesToggle() {
        assertThat(marks("\" I am here . \" I said .")).isEqualTo("^^^^^^^^^^^^^^^");
    }

    @Test
    void aQuoteLeftOpenEndsWithItsParagraph() {
        assertThat(marks("“I came,\n\nI went.")).isEqualTo("^^^^^^^^\n\n");
    }

    @Test
    void anApostropheIsNoQuote() {
        assertThat(marks("The soldiers’ pay and Grant’s horse; I rode.")).isEmpty();
        assertThat(marks("He said ‘I will’ and I did.")).isEqualTo("        ^^^^^^^^");
    }

    @Test
    void straightSingleQuotesQuoteButApostrophesAndElisionsDoNot() {
        assertThat(marks("says Foster, 'for I saw it,' and I don't doubt it."))
                .isEqualTo("             ^^^^^^^^^^^^^^^");
        assertThat(marks("'Tis true, I said; the soldiers' pay was late.")).isEmpty();
        assertThat(marks("I 'm sure he 's gone , and I 'll follow the boys ' tracks .")).isEmpty();
    }

    @Test
    void aSingleQuoteOfSeveralParagraphsOpensEachOfThem() {
        assertThat(marks("'I came,\n\n'and I went.' I stayed.\n\n'I left"))
                .isEqualTo("^^^^^^^^\n\n^^^^^^^^^^^^^\n\n^^^^^^^"); // the last is left open: quoted to its end
    }

    @Test
    void aStrayClosingMarkOpensNothing() {
        assertThat(marks("the word\" I wrote then.")).isEmpty();
    }
}
