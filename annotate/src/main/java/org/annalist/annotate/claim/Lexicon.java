package org.annalist.annotate.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists of this package: one entry a line, {@code #} starts a comment line. */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * {@return the non-blank, non-comment lines of resource {@code name} (relative to this
     * package, or absolute from {@code /}), trimmed}; fails when missing
     */
    static List<String> lines(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("resource " + name + " not found next to " + Lexicon.class.getName());
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading resource " + name, e);
        }
        return out;
    }
}
