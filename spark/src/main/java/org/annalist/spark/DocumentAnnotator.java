package org.annalist.spark;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.pipeline.StandardPipeline;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.read.ReadException;
import org.annalist.read.Readers;
import org.annalist.store.DocumentRows;
import org.annalist.store.DocumentSource;

/**
 * Turns one input into store rows on an executor: read (a HIPE TSV gives many documents),
 * annotate with the standard pipeline, then {@link DocumentRows#of}. The CoreNLP models load
 * once per JVM ({@code CoreNlpModels.shared()}); each task thread builds its own light stages
 * over them, the first time it needs them.
 */
final class DocumentAnnotator {

    /** What one input gave: the rows of each document read, and the documents that failed. */
    record Outcome(List<DocumentRows> documents, List<Failure> failures) {
    }

    /** A document, or a whole file, that gave no rows, and why. */
    record Failure(String name, String error) {
    }

    private static final ConcurrentHashMap<Optional<LocalDate>, ThreadLocal<Pipeline>> PIPELINES = new ConcurrentHashMap<>();

    private final Function<SourceDocument, AnnotatedText> annotate;
    private final Instant ingestedAt;

    DocumentAnnotator(Function<SourceDocument, AnnotatedText> annotate, Instant ingestedAt) {
        this.annotate = annotate;
        this.ingestedAt = ingestedAt;
    }

    /** {@return an annotator with this thread's standard pipeline} */
    static DocumentAnnotator standard(Optional<LocalDate> referenceDate, Instant ingestedAt) {
        ThreadLocal<Pipeline> local = PIPELINES.computeIfAbsent(referenceDate, d -> ThreadLocal.withInitial(
                () -> StandardPipeline.create(new StandardPipeline.Options(d))));
        return new DocumentAnnotator(document -> local.get().run(document), ingestedAt);
    }

    Outcome annotate(DocumentInput input) {
        List<DocumentRows> rows = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        DocumentSource file = new DocumentSource(input.name(), input.path(), DocumentSource.hash(input.bytes()));
        List<SourceDocument> documents;
        boolean many;
        try {
            many = Readers.detect(input.name(), input.bytes()) == SourceFormat.HIPE;
            documents = Readers.standard().readAll(input.name(), input.bytes());
        } catch (ReadException | RuntimeException e) {
            failures.add(new Failure(input.path(), message(e)));
            return new Outcome(rows, failures);
        }
        for (SourceDocument document : documents) {
            DocumentSource source = many ? file.part(document.text().name()) : file;
            try {
                rows.add(DocumentRows.of(idOf(source.path()), source, annotate.apply(document), ingestedAt));
            } catch (RuntimeException e) {
                failures.add(new Failure(source.path(), message(e)));
            }
        }
        return new Outcome(rows, failures);
    }

    /** {@return a document id unique across the job}: 63 bits of the SHA-256 of the store key */
    static long idOf(String path) {
        String hex = DocumentSource.hash(path.getBytes(StandardCharsets.UTF_8)).substring("sha256:".length());
        return Long.parseUnsignedLong(hex.substring(0, 16), 16) & Long.MAX_VALUE;
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + ": " + (m == null ? "" : m.lines().findFirst().orElse(""));
    }
}
