package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.annalist.eval.EvalReport;
import org.annalist.eval.Referee;
import org.annalist.eval.Task;
import org.annalist.eval.gold.GoldJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The communication stage inside the standard pipeline, run through the CLI on the seed
 * texts and scored by the referee: a sender (and a recipient, where gold names one) must
 * map to gold through entity mentions; dates are scored on their own.
 */
class CommunicationsOnSeedsTest {

    @TempDir
    static Path out;

    private static EvalReport report;

    @BeforeAll
    static void extractTheSeeds() throws Exception {
        Path shared = Path.of(System.getProperty("annalist.shared"));
        CliRun run = CliRun.of("extract", "--json", "--out", out.toString(), shared.resolve("corpus/seeds").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        report = Referee.score(GoldJson.readDir(shared.resolve("gold/seeds")), GoldJson.readDir(out));
    }

    @Test
    void communicationsReachF1OfPointNineOnTheSeeds() {
        assertThat(report.row(Task.COMMUNICATIONS).f1()).as(report.toString()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void communicationsArePreciseOnTheSeeds() {
        assertThat(report.row(Task.COMMUNICATIONS).precision()).as(report.toString()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void communicationDatesAreRecalledOnTheSeeds() {
        assertThat(report.row(Task.COMMUNICATIONS_DATE).recall()).as(report.toString()).isGreaterThanOrEqualTo(0.90);
    }
}
