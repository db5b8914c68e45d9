package org.annalist.store.query;

import java.util.Objects;

/** A sender or recipient: its collection key (else its document entity key), name and type. */
public record Party(String key, String name, String type) {
    public Party {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
