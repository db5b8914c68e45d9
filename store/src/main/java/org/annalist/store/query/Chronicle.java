package org.annalist.store.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annalist.annotate.time.TimexValue;
import org.annalist.store.StoreException;
import org.annalist.store.resolve.NameKey;

/**
 * Read-only queries over a store: the timeline, an entity's profile, full-text search, the
 * communication network and the claims ledger.
 * Every row carries its source document, its span and the endnote call of its sentence.
 * A Chronicle reads each document's text and note calls once: take a new one from the store after
 * writing to it.
 */
public final class Chronicle {

    private static final int QUOTE_CHARS = 300;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Connection conn;
    private final Path file;

    private final boolean postgres;
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, List<NoteRef>> notes = new HashMap<>();

    public Chronicle(Connection conn, Path file) {
        this.conn = conn;
        this.file = file;
        try {
            this.postgres = conn.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        } catch (SQLException e) {
            throw fail(e, "reading the database kind of");
        }
    }

    /** A collection entity and the name keys it answers to. */
    private record Candidate(long id, String key, String name, String type, int mentions) {
    }

    /** {@return the dated rows selected by {@code query}, ordered by interval start} */
    public List<TimelineRow> timeline(TimelineQuery query) {
        try {
            Optional<Long> entity = Optional.empty();
            if (query.entity().isPresent()) {
                List<Candidate> found = candidates(query.entity().get());
                if (found.isEmpty()) throw notFound(query.entity().get());
                entity = Optional.of(found.get(0).id());
            }
            return timeline(entity, query);
        } catch (SQLException e) {
            throw fail(e, "reading the timeline of");
        }
    }

    /** {@return the profile of the collection entity best answering to {@code name}}, if any */
    public Optional<Profile> who(String name) {
        try {
            List<Candidate> found = candidates(name);
            if (found.isEmpty()) return Optional.empty();
            Candidate c = found.get(0);
            List<String> others = found.stream().skip(1).map(o -> o.name() + " (" + o.type() + ", " + o.mentions()
                    + " mentions)").toList();
            return Optional.of(new Profile(c.key(), c.name(), c.type(), aliases(c), roles(c.id()), c.mentions(),
                    documents(c.id()), quotes(c.id()), timeline(Optional.of(c.id()), TimelineQuery.ALL),
                    network(Optional.of(c.key()), TimelineQuery.ALL).edges(), claimRows(Optional.of(c.id())), others));
        } catch (SQLException e) {
            throw fail(e, "reading entities of");
        }
    }

