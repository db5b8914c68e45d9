package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Timex;

/** Any mix of date words, numbers and punctuation yields well-formed timexes and never an exception. */
class TimeStagePropertiesTest {

    private static final List<String> WORDS = List.of("On", "in", "the", "of", "from", "to", "between", "and", "August",
            "May", "June", "1938", "1,938", "16", "3d", "20th", "2–3", "–", "-", "—", "(", ")", ",", ".", "summer",
            "fall", "early", "late", "mid-", "1930s", "century", "nineteenth", "BC", "AD", "44", "days", "later",
            "Six", "next", "day", "That", "same", "year", "ago", "now", "was", "soon", "Friday", "night", "at", "3",
            "p.m.", "nearly", "ten", "every", "spring", "second", "half", "quarter", "third", "Christmas", "12:30",
            "had", "previously", "\n");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 1000)
    void anyTextGivesSortedDisjointSpansWithOrderedIntervals(@ForAll("texts") String text,
                                                             @ForAll boolean withDocumentDate) {
        Structure s = Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(0, text.length()))));
        AnnotatedText t = AnnotatedText.of(new SourceDocument(SourceText.of("p.txt", text), s));
        TimeConfig config = withDocumentDate ? TimeConfig.withDocumentDate(LocalDate.of(1998, 8, 7)) : TimeConfig.narrative();
        List<Timex> items = new TimeStage(config).annotate(t).items();
        int end = 0;
        for (Timex x : items) {
            assertThat(x.span().start()).isGreaterThanOrEqualTo(end);
            assertThat(x.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(x.value()).isNotBlank();
            x.interval().ifPresent(i -> assertThat(i.earliest()).isBeforeOrEqualTo(i.latest()));
            end = x.span().end();
        }
    }
}
