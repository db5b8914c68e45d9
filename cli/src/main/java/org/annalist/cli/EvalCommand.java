package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annalist.eval.EvalReport;
import org.annalist.eval.Referee;
import org.annalist.eval.corpora.GoldSets;
import org.annalist.eval.gold.GoldJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annalist eval}: the referee's metrics, in Java. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores predictions against gold (both annalist-gold/1 JSON folders), with the same "
                + "metrics as shared/tools/score.py."})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD", description = "Gold: a folder of annalist-gold/1 "
            + "JSON files, a LitBank folder (root, coref/, entities/ or quotations/) or a HIPE-2020 TSV file.")
    Path gold;

    @Parameters(index = "0", paramLabel = "PRED_DIR", description = "Folder of predicted JSON files.")
    Path predicted;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(predicted)) throw new IllegalArgumentException("not a folder: " + predicted);
        // gold: annalist-gold/1 JSON folder, LitBank folder or HIPE TSV (GoldSets tells them apart)
        EvalReport report = Referee.score(GoldSets.load(gold), GoldJson.readDir(predicted));
        spec.commandLine().getOut().print(json ? report.toJson() + "\n" : report.toTable());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
