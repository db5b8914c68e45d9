package org.annalist.web;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.annalist.store.Store;
import org.annalist.store.StoreException;
import org.annalist.store.query.Chronicle;
import org.annalist.store.query.SearchHit;
import org.annalist.web.Views.ClaimView;
import org.annalist.web.Views.CommunicationView;
import org.annalist.web.Views.DocumentSummary;
import org.annalist.web.Views.DocumentView;
import org.annalist.web.Views.Edge;
import org.annalist.web.Views.EntityLayer;
import org.annalist.web.Views.EntityPage;
import org.annalist.web.Views.EntitySummary;
import org.annalist.web.Views.HedgeView;
import org.annalist.web.Views.MentionView;
import org.annalist.web.Views.Message;
import org.annalist.web.Views.Network;
import org.annalist.web.Views.NoteCallView;
import org.annalist.web.Views.Passage;
import org.annalist.web.Views.QuoteView;
import org.annalist.web.Views.TimelineEntry;
import org.annalist.web.Views.TimexView;
import org.sqlite.SQLiteConfig;

/**
 * Read-only views of a store for the web reader. One connection, opened read-only; calls are
 * serialised. Document texts and sentence spans are cached, so passages cost no text reads.
 */
public final class Library implements AutoCloseable {

    private static final int PEOPLE_PER_DOCUMENT = 12;
    private static final int ROWS = 2000;
    private static final int NETWORK_PEOPLE = 60;
    private static final int SEARCH_HITS = 50;

    private final Path file;
    private final Connection conn;
    private final Store store;
    private final Chronicle chronicle;
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, int[][]> sentences = new HashMap<>();

    private Library(Path file, Connection conn, Store store) {
        this.file = file;
        this.conn = conn;
        this.store = store;
        this.chronicle = store.chronicle();
    }

