package org.annalist.export;

import java.util.List;
import java.util.Objects;

/**
 * An entity of the chronicle: its key across the collection (document-scoped when the store was
 * not resolved), name, type (PERSON, ORG, GPE, LOC, FAC, MISC), mention count and documents.
 */
public record EntityRow(String key, String name, String type, int mentions, List<String> documents) {
    public EntityRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        documents = List.copyOf(documents);
    }
}
