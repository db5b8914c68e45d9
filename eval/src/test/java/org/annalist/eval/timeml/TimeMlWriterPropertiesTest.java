package org.annalist.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.TimexType;
import org.annalist.model.layer.Timexes;
import org.annalist.read.ReadException;
import org.annalist.read.TimeMl;
import org.annalist.read.TimeMlContent;
import org.annalist.read.TimeMlTimex;

/** Whatever the characters, TimeML written and read back gives the same text, spans and values. */
class TimeMlWriterPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab &<>\"'\n\r\t;é—“”#").withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(80).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 80).list().ofMaxSize(10);
    }

    @Property(tries = 300)
    void textSpansAndValuesSurviveTheRoundTrip(@ForAll("texts") String text, @ForAll("cuts") List<Integer> cuts)
            throws ReadException {
        TreeSet<Integer> points = new TreeSet<>();
        for (int c : cuts) points.add(Math.min(c, text.length()));
        List<Integer> sorted = new ArrayList<>(points);
        List<Timex> timexes = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i += 2) {
            Span span = Span.of(sorted.get(i), sorted.get(i + 1));
            timexes.add(new Timex(span, TimexType.DATE, "19" + i + "&<\"" + i, Optional.empty()));
        }
        SourceDocument doc = new SourceDocument(SourceText.of("p.txt", text), Structure.EMPTY);
        AnnotatedText annotated = AnnotatedText.of(doc).with(new Timexes(timexes));

        String tml = TimeMlWriter.write(annotated, "p", Optional.empty());
        TimeMlContent back = TimeMl.parse("p.tml", tml.getBytes(StandardCharsets.UTF_8));

        assertThat(back.text()).isEqualTo(text);
        assertThat(back.timexes()).extracting(TimeMlTimex::span).containsExactlyElementsOf(
                timexes.stream().map(Timex::span).toList());
        assertThat(back.timexes()).extracting(TimeMlTimex::value).containsExactlyElementsOf(
                timexes.stream().map(Timex::value).toList());
    }
}
