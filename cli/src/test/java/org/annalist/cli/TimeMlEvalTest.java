package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.annalist.eval.EvalReport;
import org.annalist.eval.Referee;
import org.annalist.eval.Task;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldJson;
import org.annalist.eval.gold.GoldTimex;
import org.annalist.eval.timeml.TimeMlGold;
import org.annalist.read.TimeMl;
import org.annalist.read.TimeMlContent;
import org.annalist.read.TimeMlTimex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TimeML in and out end to end, on TempEval-3's TBAQ (TimeBank + AQUAINT news, DCT as document date). */
class TimeMlEvalTest {

    private static final Path TBAQ = Path.of(System.getProperty("annalist.shared", "../shared"),
            "corpus/tempeval3/TBAQ-cleaned");

    @Test
    void extractThenEvalOnTbaqScoresTheEnginesValueF1(@TempDir Path out) throws Exception {
        CliRun extract = CliRun.of("extract", "--json", "--out", out.toString(), TBAQ.toString());
        assertThat(extract.exitCode()).as(extract.err()).isZero();

        CliRun eval = CliRun.of("eval", "--gold", TBAQ.toString(), out.toString());
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(eval.out()).containsPattern("timex\\.value\\s+0\\.\\d{3}\\s+0\\.\\d{3}\\s+0\\.\\d{3}\\s+1822");

        Map<String, GoldDocument> gold = TimeMlGold.readDir(TBAQ);
        Map<String, GoldDocument> predicted = GoldJson.readDir(out);
        EvalReport report = Referee.score(gold, predicted);
        System.out.print(report.toTable());
        assertThat(gold).hasSizeGreaterThan(250);
        assertThat(report.missingPredictions()).isEmpty();
        assertThat(predicted.get("wsj_0006.tml").documentDate()).isEqualTo("1989-11-02");
        assertThat(report.row(Task.TIMEX_EXTENT).gold()).isGreaterThan(1800);
        assertThat(report.row(Task.TIMEX_EXTENT).f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.row(Task.TIMEX_VALUE).f1()).isGreaterThanOrEqualTo(0.72);
    }

    @Test
    void timeMlOutputCarriesTheSameTextAndTimexesAsTheJson(@TempDir Path out) throws Exception {
        Path source = TBAQ.resolve("AQUAINT/NYT19981120.0362.tml");
        Path json = out.resolve("json");
        Path tml = out.resolve("tml");
        assertThat(CliRun.of("extract", "--json", "--out", json.toString(), source.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("extract", "--format", "timeml", "--out", tml.toString(), source.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        GoldDocument predicted = GoldJson.read(json.resolve("NYT19981120.0362.json"));
        TimeMlContent back = TimeMl.parse("NYT19981120.0362.tml", Files.readAllBytes(tml.resolve("NYT19981120.0362.tml")));
        String original = TimeMl.parse("NYT19981120.0362.tml", Files.readAllBytes(source)).text();

        assertThat(back.text()).isEqualTo(original).isEqualTo(predicted.text());
        assertThat(back.creationTime().map(c -> c.value())).contains("1998-11-20");
        assertThat(predicted.timexes()).hasSizeGreaterThan(3);
        assertThat(back.timexes()).extracting(TimeMlTimex::value)
                .containsExactlyElementsOf(predicted.timexes().stream().map(GoldTimex::value).toList());
        assertThat(back.timexes()).extracting(t -> t.span().start())
                .containsExactlyElementsOf(predicted.timexes().stream().map(GoldTimex::start).toList());
        assertThat(new String(Files.readAllBytes(tml.resolve("NYT19981120.0362.tml")), StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" ?>\n<TimeML>\n\n<DOCID>NYT19981120.0362</DOCID>");

        Path gold = Files.createDirectories(out.resolve("gold"));
        Files.copy(source, gold.resolve("NYT19981120.0362.tml"));
        CliRun fromJson = CliRun.of("eval", "--gold", gold.toString(), json.toString());
        CliRun fromTimeMl = CliRun.of("eval", "--gold", gold.toString(), tml.toString());
        assertThat(fromTimeMl.exitCode()).as(fromTimeMl.err()).isZero();
        // TimeML carries timexes only: its timex lines score as the JSON's do (the JSON's claims have no TimeML form)
        assertThat(timexLines(fromTimeMl.out())).as("TimeML predictions score as their JSON does")
                .isEqualTo(timexLines(fromJson.out())).isNotEmpty();
        assertThat(fromTimeMl.out()).containsPattern("timex\\.value(\\s+[01]\\.\\d{3}){2}\\s+0\\.[5-9]\\d\\d\\s+6\\s");
    }

    private static java.util.List<String> timexLines(String report) {
        return report.lines().filter(l -> l.startsWith("timex.")).toList();
    }
}
