package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import me.tongfei.progressbar.ProgressBar;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.eval.gold.GoldDocuments;
import org.annalist.eval.gold.GoldJson;
import org.annalist.eval.timeml.TimeMlWriter;
import org.annalist.model.SourceDocument;
import org.annalist.pipeline.StandardPipeline;
import org.annalist.read.ReadException;
import org.annalist.read.Readers;
import org.annalist.read.SourceFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annalist extract}: read sources, run the pipeline, write what was found. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads sources (txt, md, html, epub, pdf, tei, tml; files or folders) and writes what the "
                + "pipeline finds in each.",
                "Exit 0 when at least one source was processed, 1 when none could be, 2 on bad usage."})
public final class ExtractCommand implements Callable<Integer> {

    enum Format { text, gold_json, timeml }

    /** A source larger than this is annotated alone: a book's layers take a good part of the heap. */
    static final long LARGE_SOURCE_BYTES = 512 * 1024;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Source files or folders.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text (readable summary, default), gold-json (annalist-gold/1, one file per source) "
                    + "or timeml (TimeML with TIMEX3 tags, TempEval-3's shape).")
    Format format = Format.text;

    @Option(names = "--json", description = "Same as --format gold-json.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write DIR/<source name without extension>.json (or .txt, .tml) and print, per source, its "
                    + "note calls found, linked and unlinked; default: the output on standard output.")
    Path out;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Creation date of the documents (news), for 'today' or 'last week'; a document "
                    + "stating its own (a TimeML DCT) uses that instead.")
    LocalDate referenceDate;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "2",
            description = "Sources annotated at once (default ${DEFAULT-VALUE}); a file over 512 KB runs alone. "
                    + "Each stage already spreads one text over all cores: more jobs help on many short texts.")
    int jobs;

    @Option(names = "--stacktrace", description = "Show stack traces of errors.")
    boolean stacktrace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Format chosen = json ? Format.gold_json : format;
        if (jobs < 1) {
            err.println("annalist: --jobs must be at least 1; got " + jobs);
            return Main.USAGE;
        }
        Readers readers = Readers.standard();
        SourceFinder.Found found = new SourceFinder().find(inputs);
        found.problems().forEach(p -> err.println("annalist: " + p));
        if (found.sources().isEmpty()) {
            err.println("annalist: no readable sources in " + inputs);
            return Main.FAILED;
        }
        if (out != null) Files.createDirectories(out);
        StandardPipeline.Options options = new StandardPipeline.Options(Optional.ofNullable(referenceDate));
        // one light pipeline per worker thread over the process's shared models, as the Spark job does
        ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(() -> StandardPipeline.create(options));
        ExecutorService workers = Executors.newFixedThreadPool(jobs, daemonThreads());
        int done = 0;
        try (ProgressBar bar = Progress.bar("extract", found.sources().size())) {
            // sources in flight, in their order: results are written in the order given, and a
            // large file runs alone, so that no more than one book's layers are in memory at once
            Deque<Future<Extracted>> inFlight = new ArrayDeque<>();
            for (Path source : found.sources()) {
                boolean large = size(source) > LARGE_SOURCE_BYTES;
                while (!inFlight.isEmpty() && (large || inFlight.size() >= jobs)) {
                    done += report(inFlight.poll(), chosen, stdout, err, bar);
                }
                inFlight.add(workers.submit(() -> extract(source, readers, pipelines.get())));
                if (large) done += report(inFlight.poll(), chosen, stdout, err, bar);
            }
            while (!inFlight.isEmpty()) done += report(inFlight.poll(), chosen, stdout, err, bar);
        } finally {
            workers.shutdownNow();
        }
        err.flush();
        stdout.flush();
        return done > 0 ? Main.OK : Main.FAILED;
    }

    /** What one source gave: its annotated documents and the lines to tell the user, in order. */
    private record Extracted(Path source, List<AnnotatedText> documents, List<String> messages) {
    }

    /** Reads and annotates every document of {@code source}; a failure is a message, never an exception. */
    private Extracted extract(Path source, Readers readers, Pipeline pipeline) {
        List<AnnotatedText> documents = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        try {
            for (SourceDocument document : readers.readAll(source)) {
                document.warnings().forEach(w -> messages.add("annalist: warning: " + w));
                documents.add(pipeline.run(document));
            }
        } catch (ReadException e) {
            messages.add("annalist: " + e.getMessage());
        } catch (RuntimeException e) {
            if (stacktrace) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                messages.add(trace.toString().stripTrailing());
            }
            messages.add("annalist: " + source + ": " + Main.oneLine(e));
        }
        return new Extracted(source, documents, messages);
    }

    /** Writes one source's results; {@return how many of its documents were written} */
    private int report(Future<Extracted> pending, Format chosen, PrintWriter stdout, PrintWriter err, ProgressBar bar)
            throws IOException {
        Extracted x;
        try {
            x = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        x.messages().forEach(err::println);
        int written = 0;
        for (AnnotatedText result : x.documents()) {
            try {
                write(chosen, result, stdout);
            } catch (RuntimeException e) {
                if (stacktrace) e.printStackTrace(err);
                err.println("annalist: " + x.source() + ": " + Main.oneLine(e));
                continue;
            }
            if (out != null) {
                // the reports go to files: standard output tells what each book's apparatus came to
                stdout.println(result.source().name() + ": " + Summary.notesLine(result.structure()));
            }
            written++;
        }
        if (bar != null) bar.step();
        return written;
    }

    private static long size(Path source) {
        try {
            return Files.size(source);
        } catch (IOException e) {
            return 0; // unreadable: its reader says so
        }
    }

    private static ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "annalist-extract");
            t.setDaemon(true);
            return t;
        };
    }

    private void write(Format chosen, AnnotatedText result, PrintWriter stdout) throws IOException {
        String base = baseName(result.source().name());
        switch (chosen) {
            case gold_json -> {
                var doc = GoldDocuments.from(result);
                if (out == null) {
                    stdout.println(GoldJson.toJson(doc));
                } else {
                    GoldJson.write(doc, out.resolve(base + ".json"));
                }
            }
            case timeml -> {
                String tml = TimeMlWriter.write(result, base, Optional.ofNullable(referenceDate));
                if (out == null) {
                    stdout.print(tml);
                } else {
                    Files.writeString(out.resolve(base + ".tml"), tml, StandardCharsets.UTF_8);
                }
            }
            case text -> {
                String summary = Summary.of(result);
                if (out == null) {
                    stdout.print(summary);
                } else {
                    Files.writeString(out.resolve(base + ".txt"), summary);
                }
            }
        }
    }

    /** {@return the file name without its last extension}: {@code a.b.txt} → {@code a.b} */
    static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value) {
                case "text" -> Format.text;
                case "gold-json", "json" -> Format.gold_json;
                case "timeml", "tml" -> Format.timeml;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "unknown format '" + value + "' (text, gold-json, timeml)");
            };
        }
    }
}
