package org.annalist.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.annalist.store.Store;
import org.annalist.store.StoreException;
import org.annalist.store.query.Chronicle;
import org.annalist.store.query.ClaimsLedger;
import org.annalist.store.query.Pages;
import org.annalist.store.query.EventRow;
import org.annalist.store.query.Network;
import org.annalist.store.query.SearchHit;
import org.annalist.store.query.TimelineQuery;
import org.annalist.store.query.TimelineRow;
import org.annalist.web.Views.ClaimView;
import org.annalist.web.Views.CommunicationView;
import org.annalist.web.Views.BlockView;
import org.annalist.web.Views.DocumentPage;
import org.annalist.web.Views.DocumentSummary;
import org.annalist.web.Views.EntityLayer;
import org.annalist.web.Views.EntityPage;
import org.annalist.web.Views.EntitySummary;
import org.annalist.web.Views.HedgeView;
import org.annalist.web.Views.MentionView;
import org.annalist.web.Views.NoteCallView;
import org.annalist.web.Views.QuoteView;
import org.annalist.web.Views.TimexView;
import org.sqlite.SQLiteConfig;

/**
 * Read-only views of a store for the web reader. The views across documents (timeline, entity
 * profile, network, claims, search) are the store's {@link Chronicle} queries; this class adds the
 * reader's pages of one document and the entity lists. One connection, opened read-only; calls are
 * serialised. Document texts and their pages are cached.
 */
public final class Library implements AutoCloseable {

    private static final int PEOPLE_PER_DOCUMENT = 12;
    private static final int ROWS = 2000;
    private static final int MENTIONS = 1000;
    private static final int SEARCH_HITS = 50;

    private final Path file;
    private final Connection conn;
    private final Store store;
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, Pages> pages = new HashMap<>();
    private final int pageChars;

    private Library(Path file, Connection conn, Store store, int pageChars) {
        this.file = file;
        this.pageChars = pageChars;
        this.conn = conn;
        this.store = store;
    }

    /**
     * {@return the library over the existing store in {@code file}}
     *
     * @throws StoreException when there is no store there
     */
    public static Library open(Path file) {
        return open(file, Pages.TARGET);
    }

