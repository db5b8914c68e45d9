package org.annalist.store.query;

import java.util.Objects;

/**
 * Where a row comes from: the stored document (its id in the store and its name) and the span
 * {@code [start, end)} in its text. No file path: a server shows these to its clients.
 */
public record SourceRef(long documentId, String document, int start, int end) {
    public SourceRef {
        Objects.requireNonNull(document, "document");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span start=" + start + ", end=" + end + " in " + document);
        }
    }
}
