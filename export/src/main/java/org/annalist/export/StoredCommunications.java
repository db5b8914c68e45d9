package org.annalist.export;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.store.StoreException;
import org.annalist.store.query.SourceRef;

/** Reads the communications of a store with their parties (plain JDBC, read-only). */
public final class StoredCommunications {

    private StoredCommunications() {
    }

    /** {@return every communication of the store in {@code db}, by document name and offset} */
    public static List<CommunicationRow> read(Path db) {
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            return read(conn);
        } catch (SQLException e) {
            throw StoreException.of(e, db, "reading communications of");
        }
    }

    /** {@return every communication reachable through {@code conn}, by document name and offset} */
    public static List<CommunicationRow> read(Connection conn) throws SQLException {
        record Key(long doc, int ordinal) {
        }
        record Head(SourceRef source, String channel, String date) {
        }
        Map<Key, Head> heads = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.document_id, c.ordinal, d.name, d.path, "
                + "c.span_start, c.span_end, c.channel, c.date_value FROM communications c "
                + "JOIN documents d ON d.id = c.document_id ORDER BY d.name, c.span_start, c.ordinal");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                heads.put(new Key(rs.getLong(1), rs.getInt(2)), new Head(new SourceRef(rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6)), rs.getString(7), rs.getString(8)));
            }
        }
        Map<Key, List<Party>> senders = new LinkedHashMap<>();
        Map<Key, List<Party>> recipients = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT p.document_id, p.communication, p.role, "
                + "coalesce(ce.entity_key, p.document_id || ':' || p.entity_key), coalesce(ce.name, e.name, p.entity_key), "
                + "coalesce(ce.type, e.type, 'UNKNOWN') FROM communication_parties p "
                + "LEFT JOIN entities e ON e.document_id = p.document_id AND e.entity_key = p.entity_key "
                + "LEFT JOIN collection_members cm ON cm.document_id = p.document_id AND cm.entity_key = p.entity_key "
                + "LEFT JOIN collection_entities ce ON ce.id = cm.collection_id ORDER BY p.rowid");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Key k = new Key(rs.getLong(1), rs.getInt(2));
                Party party = new Party(rs.getString(4), rs.getString(5), rs.getString(6));
                (rs.getString(3).equals("sender") ? senders : recipients).computeIfAbsent(k, x -> new ArrayList<>())
                        .add(party);
            }
        }
        List<CommunicationRow> out = new ArrayList<>();
        heads.forEach((k, h) -> {
            Optional<String> date = Optional.ofNullable(h.date()).filter(s -> !s.isBlank());
            out.add(new CommunicationRow(h.source(), Optional.ofNullable(h.channel()).filter(s -> !s.isBlank()), date,
                    date.flatMap(DayInterval::ofTimexValue), senders.getOrDefault(k, List.of()),
                    recipients.getOrDefault(k, List.of())));
        });
        return out;
    }
}