    /**
     * {@return the library over the existing store in {@code file}, cutting documents into reader
     * pages of some {@code pageChars} characters}
     *
     * @throws StoreException when there is no store there
     */
    public static Library open(Path file, int pageChars) {
        if (pageChars < 1) throw new IllegalArgumentException("page size must be positive; got " + pageChars);
        Store store = Store.openExisting(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file(), config.toProperties());
            return new Library(store.file(), c, store, pageChars);
        } catch (SQLException e) {
            store.close();
            throw StoreException.of(e, file, "opening read-only");
        }
    }

    /**
     * Reads every document's text and pages into the cache and runs (and writes as JSON) the first
     * pages, the timeline, the network and the most mentioned person's page a few times, so that a
     * server's first requests are about as quick as later ones.
     */
    public synchronized void warm() {
        try {
            for (int i = 0; i < 3; i++) {
                for (DocumentSummary d : documents()) Routes.MAPPER.writeValueAsBytes(document(d.id(), OptionalInt.empty(), OptionalInt.empty()));
                Routes.MAPPER.writeValueAsBytes(timeline(TimelineQuery.ALL));
                Routes.MAPPER.writeValueAsBytes(network(TimelineQuery.ALL));
                entities(Optional.of("PERSON")).stream().findFirst().ifPresent(e -> {
                    try {
                        Routes.MAPPER.writeValueAsBytes(entity(e.key()));
                    } catch (JsonProcessingException x) {
                        throw new IllegalStateException("warming the JSON of entity " + e.key(), x);
                    }
                });
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("warming the JSON of " + file, e);
        }
    }

    /** {@return every document, by name, with its number of pages and its most mentioned people} */
    public synchronized List<DocumentSummary> documents() {
        return read("listing documents", () -> {
            List<DocumentSummary> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT id, name, path, format, chars FROM documents ORDER BY name, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new DocumentSummary(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            pages(id).count(), people(id)));
                }
            }
            return out;
        });
    }

    /**
     * {@return page {@code page} of document {@code id}, or the page holding offset {@code at}, else the
     * first page: its text and every layer starting on it}
     */
    public synchronized DocumentPage document(long id, OptionalInt page, OptionalInt at) {
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
            Pages cut = pages(id);
            int n = page.isPresent() ? page.getAsInt() : at.isPresent() ? cut.pageAt(at.getAsInt()) : 0;
            if (n < 0 || n >= cut.count()) {
                throw new NotFoundException("no page " + n + " in document " + id + "; it has " + cut.count());
            }
            Window w = new Window(id, cut.start(n), cut.end(n));
            Map<String, String> names = entityNames(id);
            return new DocumentPage(id, name, path, text.length(), n, cut.count(), w.start(), w.end(),
                    text.substring(w.start(), w.end()), entities(w), timexes(w, text), quotes(w, names),
                    noteCalls(w), hedges(w), claims(w, text), communications(w, names), blocks(w));
        });
    }

    /** {@return the collection entities, most mentioned first, of {@code type} when given} */
    public synchronized List<EntitySummary> entities(Optional<String> type) {
        return read("listing entities of", () -> {
            String sql = "SELECT entity_key, name, type, mention_count FROM collection_entities"
                    + (type.isPresent() ? " WHERE type = ?" : "") + " ORDER BY mention_count DESC, name LIMIT " + ROWS;
            List<EntitySummary> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                if (type.isPresent()) ps.setString(1, type.get());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EntitySummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                    }
                }
            }
            return out;
        });
    }

    /** {@return the page of the collection entity {@code key}: the store's profile and its mentions} */
    public synchronized EntityPage entity(String key) {
        requireEntity(key);
        return new EntityPage(chronicle().who(key).orElseThrow(() -> new NotFoundException("no entity '" + key + "' in " + file)),
                chronicle().mentions(key, MENTIONS));
    }

    /** {@return the dated rows of {@code query} in time order; its entity is a collection key} */
    public synchronized List<TimelineRow> timeline(TimelineQuery query) {
        query.entity().ifPresent(this::requireEntity);
        List<TimelineRow> rows = chronicle().timeline(query);
        return rows.size() > ROWS ? rows.subList(0, ROWS) : rows;
    }

    /** {@return the events of {@code query} in time order; its entity is a collection key} */
    public synchronized List<EventRow> events(TimelineQuery query) {
        query.entity().ifPresent(this::requireEntity);
        List<EventRow> rows = chronicle().events(query);
        return rows.size() > ROWS ? rows.subList(0, ROWS) : rows;
    }

    /** {@return the communication network of {@code query}; its entity is a collection key} */
    public synchronized Network network(TimelineQuery query) {
        query.entity().ifPresent(this::requireEntity);
        return chronicle().network(query);
    }

    /** {@return every numeric claim, the arithmetic checks and the conflicts across documents} */
    public synchronized ClaimsLedger claims() {
        return chronicle().claims();
    }

    /** {@return the paragraphs holding every word of {@code text}, best first} */
    public synchronized List<SearchHit> search(String text) {
        return chronicle().search(text, SEARCH_HITS);
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

    /** A Chronicle per call: it caches the texts it reads for that call only. */
    private Chronicle chronicle() {
        return store.chronicle();
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

    /** The characters {@code [start, end)} of document {@code doc}. */
    private record Window(long doc, int start, int end) {
        void bind(PreparedStatement ps) throws SQLException {
            ps.setLong(1, doc);
            ps.setInt(2, start);
            ps.setInt(3, end);
        }
    }

    private void requireEntity(String key) {
        boolean known = read("reading entity " + key + " of", () -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM collection_entities WHERE entity_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (!known) throw new NotFoundException("no entity '" + key + "' in " + file);
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

    /** The document's text, cached for the server's life (the store is read-only here). */
    private String text(long doc) {
        return texts.computeIfAbsent(doc, d -> chronicle().documentText(d));
    }

    private Pages pages(long doc) throws SQLException {
        Pages p = pages.get(doc);
        if (p != null) return p;
        List<Integer> starts = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT span_start FROM paragraphs WHERE document_id = ?")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) starts.add(rs.getInt(1));
            }
        }
        p = Pages.of(text(doc), starts.stream().mapToInt(Integer::intValue).toArray(), pageChars);
        pages.put(doc, p);
        return p;
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

    private List<EntityLayer> entities(Window w) throws SQLException {
        Map<String, List<MentionView>> mentions = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT entity_key, span_start, span_end, text, kind "
                + "FROM mentions WHERE document_id = ? AND span_start >= ? AND span_start < ? ORDER BY span_start")) {
            w.bind(ps);
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
            ps.setLong(1, w.doc());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<MentionView> on = mentions.get(rs.getString(1));
                    if (on == null) continue;
                    out.add(new EntityLayer(rs.getString(1), Optional.ofNullable(rs.getString(2)), rs.getString(3),
                            rs.getString(4), on));
                }
            }
        }
        return out;
    }

    private List<TimexView> timexes(Window w, String text) throws SQLException {
        List<TimexView> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT span_start, span_end, text, type, value, "
                + "interval_start, interval_end, granularity, anchor_start, anchor_end FROM timexes "
                + "WHERE document_id = ? AND span_start >= ? AND span_start < ? ORDER BY span_start")) {
            w.bind(ps);
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

    private List<QuoteView> quotes(Window w, Map<String, String> names) throws SQLException {
        List<QuoteView> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT span_start, span_end, kind, speaker_key "
                + "FROM quotes WHERE document_id = ? AND span_start >= ? AND span_start < ? ORDER BY span_start")) {
            w.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QuoteView(rs.getInt(1), rs.getInt(2), rs.getString(3),
                            Optional.ofNullable(rs.getString(4)).map(k -> names.getOrDefault(k, k))));
                }
            }
        }
        return out;
    }

    private List<NoteCallView> noteCalls(Window w) throws SQLException {
        List<NoteCallView> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.span_start, c.span_end, c.marker, c.note_id, "
                + "n.body FROM note_calls c LEFT JOIN notes n ON n.document_id = c.document_id AND n.note_id = c.note_id "
                + "WHERE c.document_id = ? AND c.span_start >= ? AND c.span_start < ? ORDER BY c.span_start")) {
            w.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new NoteCallView(rs.getInt(1), rs.getInt(2), rs.getString(3),
                            Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5))));
                }
            }
        }
        return out;
    }

    /** {@return the paragraphs, headings and block quotes starting on the page, in order} */
    private List<BlockView> blocks(Window w) throws SQLException {
        List<BlockView> out = new ArrayList<>();
        String where = " WHERE document_id = ? AND span_start >= ? AND span_start < ?";
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT span_start, span_end, 'paragraph', NULL FROM paragraphs" + where
                        + " UNION ALL SELECT span_start, span_end, 'heading', level FROM headings" + where
                        + " UNION ALL SELECT span_start, span_end, 'blockquote', NULL FROM block_quotes" + where
                        + " ORDER BY 1, 2 DESC")) {
            for (int i = 0; i < 3; i++) {
                ps.setLong(3 * i + 1, w.doc());
                ps.setInt(3 * i + 2, w.start());
                ps.setInt(3 * i + 3, w.end());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new BlockView(rs.getInt(1), rs.getInt(2), rs.getString(3),
                            Optional.ofNullable((Integer) rs.getObject(4))));
                }
            }
        }
        return out;
    }

    private List<HedgeView> hedges(Window w) throws SQLException {
        List<HedgeView> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT span_start, span_end, kind, cue_start, cue_end "
                + "FROM hedges WHERE document_id = ? AND span_start >= ? AND span_start < ? ORDER BY span_start")) {
            w.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HedgeView(rs.getInt(1), rs.getInt(2), Optional.ofNullable(rs.getString(3)),
                            Optional.ofNullable((Integer) rs.getObject(4)), Optional.ofNullable((Integer) rs.getObject(5))));
                }
            }
        }
        return out;
    }

    private List<ClaimView> claims(Window w, String text) throws SQLException {
        List<ClaimView> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.span_start, c.span_end, c.measure, c.value, "
                + "c.qualifier, e.name FROM claims c LEFT JOIN entities e ON e.document_id = c.document_id "
                + "AND e.entity_key = c.subject_key WHERE c.document_id = ? AND c.span_start >= ? AND c.span_start < ? "
                + "ORDER BY c.span_start")) {
            w.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ClaimView(rs.getInt(1), rs.getInt(2), text.substring(rs.getInt(1), rs.getInt(2)),
                            rs.getString(3), rs.getDouble(4), rs.getString(5), Optional.ofNullable(rs.getString(6))));
                }
            }
        }
        return out;
    }

    private List<CommunicationView> communications(Window w, Map<String, String> names) throws SQLException {
        Map<Integer, List<String>> senders = new HashMap<>();
        Map<Integer, List<String>> recipients = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT communication, role, entity_key "
                + "FROM communication_parties WHERE document_id = ?")) {
            ps.setLong(1, w.doc());
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
                + "FROM communications WHERE document_id = ? AND span_start >= ? AND span_start < ? ORDER BY span_start")) {
            w.bind(ps);
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
}
