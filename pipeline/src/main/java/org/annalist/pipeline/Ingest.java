package org.annalist.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.read.ReadException;
import org.annalist.read.Readers;
import org.annalist.store.DocumentSource;
import org.annalist.store.Store;
import org.annalist.store.StoreException;
import org.annalist.store.StoredDocument;

/**
 * Sources read, annotated with the standard pipeline and stored, one transaction per document:
 * unchanged files (same SHA-256) are skipped without annotating, so a re-run after a failure or
 * a kill resumes where it stopped; a HIPE TSV's articles are stored one document each
 * ({@code file.tsv#document_id}) and articles the file no longer holds are removed. A source
 * that cannot be read or annotated is reported and the others go on; a store that cannot be
 * written stops the run. Resolving entities across documents is the caller's next step
 * ({@link Store#resolve}).
 */
public final class Ingest {

    /** Hears of each source as it goes, and of each one that failed. */
    public interface Listener {
        /** {@code source} is next. */
        default void reading(Path source) {
        }

        /** {@code source} is done, stored or not. */
        default void done(Path source) {
        }

        /** A source was read, but mended: {@code line} names it and says how, on one line. */
        default void warned(String line) {
        }

        /** A file, or a document of one, gave nothing: {@code line} names it and says why, on one line. */
        void failed(String line, Exception cause);
    }

    private final Store store;
    private final StandardPipeline.Options options;
    private final boolean force;
    private final Readers readers = Readers.standard();
    private Pipeline pipeline;
    private long storeNanos;

    /** An ingest into {@code store}; with {@code force}, unchanged documents are annotated and replaced too. */
    public Ingest(Store store, StandardPipeline.Options options, boolean force) {
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
        this.force = force;
    }

    /** {@return what happened to {@code sources}}, each stored in its own transaction */
    public Tally run(List<Path> sources, Listener listener) {
        Tally tally = new Tally();
        for (Path source : sources) {
            listener.reading(source);
            try {
                DocumentSource ds = DocumentSource.of(source);
                boolean many = Readers.formatOf(source.getFileName().toString())
                        .filter(f -> f == SourceFormat.HIPE).isPresent();
                if (many) {
                    each(ds, readers.readAll(source), tally, listener);
                } else if (!force && store.isCurrent(ds)) {
                    tally.countUnchanged();
                } else {
                    SourceDocument document = readers.read(source);
                    document.warnings().forEach(listener::warned);
                    tally.count(put(ds, document));
                }
            } catch (ReadException e) {
                tally.failed(1);
                listener.failed(oneLine(e), e);
            } catch (IOException e) {
                tally.failed(1);
                listener.failed(source + ": cannot read: " + oneLine(e), e);
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                tally.failed(1);
                listener.failed(source + ": " + oneLine(e), e);
            }
            listener.done(source);
        }
        return tally;
    }

    /** {@return the seconds spent writing to the store so far} */
    public double storeSeconds() {
        return storeNanos / 1e9;
    }

    /**
     * Stores each document of a file that holds many (a HIPE TSV), keyed by file and document
     * id; a document that failed is reported and the others go on; documents the file no longer
     * holds are removed.
     */
    private void each(DocumentSource file, List<SourceDocument> documents, Tally tally, Listener listener) {
        Set<String> held = new HashSet<>();
        for (SourceDocument document : documents) {
            DocumentSource part = file.part(document.text().name());
            held.add(part.path());
            if (!force && store.isCurrent(part)) {
                tally.countUnchanged();
                continue;
            }
            try {
                tally.count(put(part, document));
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                tally.failed(1);
                listener.failed(part.path() + ": " + oneLine(e), e);
            }
        }
        for (StoredDocument stored : store.documents()) {
            if (DocumentSource.isPartOf(stored.path(), file.path()) && !held.contains(stored.path())) {
                store.remove(stored.path());
            }
        }
    }

    /** Annotates with one pipeline, built on first need (models load once per process), and stores. */
    private Store.Outcome put(DocumentSource source, SourceDocument document) {
        if (pipeline == null) pipeline = StandardPipeline.create(options);
        AnnotatedText result = pipeline.run(document);
        long w0 = System.nanoTime();
        Store.Outcome outcome = store.put(source, result);
        storeNanos += System.nanoTime() - w0;
        return outcome;
    }

    /** {@return the first line of the exception's message, else its class name} */
    static String oneLine(Exception e) {
        String m = e.getMessage();
        return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).lines().findFirst().orElse("");
    }
}
