package org.annalist.export;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.store.StoreException;

/** Reads the entities of a store, merged by their collection entity when the store was resolved. */
public final class StoredEntities {

    private StoredEntities() {
    }

    /** {@return every entity of the store in {@code db}, most mentioned first} */
    public static List<EntityRow> read(Path db) {
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            return read(conn);
        } catch (SQLException e) {
            throw StoreException.of(e, db, "reading entities of");
        }
    }

    /** {@return every entity reachable through {@code conn}, most mentioned first} */
    public static List<EntityRow> read(Connection conn) throws SQLException {
        final class Acc {
            final String key;
            final String name;
            final String type;
            int mentions;
            final Set<String> docs = new LinkedHashSet<>();

            Acc(String key, String name, String type) {
                this.key = key;
                this.name = name;
                this.type = type;
            }
        }
        Map<String, Acc> all = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT coalesce(ce.entity_key, e.document_id || ':' || "
                + "e.entity_key), coalesce(ce.name, e.name), coalesce(ce.type, e.type), e.mention_count, d.name "
                + "FROM entities e JOIN documents d ON d.id = e.document_id "
                + "LEFT JOIN collection_members cm ON cm.document_id = e.document_id AND cm.entity_key = e.entity_key "
                + "LEFT JOIN collection_entities ce ON ce.id = cm.collection_id ORDER BY d.name, e.entity_key");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Acc a = all.computeIfAbsent(rs.getString(1), k -> {
                    try {
                        return new Acc(k, rs.getString(2), rs.getString(3));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                a.mentions += rs.getInt(4);
                a.docs.add(rs.getString(5));
            }
        }
        List<EntityRow> out = new ArrayList<>();
        for (Acc a : all.values()) out.add(new EntityRow(a.key, a.name, a.type, a.mentions, List.copyOf(a.docs)));
        out.sort((x, y) -> x.mentions() != y.mentions() ? Integer.compare(y.mentions(), x.mentions())
                : x.key().compareTo(y.key()));
        return out;
    }
}
