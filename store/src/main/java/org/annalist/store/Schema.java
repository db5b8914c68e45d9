package org.annalist.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's schema as SQL files in this package: {@code schema-1.sql} creates version 1,
 * and {@code schema-N.sql} takes version N-1 to N, so a new store runs them all and an older
 * one the files it lacks. Statements in a file are separated by a line holding only
 * {@code ;;}, so triggers may contain {@code ;}. PostgreSQL gets the same statements in its
 * dialect (see {@link Dialect#schema}), so the two stores cannot drift apart.
 */
final class Schema {

    /** The newest schema version this code reads and writes. */
    static final int VERSION = 4;

    private Schema() {
    }

    /** {@return the statements that create schema {@code version} in an empty database} */
    static List<String> statements(int version) {
        return statements(version, false);
    }

    /** {@return the statements that create schema {@code version} in an empty database, for PostgreSQL or SQLite} */
    static List<String> statements(int version, boolean postgres) {
        return upgrade(0, version, postgres);
    }

    /** {@return the statements that take a store of schema {@code from} to {@code to}} */
    static List<String> upgrade(int from, int to, boolean postgres) {
        List<String> out = new ArrayList<>();
        for (int v = from + 1; v <= to; v++) out.addAll(step(v, postgres));
        return List.copyOf(out);
    }

    /** {@return the statements of {@code schema-N.sql}} */
    private static List<String> step(int version, boolean postgres) {
        String resource = "schema-" + version + ".sql";
        List<String> sqlite;
        try (InputStream in = Schema.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("schema resource " + resource + " is missing");
            sqlite = split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + resource, e);
        }
        return (postgres ? Dialect.POSTGRES : Dialect.SQLITE).schema(sqlite);
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