    /**
     * {@return the library over the existing store in {@code file}}
     *
     * @throws StoreException when there is no store there
     */
    public static Library open(Path file) {
        Store store = Store.openExisting(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file(), config.toProperties());
            return new Library(store.file(), c, store);
        } catch (SQLException e) {
            store.close();
            throw StoreException.of(e, file, "opening read-only");
        }
    }

    /**
     * Reads every document's text and sentence spans into the cache and runs the timeline
     * once, so that a server's first requests are as quick as later ones.
     */
    public synchronized void warm() {
        read("warming the cache of", () -> {
            for (DocumentSummary d : documents()) sentenceSpans(d.id());
            return timeline(Optional.empty(), Optional.empty(), Optional.empty());
        });
    }

    /** {@return every document, by name, with its most mentioned people} */
    public synchronized List<DocumentSummary> documents() {
        return read("listing documents", () -> {
            List<DocumentSummary> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT id, name, path, format, chars FROM documents ORDER BY name, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new DocumentSummary(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            people(id)));
                }
            }
            return out;
        });
    }

    /** {@return the document {@code id}: its text and every layer} */
    public synchronized DocumentView document(long id) {
        return read("reading document " + id + " of", () -> {
            String name;
            String path;
            try (PreparedStatement ps = conn.prepareStatement("SELECT name, path FROM documents WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new NotFoundException("no document " + id + " in " + file);
                    name = rs.getString(1);
                    path = rs.getString(2);
                }
            }
            String text = text(id);
            Map<String, String> names = entityNames(id);
            return new DocumentView(id, name, path, text, entities(id), timexes(id, text), quotes(id, names),
                    noteCalls(id), hedges(id), claims(Optional.of(id), Optional.empty()), communications(id, names));
        });
    }

    /** {@return the collection entities, most mentioned first, of {@code type} when given} */
    public synchronized List<EntitySummary> entities(Optional<String> type) {
        return read("listing entities of", () -> {
            String sql = "SELECT entity_key, name, type, mention_count FROM collection_entities"
                    + (type.isPresent() ? " WHERE type = ?" : "") + " ORDER BY mention_count DESC, name LIMIT " + ROWS;
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                if (type.isPresent()) ps.setString(1, type.get());
                return summaries(ps);
            }
        });
    }

    /** {@return the page of the collection entity {@code key}} */
    public synchronized EntityPage entity(String key) {
        return read("reading entity " + key + " of", () -> {
            long id;
            EntitySummary e;
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT id, entity_key, name, type, mention_count FROM collection_entities WHERE entity_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new NotFoundException("no entity '" + key + "' in " + file);
                    id = rs.getLong(1);
                    e = new EntitySummary(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5));
                }
            }
            return new EntityPage(e.key(), e.name(), e.type(), e.mentions(), aliases(id, e.name()), roles(id),
                    mentionsOf(id), messages(id), quotesOf(id), claims(Optional.empty(), Optional.of(id)));
        });
    }

    /**
     * {@return the dated rows in time order, of sentences mentioning the entity {@code entity} when
     * given, covering days from {@code from} to {@code to} when given}
     */
    public synchronized List<TimelineEntry> timeline(Optional<String> entity, Optional<LocalDate> from,
                                                     Optional<LocalDate> to) {
        return read("reading the timeline of", () -> {
            Optional<Set<String>> sentencesOf = Optional.empty();
            if (entity.isPresent()) sentencesOf = Optional.of(sentencesMentioning(collectionId(entity.get())));
            StringBuilder sql = new StringBuilder("SELECT t.document_id, d.name, t.span_start, t.span_end, t.text, "
                    + "t.value, t.interval_start, t.interval_end, t.sentence FROM timexes t "
                    + "JOIN documents d ON d.id = t.document_id WHERE t.start_day IS NOT NULL");
            if (from.isPresent()) sql.append(" AND t.end_day >= ").append(from.get().toEpochDay());
            if (to.isPresent()) sql.append(" AND t.start_day <= ").append(to.get().toEpochDay());
            sql.append(" ORDER BY t.start_day, t.end_day, t.document_id, t.span_start");
            List<TimelineEntry> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(sql.toString()); ResultSet rs = ps.executeQuery()) {
                while (rs.next() && out.size() < ROWS) {
                    long doc = rs.getLong(1);
                    Integer sentence = (Integer) rs.getObject(9);
                    if (sentencesOf.isPresent() && (sentence == null
                            || !sentencesOf.get().contains(doc + ":" + sentence))) continue;
                    out.add(new TimelineEntry(doc, rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                            rs.getString(6), nonNull(rs.getString(7)), nonNull(rs.getString(8)),
                            sentenceText(doc, sentence, rs.getInt(3), rs.getInt(4))));
                }
            }
            return out;
        });
    }

    /** {@return the most mentioned people and their links: messages between them and sentences they share} */
    public synchronized Network network() {
        return read("reading the network of", () -> {
            List<EntitySummary> nodes = new ArrayList<>();
            Map<Long, String> keyOf = new HashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT id, entity_key, name, type, mention_count "
                    + "FROM collection_entities WHERE type = 'PERSON' ORDER BY mention_count DESC, name LIMIT "
                    + NETWORK_PEOPLE); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keyOf.put(rs.getLong(1), rs.getString(2));
                    nodes.add(new EntitySummary(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
            Set<String> keys = new HashSet<>(keyOf.values());
            Map<String, String> members = members();
            Map<String, Integer> counts = new TreeMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT p.document_id, p.communication, p.role, "
                    + "p.entity_key FROM communication_parties p ORDER BY p.document_id, p.communication");
                 ResultSet rs = ps.executeQuery()) {
                Map<String, List<String>> senders = new LinkedHashMap<>();
                Map<String, List<String>> recipients = new LinkedHashMap<>();
                while (rs.next()) {
                    String comm = rs.getLong(1) + ":" + rs.getInt(2);
                    String k = members.get(rs.getLong(1) + ":" + rs.getString(4));
                    if (k == null || !keys.contains(k)) continue;
                    (rs.getString(3).equals("sender") ? senders : recipients)
                            .computeIfAbsent(comm, c -> new ArrayList<>()).add(k);
                }
                senders.forEach((comm, ss) -> {
                    for (String s : ss) {
                        for (String r : recipients.getOrDefault(comm, List.of())) {
                            if (!s.equals(r)) counts.merge(s + "\u0000" + r + "\u0000message", 1, Integer::sum);
                        }
                    }
                });
            }
            Map<String, Set<String>> bySentence = new HashMap<>();
            String ids = keyOf.keySet().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("-1");
            try (PreparedStatement ps = conn.prepareStatement("SELECT m.document_id, m.sentence, cm.collection_id "
                    + "FROM collection_members cm JOIN mentions m ON m.document_id = cm.document_id "
                    + "AND m.entity_key = cm.entity_key WHERE cm.collection_id IN (" + ids + ") "
                    + "AND m.sentence IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bySentence.computeIfAbsent(rs.getLong(1) + ":" + rs.getInt(2), s -> new HashSet<>())
                            .add(keyOf.get(rs.getLong(3)));
                }
            }
            for (Set<String> together : bySentence.values()) {
                List<String> sorted = together.stream().sorted().toList();
                for (int i = 0; i < sorted.size(); i++) {
                    for (int j = i + 1; j < sorted.size(); j++) {
                        counts.merge(sorted.get(i) + "\u0000" + sorted.get(j) + "\u0000sentence", 1, Integer::sum);
                    }
                }
            }
            List<Edge> edges = new ArrayList<>();
            counts.forEach((k, n) -> {
                String[] p = k.split("\u0000");
                edges.add(new Edge(p[0], p[1], p[2], n));
            });
            edges.sort((a, b) -> Integer.compare(b.count(), a.count()));
            return new Network(nodes, edges);
        });
    }

    /** {@return every numeric claim, in document order} */
    public synchronized List<ClaimView> claims() {
        return read("reading claims of", () -> claims(Optional.empty(), Optional.empty()));
    }

    /** {@return the paragraphs holding every word of {@code text}, best first} */
    public synchronized List<SearchHit> search(String text) {
        return chronicle.search(text, SEARCH_HITS);
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw StoreException.of(e, file, "closing");
        } finally {
            store.close();
        }
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private <T> T read(String what, Query<T> q) {
        try {
            return q.run();
        } catch (SQLException e) {
            throw StoreException.of(e, file, what);
        }
    }

    private List<String> people(long doc) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT name FROM entities WHERE document_id = ? "
                + "AND type = 'PERSON' ORDER BY mention_count DESC, name LIMIT " + PEOPLE_PER_DOCUMENT)) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    private String text(long doc) throws SQLException {
        String t = texts.get(doc);
        if (t != null) return t;
        try (PreparedStatement ps = conn.prepareStatement("SELECT text FROM documents WHERE id = ?")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new NotFoundException("no document " + doc + " in " + file);
                t = rs.getString(1);
            }
        }
        texts.put(doc, t);
        return t;
    }

    /** The sentence's text, or the span's own text when there is no sentence. */
    private String sentenceText(long doc, Integer ordinal, int start, int end) throws SQLException {
        String text = text(doc);
        int[][] spans = sentenceSpans(doc);
        if (ordinal != null && ordinal >= 0 && ordinal < spans.length && spans[ordinal] != null) {
            return text.substring(spans[ordinal][0], spans[ordinal][1]);
        }
        return text.substring(start, end);
    }

    /** The document's sentence spans, indexed by ordinal (null where there is none), cached. */
    private int[][] sentenceSpans(long doc) throws SQLException {
        text(doc);
        int[][] spans = sentences.get(doc);
        if (spans == null) {
            List<int[]> all = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT ordinal, span_start, span_end FROM sentences WHERE document_id = ? ORDER BY ordinal")) {
                ps.setLong(1, doc);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) all.add(new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)});
                }
            }
            int max = all.stream().mapToInt(a -> a[0]).max().orElse(-1);
            spans = new int[max + 1][];
            for (int[] a : all) spans[a[0]] = new int[] {a[1], a[2]};
            sentences.put(doc, spans);
        }
        return spans;
    }

    /** {@return the ordinal of the sentence holding {@code offset}}, or null when none does */
    private Integer sentenceAt(long doc, int offset) throws SQLException {
        int[][] spans = sentenceSpans(doc);
        for (int i = 0; i < spans.length; i++) {
            if (spans[i] != null && spans[i][0] <= offset && offset < spans[i][1]) return i;
        }
        return null;
    }

    private Map<String, String> entityNames(long doc) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT entity_key, name FROM entities WHERE document_id = ?")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private List<EntityLayer> entities(long doc) throws SQLException {
        Map<String, List<MentionView>> mentions = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT entity_key, span_start, span_end, text, kind "
                + "FROM mentions WHERE document_id = ? ORDER BY span_start")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new MentionView(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        List<EntityLayer> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT e.entity_key, ce.entity_key, e.type, e.name "
                + "FROM entities e LEFT JOIN collection_members cm ON cm.document_id = e.document_id "
                + "AND cm.entity_key = e.entity_key LEFT JOIN collection_entities ce ON ce.id = cm.collection_id "
                + "WHERE e.document_id = ? ORDER BY e.mention_count DESC, e.name")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EntityLayer(rs.getString(1), Optional.ofNullable(rs.getString(2)), rs.getString(3),
                            rs.getString(4), mentions.getOrDefault(rs.getString(1), List.of())));
                }
            }
        }
        return out;
    }

    private List<TimexView> timexes(long doc, String text) throws SQLException {
        List<TimexView> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT span_start, span_end, text, type, value, "
                + "interval_start, interval_end, granularity, anchor_start, anchor_end FROM timexes "
                + "WHERE document_id = ? ORDER BY span_start")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer as = (Integer) rs.getObject(9);
                    Integer ae = (Integer) rs.getObject(10);
                    Optional<String> anchor = as == null || ae == null || as < 0 || ae > text.length() || as > ae
                            ? Optional.empty() : Optional.of(text.substring(as, ae));
                    out.add(new TimexView(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)),
                            rs.getString(8), anchor));
                }
            }
        }
        return out;
    }

    private List<QuoteView> quotes(long doc, Map<String, String> names) throws SQLException {
        List<QuoteView> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT span_start, span_end, kind, speaker_key "
                + "FROM quotes WHERE document_id = ? ORDER BY span_start")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QuoteView(rs.getInt(1), rs.getInt(2), rs.getString(3),
                            Optional.ofNullable(rs.getString(4)).map(k -> names.getOrDefault(k, k))));
                }
            }
        }
        return out;
    }

    private List<NoteCallView> noteCalls(long doc) throws SQLException {
        List<NoteCallView> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.span_start, c.span_end, c.marker, c.note_id, "
                + "n.body FROM note_calls c LEFT JOIN notes n ON n.document_id = c.document_id AND n.note_id = c.note_id "
                + "WHERE c.document_id = ? ORDER BY c.span_start")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new NoteCallView(rs.getInt(1), rs.getInt(2), rs.getString(3),
                            Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5))));
                }
            }
        }
        return out;
    }

    private List<HedgeView> hedges(long doc) throws SQLException {
        List<HedgeView> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT span_start, span_end, kind, cue_start, cue_end "
                + "FROM hedges WHERE document_id = ? ORDER BY span_start")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HedgeView(rs.getInt(1), rs.getInt(2), Optional.ofNullable(rs.getString(3)),
                            Optional.ofNullable((Integer) rs.getObject(4)), Optional.ofNullable((Integer) rs.getObject(5))));
                }
            }
        }
        return out;
    }

    private List<ClaimView> claims(Optional<Long> doc, Optional<Long> subject) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT c.document_id, c.span_start, c.span_end, c.measure, c.value, "
                + "c.qualifier, e.name FROM claims c LEFT JOIN entities e ON e.document_id = c.document_id "
                + "AND e.entity_key = c.subject_key");
        if (subject.isPresent()) {
            sql.append(" JOIN collection_members cm ON cm.document_id = c.document_id AND cm.entity_key = c.subject_key"
                    + " WHERE cm.collection_id = ").append(subject.get());
        } else if (doc.isPresent()) {
            sql.append(" WHERE c.document_id = ").append(doc.get());
        }
        sql.append(" ORDER BY c.document_id, c.span_start LIMIT ").append(ROWS);
        List<ClaimView> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql.toString()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long d = rs.getLong(1);
                out.add(new ClaimView(d, rs.getInt(2), rs.getInt(3), text(d).substring(rs.getInt(2), rs.getInt(3)),
                        rs.getString(4), rs.getDouble(5), rs.getString(6), Optional.ofNullable(rs.getString(7))));
            }
        }
        return out;
    }

    private List<CommunicationView> communications(long doc, Map<String, String> names) throws SQLException {
        Map<Integer, List<String>> senders = new HashMap<>();
        Map<Integer, List<String>> recipients = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT communication, role, entity_key "
                + "FROM communication_parties WHERE document_id = ?")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    (rs.getString(2).equals("sender") ? senders : recipients)
                            .computeIfAbsent(rs.getInt(1), c -> new ArrayList<>())
                            .add(names.getOrDefault(rs.getString(3), rs.getString(3)));
                }
            }
        }
        List<CommunicationView> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT ordinal, span_start, span_end, channel, date_value "
                + "FROM communications WHERE document_id = ? ORDER BY span_start")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CommunicationView(rs.getInt(2), rs.getInt(3), Optional.ofNullable(rs.getString(4)),
                            Optional.ofNullable(rs.getString(5)), senders.getOrDefault(rs.getInt(1), List.of()),
                            recipients.getOrDefault(rs.getInt(1), List.of())));
                }
            }
        }
        return out;
    }

    private List<EntitySummary> summaries(PreparedStatement ps) throws SQLException {
        List<EntitySummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new EntitySummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
        }
        return out;
    }

    private long collectionId(String key) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM collection_entities WHERE entity_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new NotFoundException("no entity '" + key + "' in " + file);
                return rs.getLong(1);
            }
        }
    }

    /** document id + ":" + document entity key → collection entity key */
    private Map<String, String> members() throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT cm.document_id, cm.entity_key, ce.entity_key "
                + "FROM collection_members cm JOIN collection_entities ce ON ce.id = cm.collection_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getLong(1) + ":" + rs.getString(2), rs.getString(3));
        }
        return out;
    }

    private Set<String> sentencesMentioning(long collection) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT m.document_id, m.sentence FROM mentions m "
                + "JOIN collection_members cm ON cm.document_id = m.document_id AND cm.entity_key = m.entity_key "
                + "WHERE cm.collection_id = ? AND m.sentence IS NOT NULL")) {
            ps.setLong(1, collection);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1) + ":" + rs.getInt(2));
            }
        }
        return out;
    }

    private List<String> aliases(long collection, String name) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT e.name FROM collection_members cm JOIN entities e "
                + "ON e.document_id = cm.document_id AND e.entity_key = cm.entity_key WHERE cm.collection_id = ? "
                + "UNION ALL SELECT a.alias FROM collection_members cm JOIN entity_aliases a "
                + "ON a.document_id = cm.document_id AND a.entity_key = cm.entity_key WHERE cm.collection_id = ?")) {
            ps.setLong(1, collection);
            ps.setLong(2, collection);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        out.remove(name);
        return List.copyOf(out);
    }

    private List<String> roles(long collection) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT r.role FROM collection_members cm JOIN entity_roles r "
                + "ON r.document_id = cm.document_id AND r.entity_key = cm.entity_key WHERE cm.collection_id = ? "
                + "ORDER BY cm.document_id, r.ordinal")) {
            ps.setLong(1, collection);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return List.copyOf(out);
    }

    private List<Passage> mentionsOf(long collection) throws SQLException {
        return passages("SELECT m.document_id, d.name, m.span_start, m.span_end, m.sentence FROM mentions m "
                + "JOIN collection_members cm ON cm.document_id = m.document_id AND cm.entity_key = m.entity_key "
                + "JOIN documents d ON d.id = m.document_id WHERE cm.collection_id = ? "
                + "ORDER BY m.document_id, m.span_start LIMIT " + ROWS, collection);
    }

    private List<Passage> quotesOf(long collection) throws SQLException {
        return passages("SELECT q.document_id, d.name, q.span_start, q.span_end, q.sentence FROM quotes q "
                + "JOIN collection_members cm ON cm.document_id = q.document_id AND cm.entity_key = q.speaker_key "
                + "JOIN documents d ON d.id = q.document_id WHERE cm.collection_id = ? "
                + "ORDER BY q.document_id, q.span_start LIMIT " + ROWS, collection);
    }

    private List<Passage> passages(String sql, long collection) throws SQLException {
        List<Passage> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, collection);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long d = rs.getLong(1);
                    int s = rs.getInt(3);
                    int e = rs.getInt(4);
                    out.add(new Passage(d, rs.getString(2), s, e, text(d).substring(s, e),
                            sentenceText(d, (Integer) rs.getObject(5), s, e)));
                }
            }
        }
        return out;
    }

    private List<Message> messages(long collection) throws SQLException {
        List<Message> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.document_id, c.span_start, c.span_end, p.role, "
                + "c.channel, c.date_value FROM communication_parties p JOIN collection_members cm "
                + "ON cm.document_id = p.document_id AND cm.entity_key = p.entity_key JOIN communications c "
                + "ON c.document_id = p.document_id AND c.ordinal = p.communication WHERE cm.collection_id = ? "
                + "ORDER BY c.document_id, c.span_start LIMIT " + ROWS)) {
            ps.setLong(1, collection);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long d = rs.getLong(1);
                    int start = rs.getInt(2);
                    int end = rs.getInt(3);
                    out.add(new Message(d, start, end, rs.getString(4), Optional.ofNullable(rs.getString(5)),
                            Optional.ofNullable(rs.getString(6)), text(d).substring(start, end),
                            sentenceText(d, sentenceAt(d, start), start, end)));
                }
            }
        }
        return out;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
