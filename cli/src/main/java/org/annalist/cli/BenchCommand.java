package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.annalist.annotate.Pipeline;
import org.annalist.cli.bench.Benchmark;
import org.annalist.cli.bench.BenchmarkReport;
import org.annalist.corenlp.CoreNlpModels;
import org.annalist.model.SourceDocument;
import org.annalist.pipeline.StandardPipeline;
import org.annalist.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annalist bench}: a whole-process benchmark of the pipeline, stage by stage. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline over the given files and reports, per stage and end to end, time, "
                + "tokens/s, share and peak heap; model loading is reported apart.",
                "Run it alone on a quiet machine; the launcher's heap is -Xmx6g (ANNALIST_JAVA_OPTS)."})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Sources to run (any readable format).")
    List<Path> files;

    @Option(names = "--stages", split = ",", paramLabel = "NAME",
            description = "Run only these stages (comma-separated), e.g. tokens,names or time. Default: all.")
    List<String> stages;

    @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured runs first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "1", description = "Measured runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Readers readers = Readers.standard();
        List<SourceDocument> documents = new ArrayList<>();
        for (Path f : files) documents.add(readers.read(f));

        long t0 = System.nanoTime();
        CoreNlpModels.shared();
        Pipeline pipeline = stages == null
                ? StandardPipeline.create(StandardPipeline.Options.DEFAULT)
                : StandardPipeline.only(new LinkedHashSet<>(stages), StandardPipeline.Options.DEFAULT);
        // the parser loads in the background once a parse stage is made: wait for it here, so
        // that no run pays for it
        if (pipeline.stages().stream().anyMatch(s -> s.name().equals("parse"))) CoreNlpModels.shared().loadParser();
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        BenchmarkReport report = Benchmark.run(pipeline, documents, warmup, runs, loadMillis);

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            out.print(report.toTable());
        }
        out.flush();
        return Main.OK;
    }
}
