package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.Structure;
import org.annalist.model.layer.Timex;
import org.junit.jupiter.api.Test;

class SeedScoreTest {

    private final TimeStage stage = new TimeStage(TimeConfig.narrative());

    @Test
    void theSeedsScoreAtLeastTheProjectsThresholdsWithTempEvalMatching() {
        TimexEvaluator.Scores total = TimexEvaluator.Scores.ZERO;
        StringBuilder report = new StringBuilder();
        for (SeedCorpus.Seed seed : SeedCorpus.seeds()) {
            AnnotatedText text = AnnotatedText.of(seed.document());
            List<Timex> found = stage.annotate(text).items();
            TimexEvaluator.Scores s = TimexEvaluator.score(seed.gold(), found);
            total = total.plus(s);
            report.append(seed.name()).append('\n').append(found.stream()
                    .map(t -> "  " + t.span().coveredText(seed.document().text()) + " -> " + t.value())
                    .collect(Collectors.joining("\n"))).append('\n');
        }
        System.out.println(report);
        System.out.printf("seeds: extent P %.3f R %.3f F1 %.3f; value P %.3f R %.3f F1 %.3f%n",
                total.extent().precision(), total.extent().recall(), total.extent().f1(),
                total.value().precision(), total.value().recall(), total.value().f1());
        assertThat(total.extent().gold()).isEqualTo(20);
        assertThat(total.value().f1()).as(report.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(total.extent().f1()).as(report.toString()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void theSeedsScoreAsWellWithLinesAloneNoNoteCallsOrHeadings() {
        TimexEvaluator.Scores total = TimexEvaluator.Scores.ZERO;
        for (SeedCorpus.Seed seed : SeedCorpus.seeds()) {
            Structure lines = Structure.EMPTY.withParagraphs(java.util.stream.Stream.concat(
                    seed.document().structure().paragraphs().stream(),
                    seed.document().structure().headings().stream().map(h -> new Paragraph(h.span()))).toList());
            AnnotatedText text = AnnotatedText.of(new SourceDocument(seed.document().text(), lines));
            List<Timex> found = stage.annotate(text).items();
            total = total.plus(TimexEvaluator.score(seed.gold(), found));
        }
        System.out.printf("seeds, lines only: extent F1 %.3f; value F1 %.3f%n", total.extent().f1(), total.value().f1());
        assertThat(total.value().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(total.extent().f1()).isGreaterThanOrEqualTo(0.97);
    }
}
