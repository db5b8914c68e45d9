package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.pipeline.StandardPipeline;
import org.annalist.read.ReadException;
import org.annalist.read.Readers;
import org.annalist.read.SourceFinder;
import org.annalist.store.DocumentSource;
import org.annalist.store.Store;
import org.annalist.store.StoreException;
import org.annalist.store.StoredDocument;
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
        long storeNanos;
        Readers readers = Readers.standard();
        Tally tally = new Tally();
        tally.failed = found.problems().size();
        ResolveReport resolved;
        try (Store store = Store.open(storeOption.db)) {
            Annotator annotator = new Annotator(store);
            try (ProgressBar bar = Progress.bar("ingest", found.sources().size())) {
                for (Path source : found.sources()) {
                    if (bar != null) bar.setExtraMessage(source.getFileName().toString());
                    try {
                        DocumentSource ds = DocumentSource.of(source);
                        boolean many = Readers.formatOf(source.getFileName().toString())
                                .filter(f -> f == SourceFormat.HIPE).isPresent();
                        if (many) {
                            ingestEach(store, annotator, ds, readers.readAll(source), tally, err);
                        } else if (!force && store.isCurrent(ds)) {
                            tally.unchanged++;
                        } else {
                            tally.count(annotator.put(ds, readers.read(source)));
                        }
                    } catch (ReadException e) {
                        tally.failed++;
                        err.println("annalist: " + e.getMessage());
                    } catch (IOException e) {
                        tally.failed++;
                        err.println("annalist: " + source + ": cannot read: " + Main.oneLine(e));
                    } catch (StoreException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        tally.failed++;
                        if (stacktrace) e.printStackTrace(err);
                        err.println("annalist: " + source + ": " + Main.oneLine(e));
                    }
                    if (bar != null) bar.step();
                }
            }
            long r0 = System.nanoTime();
            resolved = store.resolve(cur);
            annotator.storeNanos += System.nanoTime() - r0;
            storeNanos = annotator.storeNanos;
        } catch (StoreException e) {
            if (stacktrace) e.printStackTrace(err);
            err.println("annalist: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
        resolved.warnings().forEach(w -> err.println("annalist: " + w));
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.println(String.format(Locale.ROOT,
                "%s: %d added, %d replaced, %d unchanged, %d failed; %d entities (%d in more than one document) "
                        + "from %d document entities; %.1f s (%.1f s writing and resolving)",
                Store.describe(storeOption.db), tally.added, tally.replaced, tally.unchanged, tally.failed, resolved.collectionEntities(), resolved.crossDocument(),
                resolved.documentEntities(), seconds, storeNanos / 1e9));
        out.flush();
        err.flush();
        return tally.added + tally.replaced + tally.unchanged > 0 ? Main.OK : Main.FAILED;
    }

    /**
     * Stores each document of a file that holds many (a HIPE TSV), keyed by file and
     * document id; a document that failed is reported and the others go on; documents the
     * file no longer holds are removed.
     */
    private void ingestEach(Store store, Annotator annotator, DocumentSource file, List<SourceDocument> documents,
                            Tally tally, PrintWriter err) {
        Set<String> held = new HashSet<>();
        for (SourceDocument document : documents) {
            DocumentSource part = file.part(document.text().name());
            held.add(part.path());
            if (!force && store.isCurrent(part)) {
                tally.unchanged++;
                continue;
            }
            try {
                tally.count(annotator.put(part, document));
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                tally.failed++;
                if (stacktrace) e.printStackTrace(err);
                err.println("annalist: " + part.path() + ": " + Main.oneLine(e));
            }
        }
        for (StoredDocument stored : store.documents()) {
            if (DocumentSource.isPartOf(stored.path(), file.path()) && !held.contains(stored.path())) {
                store.remove(stored.path());
            }
        }
    }

    /** Annotates documents with one pipeline, built on first need, and stores them. */
    private final class Annotator {
        private final Store store;
        private Pipeline pipeline;
        long storeNanos;

        Annotator(Store store) {
            this.store = store;
        }

        Store.Outcome put(DocumentSource source, SourceDocument document) {
            if (pipeline == null) {
                pipeline = StandardPipeline.create(new StandardPipeline.Options(Optional.ofNullable(referenceDate)));
            }
            AnnotatedText result = pipeline.run(document);
            long w0 = System.nanoTime();
            Store.Outcome outcome = store.put(source, result);
            storeNanos += System.nanoTime() - w0;
            return outcome;
        }
    }

    /** What happened to the documents of one run. */
    private static final class Tally {
        int added;
        int replaced;
        int unchanged;
        int failed;

        void count(Store.Outcome outcome) {
            if (outcome == Store.Outcome.ADDED) added++;
            else replaced++;
        }
    }
}
