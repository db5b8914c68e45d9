package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.annalist.annotate.Pipeline;
import org.annalist.annotate.quote.SpeakerRanker;
import org.annalist.eval.corpora.GoldSets;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldJson;
import org.annalist.eval.train.SpeakerTraining;
import org.annalist.model.SourceDocument;
import org.annalist.pipeline.StandardPipeline;
import org.annalist.read.ReadException;
import org.annalist.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist train}: rebuilds a learned model from a gold set. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuilds a learned model from annotated gold.",
        subcommands = TrainCommand.Quotes.class)
public final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code annalist train quotes}: the speaker ranker behind the quotation sieve. */
    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Trains the quote speaker ranker on a gold set's attributed quotations and writes its "
                    + "weights (the format of the shipped speaker-ranker.tsv).",
                    "First it cross-validates, folds by document, and prints the sieve's and the ranker's "
                            + "attribution accuracy, speaker B3 and quotes.speaker F1 on documents each fold's model "
                            + "did not see. Use the weights with -Dannalist.speaker-ranker=FILE in ANNALIST_JAVA_OPTS."})
    static final class Quotes implements Callable<Integer> {

        @Option(names = "--gold", required = true, paramLabel = "DIR",
                description = "Gold with attributed quotations: a LitBank folder, or a folder of annalist-gold/1 JSON.")
        Path gold;

        @Option(names = "--texts", paramLabel = "DIR",
                description = "The gold documents' sources, named as the gold names them (default: a LitBank folder's "
                        + "coref/, else the gold folder itself).")
        Path texts;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = "speaker-ranker.tsv",
                description = "Where to write the weights (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--folds", paramLabel = "N", defaultValue = "5",
                description = "Cross-validation folds by document; 0 skips cross-validation (default: ${DEFAULT-VALUE}).")
        int folds;

        @Option(names = "--predictions", paramLabel = "DIR",
                description = "Also write the cross-validated predictions, one annalist-gold/1 JSON a document, "
                        + "for annalist eval.")
        Path predictions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter stdout = spec.commandLine().getOut();
            if (folds == 1 || folds < 0) throw new IllegalArgumentException("--folds must be 0 or at least 2, got " + folds);
            Map<String, GoldDocument> goldDocs = GoldSets.load(gold);
            if (goldDocs.values().stream().noneMatch(SpeakerTraining::hasSpeakers)) {
                err.println("annalist: no quotation with a speaker in " + gold);
                return Main.FAILED;
            }
            Path sources = texts != null ? texts
                    : GoldSets.kindOf(gold) == GoldSets.Kind.LITBANK && Files.isDirectory(gold.resolve("coref")) ? gold.resolve("coref")
                    : gold;
            List<SpeakerTraining.Document> docs = annotate(sources, goldDocs, err);
            if (docs.isEmpty()) {
                err.println("annalist: no source in " + sources + " is named as a gold document of " + gold);
                return Main.FAILED;
            }
            List<String> comments = new ArrayList<>();
            comments.add("trained " + LocalDate.now() + " by annalist train quotes on " + docs.size() + " documents of "
                    + gold.getFileName() + " (" + SpeakerTraining.examples(docs).size() + " attributed quotes found); "
                    + "logistic regression (Smile), L2 " + SpeakerTraining.LAMBDA);
            if (folds > 0) {
                SpeakerTraining.CrossValidated cv = SpeakerTraining.crossValidate(docs, Math.min(folds, docs.size()));
                String sieve = "cross-validated (" + cv.folds() + " folds by document): sieve alone " + cv.sieve().toLine();
                String ranker = "cross-validated (" + cv.folds() + " folds by document): sieve + ranker " + cv.ranker().toLine();
                stdout.println(sieve);
                stdout.println(ranker);
                comments.add(sieve);
                comments.add(ranker);
                if (predictions != null) {
                    Files.createDirectories(predictions);
                    for (GoldDocument p : cv.ranker().predictions().values()) {
                        GoldJson.write(p, predictions.resolve(ExtractCommand.baseName(p.document()) + ".json"));
                    }
                }
            }
            SpeakerRanker ranker = SpeakerTraining.fit(SpeakerTraining.examples(docs), comments);
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                ranker.write(w);
            }
            stdout.println("weights written to " + out);
            stdout.flush();
            return Main.OK;
        }

        /** The sources the gold names (each file named as its document, in {@code sources}), annotated up to entities. */
        private static List<SpeakerTraining.Document> annotate(Path sources, Map<String, GoldDocument> goldDocs,
                                                               PrintWriter err) {
            Readers readers = Readers.standard();
            Pipeline pipeline = StandardPipeline.only(Set.of("tokens", "names", "entities"), StandardPipeline.Options.DEFAULT);
            List<String> names = goldDocs.entrySet().stream().filter(e -> SpeakerTraining.hasSpeakers(e.getValue()))
                    .map(Map.Entry::getKey).sorted().toList();
            List<SpeakerTraining.Document> docs = new ArrayList<>();
            try (ProgressBar bar = Progress.bar("annotate", names.size())) {
                for (String name : names) {
                    Path file = sources.resolve(name);
                    try {
                        if (!Files.isRegularFile(file)) {
                            err.println("annalist: no source " + file + " for gold document " + name);
                        } else {
                            SourceDocument document = readers.read(file);
                            docs.add(new SpeakerTraining.Document(name, pipeline.run(document), goldDocs.get(name)));
                        }
                    } catch (ReadException e) {
                        err.println("annalist: " + e.getMessage());
                    }
                    if (bar != null) bar.step();
                }
            }
            return docs;
        }
    }
}
