package org.annalist.store.query;

import java.util.Objects;

/**
 * One party of the communication network: a collection entity (or, when a document entity is not
 * in the collection, the document entity's key) and how many of the listed messages it sent and received.
 */
public record NetworkNode(String key, String name, String type, int sent, int received) {
    public NetworkNode {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (sent < 0 || received < 0) {
            throw new IllegalArgumentException("counts must be non-negative; got sent=" + sent + ", received=" + received + " for " + key);
        }
    }
}
