package org.annalist.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's schema as SQL files in this package, {@code schema-N.sql} for version N.
 * Statements in a file are separated by a line holding only {@code ;;}, so triggers may
 * contain {@code ;}.
 */
final class Schema {

    /** The newest schema version this code reads and writes. */
    static final int VERSION = 1;

    private Schema() {
    }

    /** {@return the statements that create schema {@code version} in an empty database} */
    static List<String> statements(int version) {
        return statements(version, false);
    }

    /** {@return the statements of schema {@code version} for PostgreSQL ({@code schema-N-postgresql.sql}) or SQLite} */
    static List<String> statements(int version, boolean postgres) {
        String resource = "schema-" + version + (postgres ? "-postgresql" : "") + ".sql";
        try (InputStream in = Schema.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("schema resource " + resource + " is missing");
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + resource, e);
        }
    }

    static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            if (line.strip().equals(";;")) {
                add(out, current);
                current.setLength(0);
            } else if (!line.stripLeading().startsWith("--")) {
                current.append(line).append('\n');
            }
        }
        add(out, current);
        return List.copyOf(out);
    }

    private static void add(List<String> out, StringBuilder statement) {
        String s = statement.toString().strip();
        if (!s.isEmpty()) out.add(s);
    }
}
