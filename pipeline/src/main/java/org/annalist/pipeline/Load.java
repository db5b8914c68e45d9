package org.annalist.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.store.DocumentRows;
import org.annalist.store.DocumentSource;
import org.annalist.store.Store;
import org.annalist.store.StoredDocument;

/**
 * Documents' rows (the Spark job's output, {@link ParquetTables}) put in a store with ingest's
 * rules: keyed by path, one transaction per document, a document with the same content hash left
 * as it is, and articles dropped from a HIPE file removed. Resolving entities is the caller's next step.
 */
public final class Load {

    private Load() {
    }

    /** {@return what happened to {@code documents} in {@code store}}; with {@code force}, unchanged ones are replaced too */
    public static Tally into(Store store, List<DocumentRows> documents, boolean force) {
        Tally tally = new Tally();
        Set<String> held = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (DocumentRows d : documents) {
            DocumentSource source = d.source();
            held.add(source.path());
            int hash = source.path().indexOf('#');
            if (hash > 0 && DocumentSource.isPartOf(source.path(), source.path().substring(0, hash))) {
                files.add(source.path().substring(0, hash));
            }
            if (!force && store.isCurrent(source)) tally.countUnchanged();
            else tally.count(store.put(d));
        }
        for (StoredDocument stored : store.documents()) {
            if (held.contains(stored.path())) continue;
            if (files.stream().anyMatch(f -> DocumentSource.isPartOf(stored.path(), f))) store.remove(stored.path());
        }
        return tally;
    }
}
