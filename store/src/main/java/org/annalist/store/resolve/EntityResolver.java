package org.annalist.store.resolve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the entities of single documents into collection entities: entities of the same
 * type whose names share a {@link NameKey} and that are mentioned by name at least once
 * become one; then the curation's instructions are
 * applied in order. Rewrites {@code collection_entities} and {@code collection_members} in
 * one transaction, so the result depends only on the stored documents and the curation.
 */
public final class EntityResolver {

    private final Connection conn;

    public EntityResolver(Connection conn) {
        this.conn = conn;
    }

    /** A document's entity. */
    record Member(long documentId, String entityKey, String type, String name, int mentions, List<String> aliases,
                  boolean named) {
    }

    /** A collection entity while it is being built. */
    static final class Group {
        String name;
        String type;
        boolean curated;
        final List<Member> members = new ArrayList<>();

        Group(String name, String type) {
            this.name = name;
            this.type = type;
        }

        int mentions() {
            return members.stream().mapToInt(Member::mentions).sum();
        }

        boolean answersTo(String key, boolean aliases) {
            if (NameKey.of(name).equals(key)) return true;
            for (Member m : members) {
                if (NameKey.of(m.name()).equals(key)) return true;
                if (aliases && m.aliases().stream().anyMatch(a -> NameKey.of(a).equals(key))) return true;
            }
            return false;
        }
    }

    public ResolveReport resolve(Curation curation) throws SQLException {
        List<Member> members = readMembers();
        List<Group> groups = group(members);
        List<String> warnings = new ArrayList<>();
        for (CurationOp op : curation.ops()) groups = apply(op, groups, warnings);
        write(groups);
        int cross = (int) groups.stream()
                .filter(g -> g.members.stream().map(Member::documentId).distinct().count() > 1).count();
        return new ResolveReport(members.size(), groups.size(), cross, warnings);
    }

    static List<Group> group(List<Member> members) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (Member m : members) {
            String nameKey = NameKey.of(m.name());
            // an entity known only by nouns or pronouns ("the officers") is not the same as another
            // document's entity of that description: only proper names merge
            String key = nameKey.isEmpty() || !m.named() ? m.documentId() + "/" + m.entityKey()
                    : m.type() + "|" + nameKey;
            byKey.computeIfAbsent(key, k -> new Group(m.name(), m.type())).members.add(m);
        }
        for (Group g : byKey.values()) {
            // shown under the name its most-mentioned document entity has
            // (a name in capitals, as in a heading, only when there is no other)
            g.name = g.members.stream().max(Comparator.comparing((Member m) -> !allCaps(m.name()))
                    .thenComparingInt(Member::mentions)).orElseThrow().name();
        }
        return new ArrayList<>(byKey.values());
    }

    private static boolean allCaps(String name) {
        return name.chars().anyMatch(Character::isLetter) && name.equals(name.toUpperCase(java.util.Locale.ROOT));
    }

    static List<Group> apply(CurationOp op, List<Group> groups, List<String> warnings) {
        List<Group> out = new ArrayList<>(groups);
        if (op instanceof CurationOp.Merge merge) {
            List<Group> into = find(groups, merge.into());
            List<Group> from = find(groups, merge.from());
            if (into.isEmpty() || from.isEmpty()) {
                warnings.add("curation line " + op.line() + ": merge: no entity named '"
                        + (into.isEmpty() ? merge.into() : merge.from()) + "'");
                return out;
            }
            Group target = into.get(0);
            for (Group g : from) {
                if (g == target) continue;
                target.members.addAll(g.members);
                out.remove(g);
            }
            target.curated = true;
        } else if (op instanceof CurationOp.Rename rename) {
            List<Group> found = find(groups, rename.name());
            if (found.isEmpty()) warnings.add("curation line " + op.line() + ": rename: no entity named '" + rename.name() + "'");
            for (Group g : found) {
                g.name = rename.to();
                g.curated = true;
            }
        } else if (op instanceof CurationOp.Retype retype) {
            List<Group> found = find(groups, retype.name());
            if (found.isEmpty()) warnings.add("curation line " + op.line() + ": type: no entity named '" + retype.name() + "'");
            for (Group g : found) {
                g.type = retype.type().name();
                g.curated = true;
            }
        } else if (op instanceof CurationOp.Split split) {
            List<Group> found = find(groups, split.name());
            if (found.isEmpty()) warnings.add("curation line " + op.line() + ": split: no entity named '" + split.name() + "'");
            for (Group g : found) {
                int at = out.indexOf(g);
                out.remove(at);
                for (Member m : g.members) {
                    Group one = new Group(m.name(), g.type);
                    one.members.add(m);
                    one.curated = true;
                    out.add(at++, one);
                }
            }
        }
        return out;
    }

    /** Groups named so (by their name or a member's name), else those with it as an alias; most mentioned first. */
    static List<Group> find(List<Group> groups, String name) {
        String key = NameKey.of(name);
        List<Group> found = groups.stream().filter(g -> g.answersTo(key, false)).toList();
        if (found.isEmpty()) found = groups.stream().filter(g -> g.answersTo(key, true)).toList();
        return found.stream().sorted(Comparator.comparingInt(Group::mentions).reversed()).toList();
    }

    private List<Member> readMembers() throws SQLException {
        Map<String, List<String>> aliases = new HashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT document_id, entity_key, alias FROM entity_aliases")) {
            while (rs.next()) {
                aliases.computeIfAbsent(rs.getLong(1) + "/" + rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        List<Member> members = new ArrayList<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT e.document_id, e.entity_key, e.type, e.name, e.mention_count, "
                     + "EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = e.document_id AND m.entity_key = "
                     + "e.entity_key AND m.kind = 'name') "
                     + "FROM entities e JOIN documents d ON d.id = e.document_id ORDER BY d.name, d.id, e.entity_key")) {
            while (rs.next()) {
                long doc = rs.getLong(1);
                String key = rs.getString(2);
                members.add(new Member(doc, key, rs.getString(3), rs.getString(4), rs.getInt(5),
                        aliases.getOrDefault(doc + "/" + key, List.of()), rs.getBoolean(6)));
            }
        }
        return members;
    }

    private void write(List<Group> groups) throws SQLException {
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement();
             PreparedStatement entity = conn.prepareStatement("INSERT INTO collection_entities(id, entity_key, type, "
                     + "name, mention_count, curated) VALUES (?,?,?,?,?,?)");
             PreparedStatement member = conn.prepareStatement(
                     "INSERT INTO collection_members(collection_id, document_id, entity_key) VALUES (?,?,?)")) {
            st.executeUpdate("DELETE FROM collection_members");
            st.executeUpdate("DELETE FROM collection_entities");
            Set<String> keys = new HashSet<>();
            long id = 0;
            for (Group g : groups) {
                id++;
                String base = g.type.toLowerCase(java.util.Locale.ROOT) + ":" + NameKey.of(g.name).replace(' ', '_');
                String key = base;
                for (int n = 2; !keys.add(key); n++) key = base + "#" + n;
                entity.setLong(1, id);
                entity.setString(2, key);
                entity.setString(3, g.type);
                entity.setString(4, g.name);
                entity.setInt(5, g.mentions());
                entity.setInt(6, g.curated ? 1 : 0);
                entity.addBatch();
                for (Member m : g.members) {
                    member.setLong(1, id);
                    member.setLong(2, m.documentId());
                    member.setString(3, m.entityKey());
                    member.addBatch();
                }
            }
            entity.executeBatch();
            member.executeBatch();
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(true);
        }
    }
}
