package org.annalist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.eval.gold.GoldDocuments;
import org.annalist.eval.gold.GoldJson;
import org.annalist.model.SourceDocument;
import org.annalist.pipeline.StandardPipeline;
import org.annalist.read.ReadException;
import org.annalist.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annalist demo}: the whole pipeline on a short sample the project ships. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline on a short embedded sample (an invented chronicle with dates, "
                + "quotations, a transcript, endnote calls and a notes section) and prints what it found."})
public final class DemoCommand implements Callable<Integer> {

    static final String SAMPLE_NAME = "eastmere-strike.txt";

    @Option(names = "--json", description = "Print the annalist-gold/1 JSON instead of the summary.")
    boolean json;

    @Option(names = "--show-text", description = "Print the sample text first.")
    boolean showText;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ReadException {
        PrintWriter out = spec.commandLine().getOut();
        String text = sample();
        if (showText) out.println(text);
        long t0 = System.nanoTime();
        Pipeline pipeline = StandardPipeline.create(StandardPipeline.Options.DEFAULT);
        SourceDocument document = Readers.standard().read(SAMPLE_NAME, text.getBytes(StandardCharsets.UTF_8));
        AnnotatedText result = pipeline.run(document);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (json) {
            out.println(GoldJson.toJson(GoldDocuments.from(result)));
        } else {
            out.print(Summary.of(result));
            out.printf("(pipeline built and run in %,d ms, most of it loading models once)%n", ms);
            out.println("Next: ./annalist extract --format gold-json --out OUT ../shared/corpus/seeds");
        }
        out.flush();
        return Main.OK;
    }

    static String sample() {
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + SAMPLE_NAME)) {
            if (in == null) throw new IllegalStateException("demo sample missing from the jar: " + SAMPLE_NAME);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
