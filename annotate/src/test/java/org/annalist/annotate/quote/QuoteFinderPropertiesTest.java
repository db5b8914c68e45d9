package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class QuoteFinderPropertiesTest {

    private final QuoteFinder finder = new QuoteFinder();

    @Property(tries = 2000)
    void quotesLieInsideTheTextSortedAndTopLevelOnesNeverOverlap(
            @ForAll @StringLength(max = 80) @CharRange(from = 'a', to = 'c')
            @Chars({' ', ' ', '\n', '“', '”', '‘', '’', '"', '\'', '«', '»', '.', ',', 'T', '3'}) String text) {
        List<FoundQuote> quotes = finder.find(text, List.of());
        FoundQuote previousTop = null;
        int previousStart = -1;
        for (FoundQuote q : quotes) {
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(q.span().start()).isGreaterThanOrEqualTo(previousStart);
            assertThat("“‘\"'«").contains(String.valueOf(text.charAt(q.span().start())));
            if (q.closed()) assertThat("”’\"'»").contains(String.valueOf(text.charAt(q.span().end() - 1)));
            assertThat(q.span().contains(q.inner())).isTrue();
            previousStart = q.span().start();
            if (q.depth() == 0) {
                if (previousTop != null) assertThat(q.span().overlaps(previousTop.span())).isFalse();
                previousTop = q;
            } else {
                assertThat(previousTop).isNotNull();
                assertThat(previousTop.span().contains(q.span())).as("%s inside %s", q, previousTop).isTrue();
            }
        }
    }

    @Property(tries = 1000)
    void narrativeBeforeTheTextShiftsEveryQuoteByItsLength(
            @ForAll @StringLength(max = 80) @CharRange(from = 'a', to = 'c')
            @Chars({' ', ' ', '\n', '“', '”', '‘', '’', '"', '\'', '.', ',', 'T'}) String text,
            @ForAll @StringLength(min = 1, max = 20) @CharRange(from = 'a', to = 'e') @Chars({' '}) String narrative) {
        // a paragraph of narrative in front (offsets as a masked call of the same length leaves them)
        String prefix = narrative + ".\n\n";
        String both = prefix + text;
        List<org.annalist.model.Span> paras = QuoteFinder.paragraphs(text);
        List<FoundQuote> alone = finder.find(text, paras.stream().map(org.annalist.model.Paragraph::new).toList());
        List<org.annalist.model.Paragraph> shifted = new java.util.ArrayList<>();
        shifted.add(new org.annalist.model.Paragraph(org.annalist.model.Span.of(0, narrative.length() + 1)));
        paras.forEach(p -> shifted.add(new org.annalist.model.Paragraph(p.shift(prefix.length()))));
        List<FoundQuote> after = finder.find(both, shifted);
        assertThat(after).extracting(q -> q.span().shift(-prefix.length())).isEqualTo(alone.stream().map(FoundQuote::span).toList());
    }

    @Property(tries = 500)
    void findingTwiceGivesTheSameQuotes(
            @ForAll @StringLength(max = 80) @CharRange(from = 'a', to = 'c')
            @Chars({' ', '\n', '“', '”', '‘', '’', '"', '\''}) String text) {
        assertThat(finder.find(text, List.of())).isEqualTo(finder.find(text, List.of()));
    }
}
