package org.annalist.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java referee against the Python one: both score the same directories and must print
 * the same table and the same JSON, byte for byte.
 */
class RefereeTest {

    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Path seeds() {
        return Path.of(System.getProperty("annalist.shared"), "gold", "seeds");
    }

    private static List<Path> seedGoldFiles() throws IOException {
        try (Stream<Path> s = Files.list(seeds())) {
            return s.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    /**
     * Scores with both referees, asserts they agree on the JSON (and, when asked, on the
     * printed table), and returns the Java report.
     */
    private static EvalReport bothAgree(Path gold, Path predicted, String label, boolean table) throws Exception {
        String pyJson = ScorePy.run(gold, predicted, true);
        EvalReport report = Referee.score(gold, predicted);
        assertThat(M.readTree(report.toJson())).as("numbers, %s", label).isEqualTo(M.readTree(pyJson));
        assertThat(report.toJson()).as("JSON text, %s", label).isEqualTo(pyJson);
        if (table) {
            assertThat(report.toTable()).as("table, %s", label).isEqualTo(ScorePy.run(gold, predicted, false));
        }
        return report;
    }

    private static void write(ObjectNode doc, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        M.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), doc);
    }

    /** Tasks where the report shows a partial score, neither 0 nor 1, on either side. */
    private static Set<Task> partial(EvalReport report) {
        Set<Task> out = EnumSet.noneOf(Task.class);
        for (EvalReport.Row r : report.rows()) {
            if (between(r.counts().truePredicted(), r.counts().predicted())
                    || between(r.counts().foundGold(), r.counts().gold())) {
                out.add(r.task());
            }
        }
        return out;
    }

    private static boolean between(int part, int whole) {
        return part > 0 && part < whole;
    }

    @Test
    void gold_against_itself_scores_as_score_py_scores_it_with_full_marks() throws Exception {
        EvalReport report = bothAgree(seeds(), seeds(), "gold vs gold", true);

        assertThat(report.goldDocuments()).isEqualTo(2);
        assertThat(report.missingPredictions()).isEmpty();
        for (EvalReport.Row r : report.rows()) {
            if (r.task() == Task.COMMUNICATIONS_DATE) {
                assertThat(r.recall()).isEqualTo(1.0);
            } else {
                assertThat(r.f1()).as(r.task().label()).isEqualTo(1.0);
            }
        }
        assertThat(report.row(Task.ENTITIES_LINKS_APART).gold()).isEqualTo(3848);
    }

    @Test
    void damaged_predictions_of_the_seed_gold_score_as_score_py_scores_them() throws Exception {
        Set<Task> exercised = EnumSet.noneOf(Task.class);
        boolean sawMissing = false;
        for (int seed = 1; seed <= 18; seed++) {
            Perturber damage = new Perturber(seed);
            Path goldDir = tmp.resolve("seed" + seed).resolve("gold");
            Path predDir = tmp.resolve("seed" + seed).resolve("pred");
            Files.createDirectories(predDir);
            List<Path> files = seedGoldFiles();
            for (int i = 0; i < files.size(); i++) {
                String name = files.get(i).getFileName().toString();
                ObjectNode gold = (ObjectNode) M.readTree(files.get(i).toFile());
                if (seed % 2 == 0) gold = damage.varyGold(gold);
                write(gold, goldDir.resolve(name));
                if (seed % 3 == 0 && i == 0) continue; // no prediction for this document
                ObjectNode pred = damage.predict(gold);
                if (seed % 5 == 0 && i == 1) pred.remove("document"); // paired by file name: no match
                write(pred, predDir.resolve(name.replace(".gold.json", ".json")));
            }

            EvalReport report = bothAgree(goldDir, predDir, "seed " + seed, seed % 3 == 0);

            exercised.addAll(partial(report));
            if (seed % 3 == 0) {
                assertThat(report.missingPredictions()).as("seed %d", seed).isNotEmpty();
                sawMissing = true;
            }
        }
        assertThat(sawMissing).isTrue();
        assertThat(exercised).as("tasks with partial scores").isEqualTo(EnumSet.allOf(Task.class));
    }

    @Test
    void crowded_random_documents_score_as_score_py_scores_them() throws Exception {
        Set<Task> exercised = EnumSet.noneOf(Task.class);
        for (int seed = 1; seed <= 15; seed++) {
            Random r = new Random(seed);
            Perturber damage = new Perturber(1000 + seed);
            Path goldDir = tmp.resolve("crowd" + seed).resolve("gold");
            Path predDir = tmp.resolve("crowd" + seed).resolve("pred");
            Files.createDirectories(predDir);
            for (int i = 0; i < 8; i++) {
                String name = "doc" + i + ".txt";
                ObjectNode gold = SyntheticGold.document(r, name);
                write(gold, goldDir.resolve("doc" + i + ".gold.json"));
                ObjectNode pred = r.nextInt(3) == 0 ? SyntheticGold.document(r, name) : damage.predict(gold);
                write(pred, predDir.resolve("doc" + i + ".json"));
            }

            exercised.addAll(partial(bothAgree(goldDir, predDir, "crowd " + seed, seed == 1)));
        }
        assertThat(exercised).as("tasks with partial scores").isEqualTo(EnumSet.allOf(Task.class));
    }
}
