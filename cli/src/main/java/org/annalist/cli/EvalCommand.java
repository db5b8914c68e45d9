package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.eval.EvalReport;
import org.annalist.eval.QuoteAttribution;
import org.annalist.eval.SpeakerClusters;
import org.annalist.eval.Referee;
import org.annalist.eval.corpora.GoldSets;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldJson;
import org.annalist.eval.timeml.TimeMlGold;
import org.annalist.read.ReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annalist eval}: the referee's metrics, in Java. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores predictions against gold (both annalist-gold/1 JSON folders), with the same "
                + "metrics as shared/tools/score.py.",
                "A gold folder holding TimeML (*.tml, subfolders included, e.g. TempEval-3 TBAQ) is read as "
                        + "timex gold: the TIMEX3s inside TEXT (the DCT is given, not scored), paired with the "
                        + "predictions extract wrote for the same .tml files."})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD",
            description = "Folder of gold JSON files, or of TimeML files (*.tml, searched recursively); a LitBank "
                    + "folder (root, coref/, entities/ or quotations/); or a HIPE-2020 TSV file.")
    Path gold;

    @Parameters(index = "0", paramLabel = "PRED_DIR",
            description = "Folder of predicted JSON files (or of TimeML files written by extract --format timeml).")
    Path predicted;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, ReadException {
        if (!Files.isDirectory(predicted)) throw new IllegalArgumentException("not a folder: " + predicted);
        // gold: TimeML folder; else annalist-gold/1 JSON folder, LitBank folder or HIPE TSV (GoldSets tells them apart)
        Map<String, GoldDocument> goldDocs = Files.isDirectory(gold) && TimeMlGold.holdsTimeMl(gold)
                ? TimeMlGold.readDir(gold) : GoldSets.load(gold);
        Map<String, GoldDocument> predictedDocs = predictions(predicted);
        EvalReport report = Referee.score(goldDocs, predictedDocs);
        spec.commandLine().getOut().print(json ? report.toJson() + "\n" : report.toTable());
        // beyond score.py: attribution accuracy where gold quotes have speakers (LitBank)
        QuoteAttribution attribution = QuoteAttribution.measure(goldDocs, predictedDocs);
        if (!json && attribution.withSpeaker() > 0) {
            spec.commandLine().getOut().println(attribution.toLine());
            spec.commandLine().getOut().println(SpeakerClusters.measure(goldDocs, predictedDocs).toLine());
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    /** The predictions: JSON files, or TimeML ({@code extract --format timeml}) in a folder holding no JSON. */
    private static Map<String, GoldDocument> predictions(Path dir) throws IOException, ReadException {
        Map<String, GoldDocument> json = GoldJson.readDir(dir);
        return json.isEmpty() && TimeMlGold.holdsTimeMl(dir) ? TimeMlGold.readDir(dir) : json;
    }
}
