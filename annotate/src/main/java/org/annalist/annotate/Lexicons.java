package org.annalist.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the word lists the engines ship as resources: UTF-8, one entry a line,
 * {@code #} starting a comment line; a table has its columns split by tabs.
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

    /** {@return the first column of each line of resource {@code name}}: the words of a word list whose lines say more */
    public static List<String> firstColumn(Class<?> anchor, String name) {
        return lines(anchor, name).stream().map(line -> line.split("\t")[0].strip()).toList();
    }

    /**
     * {@return the rows of the tab-separated table resource {@code name}}, each made by
     * {@code row} from its columns, stripped; a name ending in {@code ?} is an optional column, which
     * only the last columns may be. A row with fewer columns than the required ones or more than
     * {@code columns} names, or one {@code row} refuses, fails with the file and line
     */
    public static <T> List<T> table(Class<?> anchor, String name, Function<String[], T> row, String... columns) {
        List<String> lines = rawLines(anchor, name);
        long required = Arrays.stream(columns).filter(c -> !c.endsWith("?")).count();
        List<T> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] cols = Arrays.stream(line.split("\t")).map(String::strip).toArray(String[]::new);
            if (cols.length < required || cols.length > columns.length) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": expected " + String.join("<tab>", columns)
                        + ", got: " + line);
            }
            try {
                out.add(row.apply(cols));
            } catch (RuntimeException e) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
