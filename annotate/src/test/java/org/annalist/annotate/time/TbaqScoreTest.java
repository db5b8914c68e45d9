package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.SourceText;
import org.annalist.model.layer.Timex;
import org.junit.jupiter.api.Test;

/** Generality check on news: TempEval-3 TBAQ (TimeBank + AQUAINT), DCT as document date. */
class TbaqScoreTest {

    @Test
    void tbaqNewsScoresNearHeidelTimesPublishedValueF1() throws IOException {
        Path dir = TimeMlCorpus.tbaq().orElseThrow();
        List<TimeMlCorpus.Doc> docs = TimeMlCorpus.read(dir);
        TimexEvaluator.Scores total = TimexEvaluator.Scores.ZERO;
        StringBuilder errors = new StringBuilder();
        for (TimeMlCorpus.Doc d : docs) {
            TimeStage stage = new TimeStage(TimeConfig.withDocumentDate(d.dct()));
            List<Timex> found = stage.annotate(AnnotatedText.of(d.document())).items();
            total = total.plus(TimexEvaluator.score(d.gold(), found));
            SourceText src = d.document().text();
            for (TimexEvaluator.Gold g : d.gold()) {
                Timex hit = found.stream().filter(t -> t.span().overlaps(g.span())).findFirst().orElse(null);
                if (hit == null) {
                    errors.append("MISS ").append(d.name()).append(" [").append(g.span().coveredText(src)).append("] ")
                            .append(g.value()).append('\n');
                } else if (!hit.value().equals(g.value())) {
                    errors.append("VAL  ").append(d.name()).append(" [").append(g.span().coveredText(src)).append("] gold ")
                            .append(g.value()).append(" got [").append(hit.span().coveredText(src)).append("] ")
                            .append(hit.value()).append('\n');
                }
            }
            for (Timex t : found) {
                if (d.gold().stream().noneMatch(g -> g.span().overlaps(t.span()))) {
                    errors.append("FP   ").append(d.name()).append(" [").append(t.span().coveredText(src)).append("] ")
                            .append(t.value()).append('\n');
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/tbaq-errors.txt"), errors);
        System.out.printf("TBAQ %d docs: extent P %.3f R %.3f F1 %.3f; value P %.3f R %.3f F1 %.3f%n", docs.size(),
                total.extent().precision(), total.extent().recall(), total.extent().f1(),
                total.value().precision(), total.value().recall(), total.value().f1());
        assertThat(total.extent().gold()).isGreaterThan(1000);
        assertThat(total.value().f1()).isGreaterThanOrEqualTo(0.72);
    }
}