    /**
     * {@return the first {@code limit} mentions, in document order, of the collection entity best
     * answering to {@code entity} (its key, name or alias), each with its sentence}
     *
     * @throws StoreException when no entity answers to {@code entity}
     */
    public List<MentionRow> mentions(String entity, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive; got " + limit);
        try {
            List<Candidate> found = candidates(entity);
            if (found.isEmpty()) throw notFound(entity);
            List<MentionRow> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT m.document_id, d.name, d.path, m.span_start, "
                    + "m.span_end, m.text, m.kind, s.span_start, s.span_end "
                    + "FROM collection_members cm JOIN mentions m ON m.document_id = cm.document_id "
                    + "AND m.entity_key = cm.entity_key JOIN documents d ON d.id = m.document_id "
                    + "LEFT JOIN sentences s ON s.document_id = m.document_id AND s.ordinal = m.sentence "
                    + "WHERE cm.collection_id = ? ORDER BY d.name, m.span_start LIMIT ?")) {
                ps.setLong(1, found.get(0).id());
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int start = rs.getInt(4);
                        String sentence = sentence(rs.getLong(1), rs, 8, start);
                        out.add(new MentionRow(new SourceRef(rs.getString(2), rs.getString(3), start, rs.getInt(5)),
                                rs.getString(6), rs.getString(7), oneLine(sentence)));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e, "reading the mentions of");
        }
    }

    /**
     * {@return up to {@code limit} paragraphs holding every word of {@code text}, best first}
     * (SQLite FTS5, case and accents ignored; PostgreSQL: to_tsvector('simple'), case ignored)
     */
    public List<SearchHit> search(String text, int limit) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        if (words.isEmpty()) throw new IllegalArgumentException("search text '" + text + "' has no words");
        if (limit < 1) throw new IllegalArgumentException("limit must be positive; got " + limit);
        String match = String.join(" ", words.stream().map(w -> "\"" + w + "\"").toList());
        // SQLite: the FTS5 table; PostgreSQL: the GIN index on to_tsvector('simple', text) (accents count there)
        String sql = postgres
                ? "SELECT p.document_id, d.name, d.path, p.span_start, p.span_end, p.text, "
                + "ts_headline('simple', p.text, q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=8') "
                + "FROM paragraphs p JOIN documents d ON d.id = p.document_id, plainto_tsquery('simple', ?) q "
                + "WHERE to_tsvector('simple', p.text) @@ q "
                + "ORDER BY ts_rank(to_tsvector('simple', p.text), q) DESC, d.name, p.span_start LIMIT ?"
                : "SELECT p.document_id, d.name, d.path, p.span_start, p.span_end, p.text, "
                + "snippet(paragraph_search, 0, '[', ']', '…', 16) "
                + "FROM paragraph_search JOIN paragraphs p ON p.id = paragraph_search.rowid "
                + "JOIN documents d ON d.id = p.document_id "
                + "WHERE paragraph_search MATCH ? ORDER BY bm25(paragraph_search), d.name, p.span_start LIMIT ?";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, postgres ? String.join(" ", words) : match);
            ps.setInt(2, limit);
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long doc = rs.getLong(1);
                    String name = rs.getString(2);
                    String path = rs.getString(3);
                    int start = rs.getInt(4);
                    int end = rs.getInt(5);
                    String para = rs.getString(6);
                    SourceRef paragraph = new SourceRef(name, path, start, end);
                    int at = para.toLowerCase(Locale.ROOT).indexOf(words.get(0).toLowerCase(Locale.ROOT));
                    SourceRef source = at < 0 ? paragraph
                            : new SourceRef(name, path, start + at, start + at + words.get(0).length());
                    hits.add(new SearchHit(source, paragraph, oneLine(rs.getString(7)),
                            noteAfter(doc, source.end(), reachAt(doc, source.start(), end))));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw fail(e, "searching");
        }
    }

    /**
     * {@return the communication network: every reported message as sender→recipient edges with
     * channel, date and source, and the parties with their counts}; {@code query} keeps the
     * messages of one entity and those dated within its days (undated messages drop out when a day is given)
     */
    public Network network(TimelineQuery query) {
        try {
            Optional<String> entity = entityKey(query);
            return network(entity, query);
        } catch (SQLException e) {
            throw fail(e, "reading the communications of");
        }
    }

    /** {@return every claim, every arithmetic check and the conflicts between documents} */
    public ClaimsLedger claims() {
        try {
            List<ClaimRow> rows = claimRows(Optional.empty());
            return new ClaimsLedger(rows, checks(), ClaimConflicts.among(rows));
        } catch (SQLException e) {
            throw fail(e, "reading the claims of");
        }
    }

    private record Message(long doc, int ordinal, SourceRef source, String cue, Optional<String> channel,
                           Optional<String> date, String sentence, Optional<NoteRef> note) {
    }

    private Network network(Optional<String> entity, TimelineQuery query) throws SQLException {
        Map<String, Message> messages = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.document_id, c.ordinal, d.name, d.path, "
                + "c.span_start, c.span_end, c.channel, c.date_value, c.evidence_end, s.extent_end, "
                + "c.span_start, c.span_end, c.evidence_start, c.evidence_end "
                + "FROM communications c JOIN documents d ON d.id = c.document_id "
                + "LEFT JOIN sentences s ON s.document_id = c.document_id AND s.ordinal = c.sentence "
                + "ORDER BY d.name, c.span_start");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long doc = rs.getLong(1);
                int end = rs.getInt(6);
                Optional<String> date = Optional.ofNullable(rs.getString(8));
                if (!within(date, query)) continue;
                int reach = Math.max(end, rs.getObject(10) == null ? rs.getInt(9) : rs.getInt(10));
                messages.put(doc + ":" + rs.getInt(2), new Message(doc, rs.getInt(2),
                        new SourceRef(rs.getString(3), rs.getString(4), rs.getInt(5), end), oneLine(slice(doc, rs, 11).orElse("")),
                        Optional.ofNullable(rs.getString(7)), date, oneLine(slice(doc, rs, 13).orElse("")), noteAfter(doc, end, reach)));
            }
        }
        Map<String, List<Party>> senders = new LinkedHashMap<>();
        Map<String, List<Party>> recipients = new LinkedHashMap<>();
        for (Map.Entry<String, List<EventRole>> e : roles("communication_parties", "communication").entrySet()) {
            if (!messages.containsKey(e.getKey())) continue;
            for (EventRole r : e.getValue()) {
                (r.role().equals("sender") ? senders : recipients).computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(r.party());
            }
        }
        List<NetworkEdge> edges = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Party> parties = new LinkedHashMap<>();
        for (Map.Entry<String, Message> m : messages.entrySet()) {
            List<Party> from = senders.getOrDefault(m.getKey(), List.of());
            List<Party> to = recipients.getOrDefault(m.getKey(), List.of());
            if (entity.isPresent() && Stream.concat(from.stream(), to.stream()).noneMatch(p -> p.key().equals(entity.get()))) {
                continue;
            }
            Message msg = m.getValue();
            for (Party s : from) {
                if (to.isEmpty()) edges.add(edge(s, Optional.empty(), msg));
                for (Party r : to) edges.add(edge(s, Optional.of(r), msg));
            }
            for (Party s : new LinkedHashSet<>(from)) count(counts, parties, s, 0);
            for (Party r : new LinkedHashSet<>(to)) count(counts, parties, r, 1);
        }
        edges.sort(Comparator.comparing((NetworkEdge e) -> e.date().isEmpty())
                .thenComparing(e -> e.date().orElse(""))
                .thenComparing(e -> e.source().document())
                .thenComparingInt(e -> e.source().start()));
        List<NetworkNode> nodes = parties.values().stream()
                .map(p -> new NetworkNode(p.key(), p.name(), p.type(), counts.get(p.key())[0], counts.get(p.key())[1]))
                .sorted(Comparator.comparingInt((NetworkNode n) -> n.sent() + n.received()).reversed()
                        .thenComparing(NetworkNode::name))
                .toList();
        return new Network(nodes, edges);
    }

    /** {@return the key of the entity {@code query} names, if it names one}; an unknown name is refused */
    private Optional<String> entityKey(TimelineQuery query) throws SQLException {
        if (query.entity().isEmpty()) return Optional.empty();
        List<Candidate> found = candidates(query.entity().get());
        if (found.isEmpty()) throw notFound(query.entity().get());
        return Optional.of(found.get(0).key());
    }

    /**
     * {@return the parties of every row of {@code table} (communication_parties, event_participants),
     * by {@code document:ordinal} of the row they belong to, each as its collection entity when
     * resolved, else its document entity}
     */
    private Map<String, List<EventRole>> roles(String table, String ref) throws SQLException {
        Map<String, List<EventRole>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT p.document_id, p." + ref + ", p.role, p.entity_key, "
                + "ce.entity_key, ce.name, ce.type, e.name, e.type FROM " + table + " p "
                + "LEFT JOIN collection_members cm ON cm.document_id = p.document_id AND cm.entity_key = p.entity_key "
                + "LEFT JOIN collection_entities ce ON ce.id = cm.collection_id "
                + "LEFT JOIN entities e ON e.document_id = p.document_id AND e.entity_key = p.entity_key");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Party party = rs.getString(5) != null ? new Party(rs.getString(5), rs.getString(6), rs.getString(7))
                        : new Party(rs.getString(4), rs.getString(8) == null ? rs.getString(4) : rs.getString(8),
                                rs.getString(9) == null ? "UNKNOWN" : rs.getString(9));
                out.computeIfAbsent(rs.getLong(1) + ":" + rs.getInt(2), k -> new ArrayList<>())
                        .add(new EventRole(rs.getString(3), party));
            }
        }
        return out;
    }

    /**
     * {@return the events the clauses report, in time order (undated last)}; {@code query} keeps
     * those of one entity (in any role) and those dated within its days
     */
    public List<EventRow> events(TimelineQuery query) {
        try {
            Optional<String> entity = entityKey(query);
            Map<String, List<EventRole>> roles = roles("event_participants", "event");
            List<EventRow> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT v.document_id, v.ordinal, d.name, d.path, "
                    + "v.trigger_start, v.trigger_end, v.type, v.date_value, pe.name, v.span_start, v.span_end, s.extent_end "
                    + "FROM events v JOIN documents d ON d.id = v.document_id "
                    + "LEFT JOIN entities pe ON pe.document_id = v.document_id AND pe.entity_key = v.place_key "
                    + "LEFT JOIN sentences s ON s.document_id = v.document_id AND s.ordinal = v.sentence "
                    + "ORDER BY d.name, v.span_start, v.trigger_start");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long doc = rs.getLong(1);
                    Optional<String> date = Optional.ofNullable(rs.getString(8));
                    if (!within(date, query)) continue;
                    List<EventRole> parts = roles.getOrDefault(doc + ":" + rs.getInt(2), List.of());
                    if (entity.isPresent() && parts.stream().noneMatch(r -> r.party().key().equals(entity.get()))) continue;
                    int end = rs.getInt(6);
                    int reach = rs.getObject(12) == null ? rs.getInt(11) : rs.getInt(12);
                    out.add(new EventRow(new SourceRef(rs.getString(3), rs.getString(4), rs.getInt(5), end), rs.getString(7),
                            oneLine(slice(doc, rs, 5).orElse("")), date, Optional.ofNullable(rs.getString(9)), parts,
                            oneLine(slice(doc, rs, 10).orElse("")), noteAfter(doc, end, Math.max(end, reach))));
                }
            }
            out.sort(Comparator.comparing((EventRow e) -> e.date().flatMap(Chronicle::days).isEmpty())
                    .thenComparing(e -> e.date().flatMap(Chronicle::days).map(d -> d[0]).orElse(LocalDate.MIN))
                    .thenComparing(e -> e.source().document()).thenComparingInt(e -> e.source().start()));
            return out;
        } catch (SQLException e) {
            throw fail(e, "reading the events of");
        }
    }

    private static NetworkEdge edge(Party sender, Optional<Party> recipient, Message m) {
        return new NetworkEdge(sender, recipient, m.source(), m.cue(), m.channel(), m.date(), m.sentence(), m.note());
    }

    private static void count(Map<String, int[]> counts, Map<String, Party> parties, Party p, int slot) {
        parties.putIfAbsent(p.key(), p);
        counts.computeIfAbsent(p.key(), k -> new int[2])[slot]++;
    }

    /** {@return true when the query has no days, or the TIMEX3 {@code date} (any with days: 1938, 1938-08, 1938-SU, 1938-08-16) meets them} */
    private static boolean within(Optional<String> date, TimelineQuery query) {
        if (query.from().isEmpty() && query.to().isEmpty()) return true;
        Optional<LocalDate[]> days = date.flatMap(Chronicle::days);
        if (days.isEmpty()) return false;
        if (query.from().isPresent() && days.get()[1].isBefore(query.from().get())) return false;
        return query.to().isEmpty() || !days.get()[0].isAfter(query.to().get());
    }

    /** {@return the first and last day of a TIMEX3 value} (a day, month, season, half, quarter, year, …), if it has them */
    private static Optional<LocalDate[]> days(String value) {
        return TimexValue.parse(value).map(p -> new LocalDate[] {p.interval().earliest(), p.interval().latest()});
    }

    /** Claims, all or those whose sentence mentions collection entity {@code entity}, by document and offset. */
    private List<ClaimRow> claimRows(Optional<Long> entity) throws SQLException {
        String sql = "SELECT c.document_id, d.name, d.path, c.span_start, c.span_end, "
                + "c.number_start, c.number_end, c.subject_key, c.measure, "
                + "c.value, c.qualifier, c.date_value, s.extent_end, s.span_start, s.span_end "
                + "FROM claims c JOIN documents d ON d.id = c.document_id "
                + "LEFT JOIN sentences s ON s.document_id = c.document_id AND s.ordinal = c.sentence"
                + (entity.isPresent() ? " WHERE (c.document_id, c.sentence) IN (SELECT m.document_id, m.sentence "
                + "FROM collection_members cm JOIN mentions m ON m.document_id = cm.document_id "
                + "AND m.entity_key = cm.entity_key WHERE cm.collection_id = ? AND m.sentence IS NOT NULL)" : "")
                + " ORDER BY d.name, c.number_start";
        List<ClaimRow> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            if (entity.isPresent()) ps.setLong(1, entity.get());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long doc = rs.getLong(1);
                    int start = rs.getInt(4);
                    int end = rs.getInt(5);
                    int reach = rs.getObject(13) == null ? paragraphEnd(doc, start) : Math.max(end, rs.getInt(13));
                    String sentence = sentence(doc, rs, 14, start);
                    double value = rs.getDouble(10);
                    String qualifier = rs.getString(11);
                    out.add(new ClaimRow(new SourceRef(rs.getString(2), rs.getString(3), start, end),
                            oneLine(slice(doc, rs, 6).orElse("")), Optional.ofNullable(rs.getString(8)), rs.getString(9),
                            value, qualifier, Optional.ofNullable(rs.getString(12)), ClaimRange.of(value, qualifier),
                            oneLine(sentence), noteAfter(doc, end, reach)));
                }
            }
        }
        return out;
    }

    private List<CheckRow> checks() throws SQLException {
        Map<String, List<SourceRef>> operands = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT o.document_id, o.claim_check, d.name, d.path, "
                + "o.span_start, o.span_end FROM claim_check_operands o JOIN documents d ON d.id = o.document_id "
                + "ORDER BY o.document_id, o.claim_check, o.ordinal");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                operands.computeIfAbsent(rs.getLong(1) + ":" + rs.getInt(2), k -> new ArrayList<>())
                        .add(new SourceRef(rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6)));
            }
        }
        List<CheckRow> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT k.document_id, k.ordinal, d.name, d.path, "
                + "k.stated_start, k.stated_end, k.kind, k.stated_value, k.computed, k.tolerance, k.consistent, "
                + "s.span_start, s.span_end "
                + "FROM claim_checks k JOIN documents d ON d.id = k.document_id "
                + "LEFT JOIN sentences s ON s.document_id = k.document_id AND s.ordinal = k.sentence "
                + "ORDER BY d.name, k.stated_start");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long doc = rs.getLong(1);
                int start = rs.getInt(5);
                String sentence = sentence(doc, rs, 12, start);
                out.add(new CheckRow(new SourceRef(rs.getString(3), rs.getString(4), start, rs.getInt(6)),
                        rs.getString(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), rs.getInt(11) == 1,
                        operands.getOrDefault(doc + ":" + rs.getInt(2), List.of()), oneLine(sentence)));
            }
        }
        return out;
    }

    private List<TimelineRow> timeline(Optional<Long> entity, TimelineQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT t.document_id, d.name, d.path, t.span_start, t.span_end, t.text, "
                + "t.type, t.value, t.interval_start, t.interval_end, t.granularity, s.extent_end, s.span_start, s.span_end "
                + "FROM timexes t JOIN documents d ON d.id = t.document_id "
                + "LEFT JOIN sentences s ON s.document_id = t.document_id AND s.ordinal = t.sentence "
                + "WHERE t.start_day IS NOT NULL AND t.vague = 0");
        List<Object> args = new ArrayList<>();
        query.from().ifPresent(d -> {
            sql.append(" AND t.end_day >= ?");
            args.add(d.toEpochDay());
        });
        query.to().ifPresent(d -> {
            sql.append(" AND t.start_day <= ?");
            args.add(d.toEpochDay());
        });
        entity.ifPresent(id -> {
            // the entity's sentences first, then a lookup per timex: no scan of all mentions per row
            sql.append(" AND (t.document_id, t.sentence) IN (SELECT m.document_id, m.sentence FROM collection_members cm "
                    + "JOIN mentions m ON m.document_id = cm.document_id AND m.entity_key = cm.entity_key "
                    + "WHERE cm.collection_id = ? AND m.sentence IS NOT NULL)");
            args.add(id);
        });
        sql.append(" ORDER BY t.start_day, t.end_day, d.name, t.span_start");
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            List<TimelineRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long doc = rs.getLong(1);
                    int start = rs.getInt(4);
                    int end = rs.getInt(5);
                    int reach = rs.getObject(12) == null ? paragraphEnd(doc, start) : rs.getInt(12);
                    String sentence = sentence(doc, rs, 13, start);
                    rows.add(new TimelineRow(new SourceRef(rs.getString(2), rs.getString(3), start, end),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), oneLine(sentence), noteAfter(doc, end, reach)));
                }
            }
            return rows;
        }
    }

    /**
     * Collection entities answering to {@code name}: the one whose key it is ({@code person:ulysses_s_grant}),
     * else by their name, then a member's name, then an alias.
     */
    private List<Candidate> candidates(String name) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT id, entity_key, name, type, mention_count FROM collection_entities WHERE entity_key = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return List.of(new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5)));
                }
            }
        }
        String key = NameKey.of(name);
        Map<Long, Candidate> all = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT id, entity_key, name, type, mention_count FROM collection_entities");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.put(rs.getLong(1), new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)));
            }
        }
        List<Candidate> found = all.values().stream().filter(c -> NameKey.of(c.name()).equals(key)).toList();
        if (found.isEmpty()) {
            found = matchingIds("SELECT cm.collection_id, e.name FROM collection_members cm JOIN entities e "
                    + "ON e.document_id = cm.document_id AND e.entity_key = cm.entity_key", key, all);
        }
        if (found.isEmpty()) {
            found = matchingIds("SELECT cm.collection_id, a.alias FROM collection_members cm JOIN entity_aliases a "
                    + "ON a.document_id = cm.document_id AND a.entity_key = cm.entity_key", key, all);
        }
        return found.stream().sorted(Comparator.comparingInt(Candidate::mentions).reversed()).toList();
    }

    private List<Candidate> matchingIds(String sql, String key, Map<Long, Candidate> all) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (NameKey.of(rs.getString(2)).equals(key)) ids.add(rs.getLong(1));
            }
        }
        return ids.stream().map(all::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<String> aliases(Candidate c) throws SQLException {
        Map<String, String> byKey = new LinkedHashMap<>();
        String own = NameKey.of(c.name());
        for (String sql : List.of(
                "SELECT e.name FROM collection_members cm JOIN entities e ON e.document_id = cm.document_id "
                        + "AND e.entity_key = cm.entity_key WHERE cm.collection_id = ? ORDER BY e.mention_count DESC",
                "SELECT a.alias FROM collection_members cm JOIN entity_aliases a ON a.document_id = cm.document_id "
                        + "AND a.entity_key = cm.entity_key WHERE cm.collection_id = ?")) {
            for (String name : strings(sql, c.id())) {
                String k = NameKey.of(name);
                if (!k.equals(own)) byKey.putIfAbsent(k, name);
            }
        }
        return List.copyOf(byKey.values());
    }

    private List<String> roles(long id) throws SQLException {
        return List.copyOf(new LinkedHashSet<>(strings("SELECT r.role FROM collection_members cm JOIN entity_roles r "
                + "ON r.document_id = cm.document_id AND r.entity_key = cm.entity_key WHERE cm.collection_id = ? "
                + "ORDER BY cm.document_id, r.ordinal", id)));
    }

    private List<Profile.DocumentMentions> documents(long id) throws SQLException {
        List<Profile.DocumentMentions> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT d.name, d.path, sum(e.mention_count) AS n "
                + "FROM collection_members cm JOIN entities e ON e.document_id = cm.document_id AND e.entity_key = "
                + "cm.entity_key JOIN documents d ON d.id = cm.document_id WHERE cm.collection_id = ? "
                + "GROUP BY d.id ORDER BY n DESC, d.name")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Profile.DocumentMentions(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return out;
    }

    private List<QuoteRow> quotes(long id) throws SQLException {
        List<QuoteRow> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT q.document_id, d.name, d.path, q.span_start, "
                + "q.span_end, q.kind, s.extent_end "
                + "FROM quotes q JOIN collection_members cm ON cm.document_id = q.document_id "
                + "AND cm.entity_key = q.speaker_key JOIN documents d ON d.id = q.document_id "
                + "LEFT JOIN sentences s ON s.document_id = q.document_id AND s.ordinal = q.sentence "
                + "WHERE cm.collection_id = ? ORDER BY d.name, q.span_start")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long doc = rs.getLong(1);
                    int start = rs.getInt(4);
                    int end = rs.getInt(5);
                    String words = oneLine(text(doc).substring(start, Math.min(end, start + QUOTE_CHARS + 1)));
                    if (end - start > QUOTE_CHARS) words = words.substring(0, Math.min(words.length(), QUOTE_CHARS)) + "…";
                    int reach = rs.getObject(7) == null ? paragraphEnd(doc, start) : rs.getInt(7);
                    out.add(new QuoteRow(new SourceRef(rs.getString(2), rs.getString(3), start, end), rs.getString(6),
                            words, noteAfter(doc, end, Math.max(reach, end))));
                }
            }
        }
        return out;
    }

    /** {@return the first note call in {@code [from, before)} of the document, with its note's text} */
    private Optional<NoteRef> noteAfter(long doc, int from, int before) throws SQLException {
        List<NoteRef> calls = noteCalls(doc);
        int lo = 0;
        int hi = calls.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (calls.get(mid).start() < from) lo = mid + 1; else hi = mid;
        }
        return lo < calls.size() && calls.get(lo).start() < before ? Optional.of(calls.get(lo)) : Optional.empty();
    }

    /** {@return the document's note calls with their notes, by offset, read once per Chronicle} */
    private List<NoteRef> noteCalls(long doc) throws SQLException {
        List<NoteRef> calls = notes.get(doc);
        if (calls != null) return calls;
        calls = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.marker, c.span_start, c.span_end, n.body "
                + "FROM note_calls c LEFT JOIN notes n ON n.document_id = c.document_id AND n.note_id = c.note_id "
                + "WHERE c.document_id = ? ORDER BY c.span_start")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    calls.add(new NoteRef(rs.getString(1), rs.getInt(2), rs.getInt(3),
                            Optional.ofNullable(rs.getString(4)).map(Chronicle::oneLine)));
                }
            }
        }
        notes.put(doc, calls);
        return calls;
    }

    /**
     * {@return the text of the stored document with id {@code doc}, read once per Chronicle}
     *
     * @throws StoreException when there is no such document
     */
    public String documentText(long doc) {
        try {
            return text(doc);
        } catch (SQLException e) {
            throw fail(e, "reading document " + doc + " of");
        }
    }

    /**
     * {@return the document's text, read once per Chronicle} Rows take their words from it in Java:
     * an SQL substr of a book's text per row would read the whole text per row.
     */
    private String text(long doc) throws SQLException {
        String t = texts.get(doc);
        if (t != null) return t;
        try (PreparedStatement ps = conn.prepareStatement("SELECT text FROM documents WHERE id = ?")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new StoreException("no document " + doc + " in " + file);
                t = rs.getString(1);
            }
        }
        texts.put(doc, t);
        return t;
    }

    /** {@return the words of the span whose start and end are columns {@code column} and the next}, if both are set */
    private Optional<String> slice(long doc, ResultSet rs, int column) throws SQLException {
        Object start = rs.getObject(column);
        Object end = rs.getObject(column + 1);
        if (start == null || end == null) return Optional.empty();
        String t = text(doc);
        int s = Math.max(0, Math.min(((Number) start).intValue(), t.length()));
        int e = Math.max(s, Math.min(((Number) end).intValue(), t.length()));
        return Optional.of(t.substring(s, e));
    }

    /**
     * {@return the sentence whose start and end are columns {@code column} and the next, else (no
     * sentences stored) the paragraph holding {@code offset}}
     */
    private String sentence(long doc, ResultSet rs, int column, int offset) throws SQLException {
        Optional<String> sentence = slice(doc, rs, column);
        return sentence.isPresent() ? sentence.get() : paragraphText(doc, offset);
    }

    /** {@return where the sentence holding {@code offset} reaches to, else {@code fallback}} */
    private int reachAt(long doc, int offset, int fallback) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT extent_end FROM sentences WHERE document_id = ? "
                + "AND span_start <= ? ORDER BY span_start DESC LIMIT 1")) {
            ps.setLong(1, doc);
            ps.setInt(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > offset ? rs.getInt(1) : fallback;
            }
        }
    }

    private int paragraphEnd(long doc, int offset) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT span_end FROM paragraphs WHERE document_id = ? "
                + "AND span_start <= ? ORDER BY span_start DESC LIMIT 1")) {
            ps.setLong(1, doc);
            ps.setInt(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Math.max(rs.getInt(1), offset) : offset;
            }
        }
    }

    private String paragraphText(long doc, int offset) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT text FROM paragraphs WHERE document_id = ? "
                + "AND span_start <= ? ORDER BY span_start DESC LIMIT 1")) {
            ps.setLong(1, doc);
            ps.setInt(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private List<String> strings(String sql, long id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private StoreException notFound(String name) {
        return new StoreException("no entity named '" + name + "' in " + file);
    }

    private StoreException fail(SQLException e, String doing) {
        return StoreException.of(e, file, doing);
    }
}
