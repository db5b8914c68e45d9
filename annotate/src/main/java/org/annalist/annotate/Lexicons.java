package org.annalist.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the word lists the engines ship as resources: UTF-8, one entry a line,
 * {@code #} starting a comment line.
 */
public final class Lexicons {

    private Lexicons() {
    }

    /** {@return every line of resource {@code name} next to {@code anchor}}; fails when missing */
    public static List<String> rawLines(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " not found next to " + anchor.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading resource " + name, e);
        }
    }

    /** {@return the non-blank, non-comment lines of resource {@code name}, trimmed} */
    public static List<String> lines(Class<?> anchor, String name) {
        return rawLines(anchor, name).stream().map(String::strip).filter(t -> !t.isEmpty() && !t.startsWith("#")).toList();
    }
}
