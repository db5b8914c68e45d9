package org.annalist.export;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.store.StoreException;

/** Reads each stored document with the layers of its TEI encoding (plain JDBC). */
public final class StoredTei {

    private StoredTei() {
    }

    /** A row mapper that may fail like JDBC does. */
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** {@return every document of the store in {@code db}, by name} */
    public static List<TeiSource> read(Path db) {
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            List<TeiSource> out = new ArrayList<>();
            for (Object[] d : rows(conn, "SELECT id, name, path, text FROM documents ORDER BY name", null,
                    rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})) {
                long id = (Long) d[0];
                List<TeiSource.Block> blocks = new ArrayList<>(rows(conn,
                        "SELECT span_start, span_end, level FROM headings WHERE document_id = ?", id,
                        rs -> new TeiSource.Block(rs.getInt(1), rs.getInt(2), true, rs.getInt(3))));
                blocks.addAll(rows(conn, "SELECT span_start, span_end FROM paragraphs WHERE document_id = ?", id,
                        rs -> new TeiSource.Block(rs.getInt(1), rs.getInt(2), false, 0)));
                blocks.sort(java.util.Comparator.comparingInt(TeiSource.Block::start));
                out.add(new TeiSource((String) d[1], (String) d[2], (String) d[3], blocks,
                        rows(conn, "SELECT span_start, span_end, label_start, label_end, speaker FROM turns "
                                + "WHERE document_id = ? ORDER BY span_start", id,
                                rs -> new TeiSource.Turn(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                                        rs.getString(5))),
                        rows(conn, "SELECT entity_key, name, type FROM entities WHERE document_id = ? "
                                + "ORDER BY entity_key", id,
                                rs -> new TeiSource.EntityRef(rs.getString(1), rs.getString(2), rs.getString(3))),
                        rows(conn, "SELECT span_start, span_end, entity_key, kind FROM mentions WHERE document_id = ? "
                                + "ORDER BY span_start", id,
                                rs -> new TeiSource.MentionSpan(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4))),
                        rows(conn, "SELECT span_start, span_end, value, interval_start, interval_end FROM timexes "
                                + "WHERE document_id = ? ORDER BY span_start", id,
                                rs -> new TeiSource.TimexSpan(rs.getInt(1), rs.getInt(2), rs.getString(3),
                                        Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)))),
                        rows(conn, "SELECT span_start, span_end, speaker_key FROM quotes WHERE document_id = ? "
                                + "ORDER BY span_start", id,
                                rs -> new TeiSource.QuoteSpan(rs.getInt(1), rs.getInt(2), Optional.ofNullable(rs.getString(3)))),
                        rows(conn, "SELECT span_start, span_end, marker, note_id FROM note_calls WHERE document_id = ? "
                                + "ORDER BY span_start", id,
                                rs -> new TeiSource.CallSpan(rs.getInt(1), rs.getInt(2), rs.getString(3),
                                        Optional.ofNullable(rs.getString(4)))),
                        rows(conn, "SELECT note_id, marker, span_start, span_end, body FROM notes WHERE document_id = ? "
                                + "ORDER BY span_start", id,
                                rs -> new TeiSource.NoteBody(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                                        rs.getString(5)))));
            }
            return out;
        } catch (SQLException e) {
            throw StoreException.of(e, db, "reading documents of");
        }
    }

    /** Runs {@code sql}, with the document id as its one parameter unless {@code id} is null. */
    private static <T> List<T> rows(Connection conn, String sql, Long id, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            if (id != null) ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row.map(rs));
            }
        }
        return out;
    }
}
