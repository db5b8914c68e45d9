package org.annalist.store.query;

import java.util.List;
import java.util.Objects;

/**
 * An entity of the chronicle: its key across the collection (document-scoped, {@code DOCUMENT_ID:KEY},
 * when the store was not resolved), name, type (PERSON, ORG, GPE, LOC, FAC, MISC), mentions and
 * the names of the documents that mention it.
 */
public record EntitySummary(String key, String name, String type, int mentions, List<String> documents) {
    public EntitySummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        documents = List.copyOf(documents);
    }
}
