package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.eval.EvalReport;
import org.annalist.eval.Referee;
import org.annalist.eval.Task;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldHedge;
import org.annalist.eval.gold.GoldJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claims and hedges stages inside the standard pipeline, run through the command line on
 * the seed texts and scored by the referee (claims: equal value and a shared measure word);
 * hedges, which the referee does not score yet, by sentence start.
 */
class ClaimsOnSeedsTest {

    @TempDir
    static Path out;
    private static Map<String, GoldDocument> gold;
    private static Map<String, GoldDocument> predicted;
    private static EvalReport report;

    @BeforeAll
    static void extractTheSeeds() throws Exception {
        Path shared = Path.of(System.getProperty("annalist.shared"));
        CliRun run = CliRun.of("extract", "--format", "gold-json", "--out", out.toString(),
                shared.resolve("corpus/seeds").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        gold = GoldJson.readDir(shared.resolve("gold/seeds"));
        predicted = GoldJson.readDir(out);
        report = Referee.score(gold, predicted);
    }

    @Test
    void seedClaimsScoreAtLeastNinetyPercentF1() {
        assertThat(report.row(Task.CLAIMS).f1()).as(report.toTable()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void everySeedHedgeIsFoundAtItsSentenceStartAndNothingElse() {
        for (Map.Entry<String, GoldDocument> e : gold.entrySet()) {
            Set<Integer> want = starts(e.getValue().hedges());
            Set<Integer> got = starts(predicted.get(e.getKey()).hedges());
            assertThat(got).as(e.getKey()).isEqualTo(want);
        }
    }

    private static Set<Integer> starts(List<GoldHedge> hedges) {
        return hedges == null ? Set.of() : hedges.stream().map(GoldHedge::start).collect(Collectors.toSet());
    }
}
