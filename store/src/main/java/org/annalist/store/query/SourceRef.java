package org.annalist.store.query;

import java.util.Objects;

/** Where a row comes from: the document's name and path and the span {@code [start, end)} in its text. */
public record SourceRef(String document, String path, int start, int end) {
    public SourceRef {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(path, "path");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span start=" + start + ", end=" + end + " in " + document);
        }
    }
}
