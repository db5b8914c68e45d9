package org.annalist.export;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.annalist.store.StoreException;

/** Reads each stored document with its entity mentions, temporal expressions and quotations. */
public final class StoredSpans {

    private StoredSpans() {
    }

    /** {@return the documents of the store in {@code db}, by name, each with its spans by offset} */
    public static List<DocumentSpans> read(Path db) {
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            return read(conn);
        } catch (SQLException e) {
            throw StoreException.of(e, db, "reading annotations of");
        }
    }

    /** {@return the documents reachable through {@code conn}, by name, each with its spans by offset} */
    public static List<DocumentSpans> read(Connection conn) throws SQLException {
        List<DocumentSpans> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT id, name, path, text FROM documents ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                List<TextSpan> spans = new ArrayList<>();
                spans.addAll(spans(conn, id, "mention", "SELECT m.span_start, m.span_end, e.name, e.type "
                        + "FROM mentions m JOIN entities e ON e.document_id = m.document_id AND e.entity_key = m.entity_key "
                        + "WHERE m.document_id = ?"));
                spans.addAll(spans(conn, id, "timex", "SELECT span_start, span_end, value, type FROM timexes "
                        + "WHERE document_id = ?"));
                spans.addAll(spans(conn, id, "quote", "SELECT q.span_start, q.span_end, coalesce(e.name, ''), q.kind "
                        + "FROM quotes q LEFT JOIN entities e ON e.document_id = q.document_id "
                        + "AND e.entity_key = q.speaker_key WHERE q.document_id = ?"));
                spans.sort(Comparator.comparingInt(TextSpan::start).thenComparingInt(TextSpan::end)
                        .thenComparing(TextSpan::kind));
                out.add(new DocumentSpans(rs.getString(2), rs.getString(3), rs.getString(4), spans));
            }
        }
        return out;
    }

    private static List<TextSpan> spans(Connection conn, long doc, String kind, String sql) throws SQLException {
        List<TextSpan> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new TextSpan(kind, rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }
}
