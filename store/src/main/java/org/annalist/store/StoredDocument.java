package org.annalist.store;

import java.util.Objects;

/** A document row: what was stored, from where, and when. */
public record StoredDocument(long id, String name, String path, String contentHash, String format, int chars,
                             String layers, String ingestedAt) {
    public StoredDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }
}
