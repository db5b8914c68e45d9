package org.annalist.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.annotate.Pipeline;
import org.annalist.annotate.Stage;
import org.annalist.corenlp.CoreNlpModels;
import org.annalist.corenlp.CoreNlpNames;
import org.annalist.corenlp.CoreNlpTokens;
import org.annalist.corenlp.NerModel;
import org.annalist.model.SourceDocument;

/**
 * Benchmarks the CoreNLP stages on Project Gutenberg plain-text books, in a process of its own.
 *
 * <pre>
 * java -Xmx4g -cp "$(cat cli/target/classpath.txt):cli/target/classes" org.annalist.cli.bench.BenchMain \
 *     [--ner ALL_3CLASS|CONLL_4CLASS] [--stages tokens|tokens,names] [--warmup N] [--runs N] [--json] FILE...
 * </pre>
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        NerModel ner = CoreNlpModels.DEFAULT_NER;
        boolean names = true;
        int warmup = 1;
        int runs = 1;
        boolean json = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ner" -> ner = NerModel.valueOf(args[++i]);
                case "--stages" -> names = args[++i].contains("names");
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--json" -> json = true;
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            files.add(Path.of(System.getProperty("annalist.shared", "../shared"),
                    "corpus/gutenberg/grant_personal_memoirs_pg4367.txt"));
        }
        List<SourceDocument> docs = new ArrayList<>();
        for (Path f : files) docs.add(GutenbergText.read(f));

        long t0 = System.nanoTime();
        CoreNlpModels models = CoreNlpModels.load(ner);
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;

        List<Stage<?>> stages = new ArrayList<>();
        stages.add(new CoreNlpTokens(models));
        if (names) stages.add(new CoreNlpNames(models));
        BenchmarkReport report = Benchmark.run(Pipeline.of(stages), docs, warmup, runs, loadMillis);

        System.out.println("NER model " + ner + "; load times " + models.loadTimes());
        System.out.print(report.toTable());
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        }
    }
}
