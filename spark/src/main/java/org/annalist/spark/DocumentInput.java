package org.annalist.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input of the job: a file's name (its format comes from it), its store key (an
 * absolute path, or the name for a document from a Parquet row) and its bytes.
 */
record DocumentInput(String name, String path, byte[] bytes, boolean file) implements Serializable {
    DocumentInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
    }
}
