package org.annalist.store.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.store.resolve.NameKey;

/**
 * The entities of a store and how they are named. A name finds the collection entity (merged
 * across documents) whose key it is, else the ones whose name, a member's name or an alias
 * normalises to it, most mentioned first. One rule names a party of a message, an event or a
 * quotation everywhere: its collection entity when the store was resolved, else its document
 * entity under the key {@code DOCUMENT_ID:ENTITY_KEY} (an entity key alone is only unique
 * within its document).
 */
public final class EntityDirectory {

    /** The columns {@link #party} reads, from the joins of {@link #partyJoins}. */
    static final String PARTY_COLUMNS = "pce.entity_key, pce.name, pce.type, pe.name, pe.type";

    /** The (document, sentence) pairs that mention collection entity {@code ?}: rows about it match them with {@code IN}. */
    static final String SENTENCES_MENTIONING = "SELECT m.document_id, m.sentence FROM collection_members cm "
            + "JOIN mentions m ON m.document_id = cm.document_id AND m.entity_key = cm.entity_key "
            + "WHERE cm.collection_id = ? AND m.sentence IS NOT NULL";

    /** A collection entity that answers to a name. */
    record Candidate(long id, String key, String name, String type, int mentions) {
    }

    private final Sql sql;

    EntityDirectory(Sql sql) {
        this.sql = sql;
    }

    /** {@return the collection entity best answering to {@code name} (its key, name, a member's name or an alias)} */
    public Optional<EntitySummary> find(String name) {
        return candidates(name).stream().findFirst().map(c -> new EntitySummary(c.key(), c.name(), c.type(), c.mentions(),
                documentsOf(c.id())));
    }

    /**
     * {@return the collection entities and (in a store not resolved) the document entities, most
     * mentioned first, of {@code type} when given}, each with the documents that mention it
     */
    public List<EntitySummary> entities(Optional<String> type) {
        final class Tally {
            final String key;
            final String name;
            final String type;
            int mentions;
            final Set<String> documents = new LinkedHashSet<>();

            Tally(String key, String name, String type) {
                this.key = key;
                this.name = name;
                this.type = type;
            }
        }
        Map<String, Tally> all = new LinkedHashMap<>();
        sql.each("SELECT e.document_id, e.entity_key, e.mention_count, d.name, " + PARTY_COLUMNS
                + " FROM entities e JOIN documents d ON d.id = e.document_id " + partyJoins("e")
                + " ORDER BY " + sql.dialect.ordered("d.name") + ", d.id, " + sql.dialect.ordered("e.entity_key"), rs -> {
                    Party p = party(rs, 5, rs.getLong(1), rs.getString(2));
                    if (type.isPresent() && !type.get().equals(p.type())) return;
                    Tally t = all.computeIfAbsent(p.key(), k -> new Tally(p.key(), p.name(), p.type()));
                    t.mentions += rs.getInt(3);
                    t.documents.add(rs.getString(4));
                });
        return all.values().stream()
                .map(t -> new EntitySummary(t.key, t.name, t.type, t.mentions, List.copyOf(t.documents)))
                .sorted(Comparator.comparingInt(EntitySummary::mentions).reversed()
                        .thenComparing(EntitySummary::name).thenComparing(EntitySummary::key))
                .toList();
    }

    /**
     * {@return the collection entity best answering to {@code name}}
     *
     * @throws NotFoundException when none does
     */
    Candidate require(String name) {
        return candidates(name).stream().findFirst().orElseThrow(() -> NotFoundException.entity(name));
    }

