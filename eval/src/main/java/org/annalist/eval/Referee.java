package org.annalist.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldJson;

/**
 * The referee in Java: scores system output against gold exactly as
 * {@code shared/tools/score.py} does, task by task (see {@link Task}), counts summed over
 * all documents. A gold document without a prediction is scored against an empty one and
 * listed in {@link EvalReport#missingPredictions()}; predictions without gold are ignored.
 */
public final class Referee {

    // one evaluator per task family, in the order score.py scores them
    private static final List<TaskEvaluator> EVALUATORS = List.of(
            new TimexEvaluator(),
            StartEvaluator.notes(),
            new QuoteEvaluator(),
            new EntityEvaluator(),
            new CommunicationEvaluator(),
            new ClaimEvaluator(),
            StartEvaluator.headings(),
            new TurnEvaluator());

    private Referee() {
    }

    /** {@return the scores of the {@code *.json} files in {@code predictedDir} against those in {@code goldDir}} */
    public static EvalReport score(Path goldDir, Path predictedDir) throws IOException {
        return score(GoldJson.readDir(goldDir), GoldJson.readDir(predictedDir));
    }

    /**
     * {@return the scores of {@code predicted} against {@code gold}}, both keyed by document
     * name as {@link GoldJson#readDir(Path)} keys them; gold's iteration order sets the order
     * of {@link EvalReport#missingPredictions()}
     */
    public static EvalReport score(Map<String, GoldDocument> gold, Map<String, GoldDocument> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        Tally tally = new Tally();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, GoldDocument> e : gold.entrySet()) {
            GoldDocument p = predicted.get(e.getKey());
            if (p == null) {
                missing.add(e.getKey());
                p = GoldDocument.empty(e.getKey());
            }
            scoreDocument(e.getValue(), p, tally);
        }
        List<EvalReport.Row> rows = new ArrayList<>();
        for (Task t : Task.values()) rows.add(new EvalReport.Row(t, tally.get(t)));
        return new EvalReport(rows, gold.size(), missing);
    }

    /** {@return the scores of one prediction against its gold} */
    public static EvalReport score(GoldDocument gold, GoldDocument predicted) {
        String name = gold.document() == null ? "" : gold.document();
        return score(Map.of(name, gold), Map.of(name, predicted));
    }

    private static void scoreDocument(GoldDocument gold, GoldDocument predicted, Tally tally) {
        EntityMap entities = EntityMap.of(gold, predicted);
        for (TaskEvaluator evaluator : EVALUATORS) evaluator.score(gold, predicted, entities, tally);
    }
}
