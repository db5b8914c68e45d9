package org.annalist.annotate.claim;

import java.util.List;
import org.annalist.annotate.Lexicons;

/** Reads the word lists of this package: one entry a line, {@code #} starts a comment line. */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * {@return the non-blank, non-comment lines of resource {@code name} (relative to this
     * package, or absolute from {@code /}), trimmed}; fails when missing
     */
    static List<String> lines(String name) {
        return Lexicons.lines(Lexicon.class, name);
    }
}
