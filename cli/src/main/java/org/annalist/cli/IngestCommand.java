package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.annalist.pipeline.Ingest;
import org.annalist.pipeline.StandardPipeline;
import org.annalist.pipeline.Tally;
import org.annalist.read.SourceFinder;
import org.annalist.store.Store;
import org.annalist.store.StoreException;
import org.annalist.store.resolve.Curation;
import org.annalist.store.resolve.ResolveReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annalist ingest}: annotate sources into a store. Each document is written in one
 * transaction; unchanged files (same SHA-256) are skipped without annotating, so a re-run
 * after a failure or a kill resumes where it stopped. Entities are then merged across
 * documents, with the curation file applied.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Annotates sources (files or folders) into a store, an SQLite file any SQLite tool opens "
                + "(schema: docs/schema.md).",
                "Unchanged files are skipped, changed ones replaced; one transaction per document.",
                "Exit 0 when at least one source is stored (others may be reported), 1 when none is, 2 on bad usage."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Source files or folders.")
    List<Path> inputs;

    @Mixin
    StoreOption storeOption;

    @Mixin
    CurationOption curation;

    @Option(names = "--force", description = "Annotate and replace documents even when unchanged.")
    boolean force;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Creation date of the documents (news), for 'today' or 'last week'.")
    LocalDate referenceDate;

    @Option(names = "--stacktrace", description = "Show stack traces of errors.")
    boolean stacktrace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Curation cur = curation.read(storeOption.db);
        SourceFinder.Found found = new SourceFinder().find(inputs);
        found.problems().forEach(p -> err.println("annalist: " + p));
        if (found.sources().isEmpty()) {
            err.println("annalist: no readable sources in " + inputs);
            return Main.FAILED;
        }
        long t0 = System.nanoTime();
        Tally tally;
        ResolveReport resolved;
        double storeSeconds;
        try (Store store = Store.open(storeOption.db);
             ProgressBar bar = Progress.bar("ingest", found.sources().size())) {
            Ingest ingest = new Ingest(store, new StandardPipeline.Options(Optional.ofNullable(referenceDate)), force);
            tally = ingest.run(found.sources(), new Ingest.Listener() {
                @Override
                public void reading(Path source) {
                    if (bar != null) bar.setExtraMessage(source.getFileName().toString());
                }

                @Override
                public void done(Path source) {
                    if (bar != null) bar.step();
                }

                @Override
                public void warned(String line) {
                    err.println("annalist: warning: " + line);
                }

                @Override
                public void failed(String line, Exception cause) {
                    if (stacktrace) cause.printStackTrace(err);
                    err.println("annalist: " + line);
                }
            });
            tally.failed(found.problems().size());
            long r0 = System.nanoTime();
            resolved = store.resolve(cur);
            storeSeconds = ingest.storeSeconds() + (System.nanoTime() - r0) / 1e9;
        } catch (StoreException e) {
            if (stacktrace) e.printStackTrace(err);
            err.println("annalist: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
        resolved.warnings().forEach(w -> err.println("annalist: " + w));
        out.println(String.format(Locale.ROOT, "%s: %s; %s; %.1f s (%.1f s writing and resolving)",
                Store.describe(storeOption.db), tally, entities(resolved),
                (System.nanoTime() - t0) / 1e9, storeSeconds));
        out.flush();
        err.flush();
        return tally.anyStored() ? Main.OK : Main.FAILED;
    }

    /** {@return "N entities (M in more than one document) from D document entities"} */
    static String entities(ResolveReport resolved) {
        return resolved.collectionEntities() + " entities (" + resolved.crossDocument() + " in more than one document) from "
                + resolved.documentEntities() + " document entities";
    }
}
