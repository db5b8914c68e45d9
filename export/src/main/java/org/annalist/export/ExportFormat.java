package org.annalist.export;

import java.util.Arrays;
import java.util.Locale;

/** The formats a chronicle exports to, by their command-line names. */
public enum ExportFormat {
    TIMELINEJS, GEXF, PALLADIO, WEBANNO, CMIF, TEI, JSON;

    /** {@return the command-line name} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return the format named {@code id}}; fails with the known names */
    public static ExportFormat of(String id) {
        for (ExportFormat f : values()) {
            if (f.id().equals(id.strip().toLowerCase(Locale.ROOT))) return f;
        }
        throw new IllegalArgumentException("unknown export format '" + id + "'; formats: "
                + Arrays.stream(values()).map(ExportFormat::id).toList());
    }
}
