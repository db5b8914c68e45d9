package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.annalist.eval.EvalReport;
import org.annalist.eval.Referee;
import org.annalist.eval.Task;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldHedge;
import org.annalist.eval.gold.GoldJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The issues' thresholds on the seed texts, scored by the Java referee (the same numbers
 * as shared/tools/score.py, see RefereeTest) over what {@code annalist extract --json} writes.
 * The seeds are the reference texts; the held-out figures live beside the engines' tests.
 */
class SeedScoresTest {

    private static final Path SHARED = Path.of(System.getProperty("annalist.shared", "../shared"));

    @TempDir
    static Path out;

    private static EvalReport report;
    private static Map<String, GoldDocument> gold;
    private static Map<String, GoldDocument> predicted;

    @BeforeAll
    static void extractTheSeedsOnce() throws Exception {
        CliRun run = CliRun.of("extract", "--json", "--out", out.toString(), SHARED.resolve("corpus/seeds").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        gold = GoldJson.readDir(SHARED.resolve("gold/seeds"));
        predicted = GoldJson.readDir(out);
        report = Referee.score(gold, predicted);
        assertThat(report.missingPredictions()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} >= {2}")
    @CsvSource({
            // structure (issue 2)
            "NOTES,                f1,     1.0",
            "HEADINGS,             f1,     1.0",
            "TRANSCRIPT_TURNS,     f1,     1.0",
            // time (issue 3)
            "TIMEX_VALUE,          f1,     0.95",
            "TIMEX_EXTENT,         f1,     0.97",
            // entities (issue 4)
            "ENTITIES_MENTIONS,    recall, 0.95",
            "ENTITIES_LINKS_SAME,  f1,     0.92",
            "ENTITIES_LINKS_APART, f1,     0.995",
            // quotations (issue 5)
            "QUOTES_DETECT,        f1,     1.0",
            "QUOTES_SPEAKER,       f1,     0.95",
            // communications and claims (issue 6)
            "COMMUNICATIONS,       f1,     0.85",
            "COMMUNICATIONS_DATE,  recall, 0.80",
            "CLAIMS,               f1,     0.90",
    })
    void theSeedsMeetTheIssuesThresholds(Task task, String measure, double threshold) {
        EvalReport.Row row = report.row(task);
        double value = switch (measure) {
            case "f1" -> row.f1();
            case "recall" -> row.recall();
            default -> throw new IllegalArgumentException(measure);
        };
        assertThat(value).as("%s %s (gold %d, predicted %d)", task.label(), measure, row.gold(), row.predicted())
                .isGreaterThanOrEqualTo(threshold);
    }

    @Test
    void everySeedHedgeIsFoundAtItsSentenceStartAndNothingElse() {
        // the referee does not score hedges yet; gold marks them by sentence start
        gold.forEach((name, g) -> assertThat(starts(predicted.get(name).hedges())).as(name)
                .isEqualTo(starts(g.hedges())));
    }

    private static Set<Integer> starts(List<GoldHedge> hedges) {
        return hedges.stream().map(GoldHedge::start).collect(Collectors.toSet());
    }
}
