package org.annalist.export;

import java.util.Objects;

/** One file of an export: its name (relative to the output folder) and its whole content. */
public record ExportFile(String name, String content) {
    public ExportFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        if (name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("export file name must be a plain file name; got '" + name + "'");
        }
    }
}
