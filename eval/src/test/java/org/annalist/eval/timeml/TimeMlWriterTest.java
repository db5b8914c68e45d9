package org.annalist.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.time.TimeConfig;
import org.annalist.annotate.time.TimeStage;
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
import org.annalist.read.TimeMlCreationTime;
import org.annalist.read.TimeMlReader;
import org.annalist.read.TimeMlTimex;
import org.junit.jupiter.api.Test;

class TimeMlWriterTest {

    private static TimeMlContent reparse(String tml) throws ReadException {
        return TimeMl.parse("out.tml", tml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTimeStagesOutputOnATimeMlFileReadsBackWithTheSameTextSpansAndValues() throws ReadException {
        SourceDocument doc = new TimeMlReader().read("news.tml", TimeMlFixture.TML.getBytes(StandardCharsets.UTF_8));
        AnnotatedText annotated = AnnotatedText.of(doc);
        annotated = annotated.with(new TimeStage(TimeConfig.narrative()).annotate(annotated));
        List<Timex> found = annotated.layer(Timexes.class).items();

        TimeMlContent back = reparse(TimeMlWriter.write(annotated, "news", Optional.empty()));

        assertThat(back.text()).isEqualTo(doc.text().text());
        assertThat(back.docId()).contains("news");
        assertThat(back.creationTime()).map(TimeMlCreationTime::value).contains("1998-11-20");
        assertThat(found).extracting(Timex::value).contains("1998-11-19");
        assertThat(back.timexes()).extracting(TimeMlTimex::span).containsExactlyElementsOf(found.stream().map(Timex::span).toList());
        assertThat(back.timexes()).extracting(TimeMlTimex::value).containsExactlyElementsOf(found.stream().map(Timex::value).toList());
        assertThat(back.timexes()).extracting(TimeMlTimex::type)
                .containsExactlyElementsOf(found.stream().map(t -> t.type().name()).toList());
    }

    @Test
    void markupCharactersAndCarriageReturnsSurviveAndAnchorsNameTheirTimex() throws ReadException {
        String text = "On <May 1> & \"then\"\r\nthree days later\u0007 it ended.";
        SourceDocument doc = new SourceDocument(SourceText.of("a.txt", text), Structure.EMPTY);
        Span may = Span.of(text.indexOf("May 1"), text.indexOf("May 1") + 5);
        Span later = Span.of(text.indexOf("three"), text.indexOf("three") + 16);
        AnnotatedText annotated = AnnotatedText.of(doc).with(new Timexes(List.of(
                new Timex(may, TimexType.DATE, "1938-05-01", Optional.empty()),
                new Timex(later, TimexType.DATE, "1938-05-04", Optional.of(may)))));

        String tml = TimeMlWriter.write(annotated, "a & b", Optional.of(LocalDate.of(1938, 6, 1)));
        TimeMlContent back = reparse(tml);

        assertThat(back.text()).isEqualTo(text.replace('\u0007', ' '));
        assertThat(back.docId()).contains("a & b");
        assertThat(back.creationTime().flatMap(TimeMlCreationTime::date)).contains(LocalDate.of(1938, 6, 1));
        assertThat(back.timexes()).containsExactly(
                new TimeMlTimex("t1", may, "May 1", "DATE", "1938-05-01", Optional.empty(), "NONE"),
                new TimeMlTimex("t2", later, "three days later", "DATE", "1938-05-04", Optional.of("t1"), "NONE"));
        assertThat(tml).startsWith("<?xml version=\"1.0\" ?>\n<TimeML>").contains("<DCT><TIMEX3 tid=\"t0\"");
    }

    @Test
    void overlappingTimexesKeepTheFirstAndNoDateWritesNoDct() throws ReadException {
        String text = "In early May 1938 it rained.";
        SourceDocument doc = new SourceDocument(SourceText.of("a.txt", text), Structure.EMPTY);
        AnnotatedText annotated = AnnotatedText.of(doc).with(new Timexes(List.of(
                new Timex(Span.of(3, 17), TimexType.DATE, "1938-05", Optional.empty()),
                new Timex(Span.of(9, 17), TimexType.DATE, "1938-05", Optional.empty()))));

        String tml = TimeMlWriter.write(annotated, "a", Optional.empty());
        TimeMlContent back = reparse(tml);

        assertThat(back.timexes()).extracting(TimeMlTimex::span).containsExactly(Span.of(3, 17));
        assertThat(back.creationTime()).isEmpty();
        assertThat(tml).doesNotContain("<DCT>");
    }
}
