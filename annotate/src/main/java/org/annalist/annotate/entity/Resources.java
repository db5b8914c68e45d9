package org.annalist.annotate.entity;

import java.util.List;
import org.annalist.annotate.Lexicons;

/** Reads the word lists of this package: one entry a line, {@code #} starts a comment line. */
final class Resources {

    private Resources() {
    }

    /** {@return the non-blank, non-comment lines of resource {@code name}, trimmed}; fails when missing */
    static List<String> lines(String name) {
        return Lexicons.lines(Resources.class, name);
    }

    /** {@return the rows of the tab-separated resource {@code name}}, its columns stripped; an error names file and line */
    static List<String[]> table(String name, String... columns) {
        return Lexicons.table(Resources.class, name, cols -> cols, columns);
    }
}
