package org.annalist.export;

import java.util.Objects;

/**
 * A party of a communication: the entity's key across the collection (or, when the store was
 * not resolved, its document-scoped key), its name and type.
 */
public record Party(String key, String name, String type) {
    public Party {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
