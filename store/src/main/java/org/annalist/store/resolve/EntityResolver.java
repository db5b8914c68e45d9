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
 * are candidates, and a candidate joins a collection entity only when the evidence gives a
 * {@linkplain #confidence confidence} of at least {@link #THRESHOLD}; namesakes without it
 * stay apart ({@code gpe:cairo}, {@code gpe:cairo#2}). Then the curation's instructions are
 * applied in order (a curated merge or split has confidence 1). Rewrites {@code collection_entities} and {@code collection_members} in
 * one transaction, so the result depends only on the stored documents and the curation.
 */
public final class EntityResolver {

    /** The least confidence at which two document entities of one name and type become one. */
    public static final double THRESHOLD = 0.5;
    /** What a full (several-word) name of one type is worth alone: it merges even with no shared context. */
    static final double FULL_NAME = 0.8;
    /** What a one-word place or organisation name is worth alone: just enough when nothing else is known. */
    static final double ONE_WORD = 0.5;
    /** What a one-word person name ("Holt", "James") is worth alone: it needs shared context to merge. */
    static final double ONE_WORD_PERSON = 0.3;
    /** What is taken off when both entities have named company and share (almost) none of it (Cairo on the Ohio, Cairo on the Nile). */
    static final double STRANGERS = 0.15;
    /** Below this share of the smaller company in common, two entities are strangers and the company counts less. */
    static final double FEW_IN_COMMON = 0.1;
    /** How many shared neighbouring names make the context evidence whole. */
    static final int FULL_CONTEXT = 2;
    /** The most that evidence short of curation can give: only a curated merge is certain. */
    static final double MOST_EVIDENCE = 0.95;
    /** The types of places, compared also by the places of their whole documents. */
    static final Set<String> PLACES = Set.of("GPE", "LOC", "FAC");

    private final Connection conn;

    public EntityResolver(Connection conn) {
        this.conn = conn;
    }

    /** A document's entity. */
    record Member(long documentId, String entityKey, String type, String name, int mentions, List<String> aliases,
                  boolean named, Set<String> context, Set<String> roles, Set<String> scene) {
        Member {
            context = Set.copyOf(context);
            roles = Set.copyOf(roles);
            scene = Set.copyOf(scene);
        }

        Member(long documentId, String entityKey, String type, String name, int mentions, List<String> aliases,
               boolean named) {
            this(documentId, entityKey, type, name, mentions, aliases, named, Set.of(), Set.of(), Set.of());
        }

        boolean place() {
            return PLACES.contains(type);
        }
    }

    /**
     * {@return how sure we are (0..1) that two document entities of one type and name key are one}: the name's
     * worth alone ({@link #FULL_NAME}, {@link #ONE_WORD}, {@link #ONE_WORD_PERSON}), lowered by {@link #STRANGERS}
     * when both have company and share less than {@link #FEW_IN_COMMON} of the smaller, then raised toward 1 by the names mentioned near both (same or
     * neighbouring sentence), by roles or titles in common and, for places, by the share of their documents'
     * places in common (the overlap coefficient: common / the smaller set).
     */
    static double confidence(Member a, Member b) {
        String key = NameKey.of(a.name());
        double base = key.contains(" ") ? FULL_NAME : "PERSON".equals(a.type()) ? ONE_WORD_PERSON : ONE_WORD;
        int shared = common(a.context(), b.context());
        double context = 0;
        if (!a.context().isEmpty() && !b.context().isEmpty()) {
            // a name or two in common means little among the hundreds around a much-mentioned place
            double share = (double) shared / Math.min(a.context().size(), b.context().size());
            if (share < FEW_IN_COMMON) base -= STRANGERS;
            context = Math.min(1.0, (double) shared / FULL_CONTEXT) * Math.min(1.0, share / FEW_IN_COMMON);
        }
        double roles = common(a.roles(), b.roles()) > 0 ? 1.0 : 0.0;
        double scene = 0;
        if (a.place() && !a.scene().isEmpty() && !b.scene().isEmpty()) {
            scene = (double) common(a.scene(), b.scene()) / Math.min(a.scene().size(), b.scene().size());
        }
        double evidence = Math.min(MOST_EVIDENCE, 0.8 * context + 0.25 * roles + 0.5 * scene);
        return Math.round((base + (1 - base) * evidence) * 1000) / 1000.0;
    }

    private static int common(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) if (b.contains(x)) n++;
        return n;
    }

    /** A collection entity while it is being built. */
    static final class Group {
        String name;
        String type;
        boolean curated;
        /** Made by a curated merge: every member is sure. */
        boolean confirmed;
        final List<Member> members = new ArrayList<>();
        /** Each member's confidence of belonging; a member alone is sure of itself. */
        final Map<Member, Double> confidence = new HashMap<>();

        Group(String name, String type) {
            this.name = name;
            this.type = type;
        }

        int mentions() {
            return members.stream().mapToInt(Member::mentions).sum();
        }

        double confidence(Member m) {
            return confirmed ? 1.0 : confidence.getOrDefault(m, 1.0);
        }

        /** The least of its members' confidences. */
        double confidence() {
            return members.stream().mapToDouble(this::confidence).min().orElse(1.0);
        }

        /** The best confidence of {@code m} against this group's members. */
        double fit(Member m) {
            return members.stream().mapToDouble(o -> EntityResolver.confidence(o, m)).max().orElse(0.0);
        }

        void join(Member m, double sure) {
            for (Member o : members) confidence.merge(o, sure, Math::max);
            if (members.size() == 1) confidence.put(members.get(0), sure);
            members.add(m);
            confidence.put(m, sure);
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
        Map<String, List<Group>> byKey = new LinkedHashMap<>();
        for (Member m : members) {
            String nameKey = NameKey.of(m.name());
            // an entity known only by nouns or pronouns ("the officers") is not the same as another
            // document's entity of that description: only proper names merge
            String key = nameKey.isEmpty() || !m.named() ? m.documentId() + "/" + m.entityKey()
                    : m.type() + "|" + nameKey;
            List<Group> candidates = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            Group best = null;
            double bestFit = -1;
            for (Group g : candidates) {
                double fit = g.fit(m);
                if (fit > bestFit) {
                    best = g;
                    bestFit = fit;
                }
            }
            if (best != null && bestFit >= THRESHOLD) {
                best.join(m, bestFit);
            } else {
                Group g = new Group(m.name(), m.type());
                g.members.add(m);
                candidates.add(g);
            }
        }
        List<Group> groups = byKey.values().stream().flatMap(List::stream).toList();
        for (Group g : groups) {
            // shown under the name its most-mentioned document entity has
            // (a name in capitals, as in a heading, only when there is no other)
            g.name = g.members.stream().max(Comparator.comparing((Member m) -> !allCaps(m.name()))
                    .thenComparingInt(Member::mentions)).orElseThrow().name();
        }
        return new ArrayList<>(groups);
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
            target.confirmed = true;
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
        Map<String, Set<String>> roles = new HashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT document_id, entity_key, role FROM entity_roles")) {
            while (rs.next()) {
                roles.computeIfAbsent(rs.getLong(1) + "/" + rs.getString(2), k -> new HashSet<>())
                        .add(NameKey.of(rs.getString(3)));
            }
        }
        Map<String, String> names = new HashMap<>();
        Map<Long, Set<String>> places = new HashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT document_id, entity_key, name, type FROM entities")) {
            while (rs.next()) {
                String name = NameKey.of(rs.getString(3));
                names.put(rs.getLong(1) + "/" + rs.getString(2), name);
                if (PLACES.contains(rs.getString(4)) && !name.isEmpty()) {
                    places.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(name);
                }
            }
        }
        Map<String, Set<String>> context = context(names);
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
                        aliases.getOrDefault(doc + "/" + key, List.of()), rs.getBoolean(6),
                        context.getOrDefault(doc + "/" + key, Set.of()), roles.getOrDefault(doc + "/" + key, Set.of()),
                        scene(places.getOrDefault(doc, Set.of()), NameKey.of(rs.getString(4)))));
            }
        }
        return members;
    }

    /** The places of a document but the entity's own name. */
    private static Set<String> scene(Set<String> places, String own) {
        if (!places.contains(own)) return places;
        Set<String> rest = new HashSet<>(places);
        rest.remove(own);
        return rest;
    }

    /**
     * The name keys of the other entities mentioned by name in the same or a neighbouring sentence as each
     * entity's named mentions, by "document/entity key".
     */
    private Map<String, Set<String>> context(Map<String, String> names) throws SQLException {
        Map<String, Set<String>> bySentence = new HashMap<>();
        Map<String, Set<Integer>> sentencesOf = new HashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT document_id, entity_key, sentence FROM mentions "
                     + "WHERE kind = 'name' AND sentence IS NOT NULL")) {
            while (rs.next()) {
                long doc = rs.getLong(1);
                String entity = doc + "/" + rs.getString(2);
                int sentence = rs.getInt(3);
                bySentence.computeIfAbsent(doc + "#" + sentence, k -> new HashSet<>()).add(entity);
                sentencesOf.computeIfAbsent(entity, k -> new HashSet<>()).add(sentence);
            }
        }
        Map<String, Set<String>> context = new HashMap<>();
        for (Map.Entry<String, Set<Integer>> e : sentencesOf.entrySet()) {
            String entity = e.getKey();
            String doc = entity.substring(0, entity.indexOf('/'));
            String own = names.getOrDefault(entity, "");
            Set<String> near = new HashSet<>();
            for (int sentence : e.getValue()) {
                for (int s = sentence - 1; s <= sentence + 1; s++) {
                    for (String other : bySentence.getOrDefault(doc + "#" + s, Set.of())) {
                        String name = names.getOrDefault(other, "");
                        if (other.equals(entity) || name.isEmpty() || name.equals(own)) continue;
                        near.add(name);
                        // "General Grant" near one and "Grant" near the other is company in common
                        near.add(name.substring(name.lastIndexOf(' ') + 1));
                    }
                }
            }
            context.put(entity, near);
        }
        return context;
    }

    private void write(List<Group> groups) throws SQLException {
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement();
             PreparedStatement entity = conn.prepareStatement("INSERT INTO collection_entities(id, entity_key, type, "
                     + "name, mention_count, curated, confidence) VALUES (?,?,?,?,?,?,?)");
             PreparedStatement member = conn.prepareStatement(
                     "INSERT INTO collection_members(collection_id, document_id, entity_key, confidence) VALUES (?,?,?,?)")) {
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
                entity.setDouble(7, g.confidence());
                entity.addBatch();
                for (Member m : g.members) {
                    member.setLong(1, id);
                    member.setLong(2, m.documentId());
                    member.setString(3, m.entityKey());
                    member.setDouble(4, g.confidence(m));
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