    /** Collection entities answering to {@code name}, most mentioned first: by key, else name, member's name, alias. */
    List<Candidate> candidates(String name) {
        Objects.requireNonNull(name, "name");
        Sql.Row<Candidate> candidate = rs -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getInt(5));
        String columns = "SELECT id, entity_key, name, type, mention_count FROM collection_entities";
        Optional<Candidate> byKey = sql.first(columns + " WHERE entity_key = ?", candidate, name);
        if (byKey.isPresent()) return List.of(byKey.get());
        String key = NameKey.of(name);
        Map<Long, Candidate> all = new LinkedHashMap<>();
        sql.list(columns + " ORDER BY id", candidate).forEach(c -> all.put(c.id(), c));
        List<Candidate> found = all.values().stream().filter(c -> NameKey.of(c.name()).equals(key)).toList();
        if (found.isEmpty()) {
            found = matching("SELECT cm.collection_id, e.name FROM collection_members cm JOIN entities e "
                    + "ON e.document_id = cm.document_id AND e.entity_key = cm.entity_key ORDER BY cm.collection_id", key, all);
        }
        if (found.isEmpty()) {
            found = matching("SELECT cm.collection_id, a.alias FROM collection_members cm JOIN entity_aliases a "
                    + "ON a.document_id = cm.document_id AND a.entity_key = cm.entity_key ORDER BY cm.collection_id", key, all);
        }
        return found.stream().sorted(Comparator.comparingInt(Candidate::mentions).reversed()).toList();
    }

    private List<Candidate> matching(String query, String key, Map<Long, Candidate> all) {
        Set<Long> ids = new LinkedHashSet<>();
        sql.each(query, rs -> {
            if (NameKey.of(rs.getString(2)).equals(key)) ids.add(rs.getLong(1));
        });
        return ids.stream().map(all::get).filter(Objects::nonNull).toList();
    }

    /** {@return the names, other than its own, that the collection entity's members go by} */
    List<String> aliases(Candidate c) {
        Map<String, String> byKey = new LinkedHashMap<>();
        String own = NameKey.of(c.name());
        List<String> names = new ArrayList<>(sql.list("SELECT e.name FROM collection_members cm JOIN entities e "
                + "ON e.document_id = cm.document_id AND e.entity_key = cm.entity_key WHERE cm.collection_id = ? "
                + "ORDER BY e.mention_count DESC, cm.document_id", rs -> rs.getString(1), c.id()));
        names.addAll(sql.list("SELECT a.alias FROM collection_members cm JOIN entity_aliases a "
                + "ON a.document_id = cm.document_id AND a.entity_key = cm.entity_key WHERE cm.collection_id = ? "
                + "ORDER BY cm.document_id", rs -> rs.getString(1), c.id()));
        for (String n : names) {
            String k = NameKey.of(n);
            if (!k.equals(own)) byKey.putIfAbsent(k, n);
        }
        return List.copyOf(byKey.values());
    }

    /** {@return the titles and offices the texts give the collection entity} */
    List<String> roles(Candidate c) {
        return List.copyOf(new LinkedHashSet<>(sql.list("SELECT r.role FROM collection_members cm JOIN entity_roles r "
                + "ON r.document_id = cm.document_id AND r.entity_key = cm.entity_key WHERE cm.collection_id = ? "
                + "ORDER BY cm.document_id, r.ordinal", rs -> rs.getString(1), c.id())));
    }

    /** {@return the documents mentioning the collection entity, most mentions first} */
    List<Profile.DocumentMentions> documents(Candidate c) {
        return sql.list("SELECT d.id, d.name, sum(e.mention_count) AS n FROM collection_members cm "
                + "JOIN entities e ON e.document_id = cm.document_id AND e.entity_key = cm.entity_key "
                + "JOIN documents d ON d.id = cm.document_id WHERE cm.collection_id = ? "
                + "GROUP BY d.id, d.name ORDER BY n DESC, " + sql.dialect.ordered("d.name") + ", d.id",
                rs -> new Profile.DocumentMentions(rs.getLong(1), rs.getString(2), rs.getInt(3)), c.id());
    }

    private List<String> documentsOf(long id) {
        return documents(new Candidate(id, "", "", "", 0)).stream().map(Profile.DocumentMentions::document).toList();
    }

    /**
     * {@return the joins that name the party {@code alias.entity_key} of document
     * {@code alias.document_id}}, for {@link #PARTY_COLUMNS}
     */
    static String partyJoins(String alias) {
        return partyJoins(alias + ".document_id", alias + ".entity_key");
    }

    /** {@return the joins that name the party {@code keyColumn} of document {@code documentColumn}} */
    static String partyJoins(String documentColumn, String keyColumn) {
        return "LEFT JOIN collection_members pcm ON pcm.document_id = " + documentColumn + " AND pcm.entity_key = " + keyColumn
                + " LEFT JOIN collection_entities pce ON pce.id = pcm.collection_id"
                + " LEFT JOIN entities pe ON pe.document_id = " + documentColumn + " AND pe.entity_key = " + keyColumn;
    }

    /** {@return the party {@code key} of document {@code doc}, from {@link #PARTY_COLUMNS} starting at {@code column}} */
    static Party party(ResultSet rs, int column, long doc, String key) throws SQLException {
        if (rs.getString(column) != null) {
            return new Party(rs.getString(column), rs.getString(column + 1), rs.getString(column + 2));
        }
        String name = rs.getString(column + 3);
        String type = rs.getString(column + 4);
        return new Party(doc + ":" + key, name == null ? key : name, type == null ? "UNKNOWN" : type);
    }
}
