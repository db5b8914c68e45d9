package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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

    @Option(names = "--stacktrace", description = "Show stack traces of errors.")
    boolean stacktrace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Format chosen = json ? Format.gold_json : format;
        Readers readers = Readers.standard();
        SourceFinder.Found found = new SourceFinder().find(inputs);
        found.problems().forEach(p -> err.println("annalist: " + p));
        if (found.sources().isEmpty()) {
            err.println("annalist: no readable sources in " + inputs);
            return Main.FAILED;
        }
        if (out != null) Files.createDirectories(out);
        Pipeline pipeline = StandardPipeline.create(new StandardPipeline.Options(Optional.ofNullable(referenceDate)));
        int done = 0;
        try (ProgressBar bar = Progress.bar("extract", found.sources().size())) {
            for (Path source : found.sources()) {
                try {
                    for (SourceDocument document : readers.readAll(source)) {
                        document.warnings().forEach(w -> err.println("annalist: warning: " + w));
                        AnnotatedText result = pipeline.run(document);
                        write(chosen, result, stdout);
                        if (out != null) {
                            // the reports go to files: standard output tells what each book's apparatus came to
                            stdout.println(result.source().name() + ": " + Summary.notesLine(result.structure()));
                        }
                        done++;
                    }
                } catch (ReadException e) {
                    err.println("annalist: " + e.getMessage());
                } catch (RuntimeException e) {
                    if (stacktrace) e.printStackTrace(err);
                    err.println("annalist: " + source + ": " + Main.oneLine(e));
                }
                if (bar != null) bar.step();
            }
        }
        err.flush();
        stdout.flush();
        return done > 0 ? Main.OK : Main.FAILED;
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
