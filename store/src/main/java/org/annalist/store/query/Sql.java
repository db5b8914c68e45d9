package org.annalist.store.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.store.Dialect;
import org.annalist.store.StoreException;

/**
 * Runs the Chronicle's read statements on one connection: parameters bound in order, each row
 * mapped by a lambda, a failure turned into a {@link StoreException} naming the store.
 */
final class Sql {

    /** Maps the current row of a result. */
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Reads the current row of a result. */
    interface Each {
        void accept(ResultSet rs) throws SQLException;
    }

    private final Connection conn;
    private final Path label;
    final Dialect dialect;

    Sql(Connection conn, Path label) {
        this.conn = conn;
        this.label = label;
        try {
            this.dialect = Dialect.of(conn);
        } catch (SQLException e) {
            throw StoreException.of(e, label, "reading the database kind of");
        }
    }

    /** {@return every row of {@code sql} with {@code args}, mapped by {@code row}} */
    <T> List<T> list(String sql, Row<T> row, Object... args) {
        List<T> out = new ArrayList<>();
        each(sql, rs -> out.add(row.map(rs)), args);
        return out;
    }

    /** {@return the first row of {@code sql} with {@code args}, if any} */
    <T> Optional<T> first(String sql, Row<T> row, Object... args) {
        List<T> out = new ArrayList<>(1);
        each(sql, rs -> {
            if (out.isEmpty()) out.add(row.map(rs));
        }, args);
        return out.stream().findFirst();
    }

    void each(String sql, Each each, Object... args) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) each.accept(rs);
            }
        } catch (SQLException e) {
            throw StoreException.of(e, label, "reading");
        }
    }

    /** {@return column {@code column} of the row as an int}, if not NULL */
    static Optional<Integer> integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    /** {@return column {@code column} of the row}, if not NULL */
    static Optional<String> text(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
