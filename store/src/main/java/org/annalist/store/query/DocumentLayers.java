package org.annalist.store.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.annalist.store.StoredDocument;
import org.annalist.store.query.DocumentPage.BlockView;
import org.annalist.store.query.DocumentPage.ClaimView;
import org.annalist.store.query.DocumentPage.CommunicationView;
import org.annalist.store.query.DocumentPage.EntityLayer;
import org.annalist.store.query.DocumentPage.HedgeView;
import org.annalist.store.query.DocumentPage.MentionView;
import org.annalist.store.query.DocumentPage.NoteView;
import org.annalist.store.query.DocumentPage.QuoteView;
import org.annalist.store.query.DocumentPage.TimexView;
import org.annalist.store.query.DocumentPage.TurnView;

/**
 * The documents of a store and the layers of a window of one document's text: a reader's page
 * (cut by {@link Pages}), or the whole document for an exporter. Every layer is read by the
 * span start falling in the window.
 */
final class DocumentLayers {

    private static final int PEOPLE_PER_DOCUMENT = 12;
    private static final String IN_WINDOW = inWindow("");

    private final Sql sql;
    private final Provenance provenance;
    private final Map<String, Pages> pages = new HashMap<>();

    DocumentLayers(Sql sql, Provenance provenance) {
        this.sql = sql;
        this.provenance = provenance;
    }

    /** {@return every stored document, by name} */
    List<StoredDocument> documents() {
        return sql.list("SELECT id, name, path, content_hash, format, chars, layers, ingested_at FROM documents ORDER BY "
                + sql.dialect.ordered("name") + ", " + sql.dialect.ordered("path"),
                rs -> new StoredDocument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getString(7), rs.getString(8)));
    }

    /** {@return every document, by name, with its number of pages of some {@code pageChars} and its most mentioned people} */
    List<DocumentSummary> summaries(int pageChars) {
        return documents().stream().map(d -> new DocumentSummary(d.id(), d.name(), d.format(), d.chars(),
                pages(d.id(), pageChars).count(), sql.list("SELECT name FROM entities WHERE document_id = ? "
                        + "AND type = 'PERSON' ORDER BY mention_count DESC, " + sql.dialect.ordered("name") + " LIMIT "
                        + PEOPLE_PER_DOCUMENT, rs -> rs.getString(1), d.id()))).toList();
    }

    /**
     * {@return page {@code page} of document {@code doc} cut in pages of some {@code pageChars}, or the
     * page holding offset {@code at}, else the first page}
     *
     * @throws NotFoundException when there is no such document or page
     */
    DocumentPage page(long doc, int pageChars, OptionalInt page, OptionalInt at) {
        Pages cut = pages(doc, pageChars);
        int n = page.isPresent() ? page.getAsInt() : at.isPresent() ? cut.pageAt(at.getAsInt()) : 0;
        if (n < 0 || n >= cut.count()) {
            throw new NotFoundException("no page " + n + " in document " + doc + "; it has " + cut.count());
        }
        return window(doc, n, cut.count(), cut.start(n), cut.end(n));
    }

    /** {@return the whole of document {@code doc} as one window}; fails as {@link #page} does */
    DocumentPage whole(long doc) {
        return window(doc, 0, 1, 0, provenance.text(doc).length());
    }

    private Pages pages(long doc, int pageChars) {
        if (pageChars < 1) throw new IllegalArgumentException("page size must be positive; got " + pageChars);
        String text = provenance.text(doc);
        return pages.computeIfAbsent(doc + "/" + pageChars, k -> Pages.of(text, sql.list(
                "SELECT span_start FROM paragraphs WHERE document_id = ?", rs -> rs.getInt(1), doc)
                .stream().mapToInt(Integer::intValue).toArray(), pageChars));
    }

    private DocumentPage window(long doc, int page, int pages, int start, int end) {
        String text = provenance.text(doc);
        Object[] w = {doc, start, end};
        return new DocumentPage(doc, provenance.name(doc), text.length(), page, pages, start, end,
                text.substring(start, end), entities(w), timexes(w, text), quotes(w), provenance.noteCalls(doc, start, end), hedges(w),
                claims(w, text), communications(w), blocks(w), turns(w), notes(w));
    }

    /** {@return the condition of the rows (of table alias {@code alias}, with its dot) whose span starts in the window} */
    private static String inWindow(String alias) {
        return " WHERE " + alias + "document_id = ? AND " + alias + "span_start >= ? AND " + alias + "span_start < ?";
    }

    private List<EntityLayer> entities(Object[] w) {
        Map<String, List<MentionView>> mentions = new LinkedHashMap<>();
        sql.each("SELECT entity_key, span_start, span_end, text, kind FROM mentions" + IN_WINDOW
                + " ORDER BY span_start, span_end, " + sql.dialect.ordered("entity_key"),
                rs -> mentions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new MentionView(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5))), w);
        List<EntityLayer> out = new ArrayList<>();
        sql.each("SELECT e.entity_key, ce.entity_key, e.type, e.name FROM entities e "
                + "LEFT JOIN collection_members cm ON cm.document_id = e.document_id AND cm.entity_key = e.entity_key "
                + "LEFT JOIN collection_entities ce ON ce.id = cm.collection_id WHERE e.document_id = ? "
                + "ORDER BY e.mention_count DESC, " + sql.dialect.ordered("e.name") + ", " + sql.dialect.ordered("e.entity_key"),
                rs -> {
                    List<MentionView> on = mentions.get(rs.getString(1));
                    if (on != null) {
                        out.add(new EntityLayer(rs.getString(1), Sql.text(rs, 2), rs.getString(3), rs.getString(4), on));
                    }
                }, w[0]);
        return out;
    }

    private List<TimexView> timexes(Object[] w, String text) {
        return sql.list("SELECT span_start, span_end, text, type, value, interval_start, interval_end, granularity, "
                + "anchor_start, anchor_end FROM timexes" + IN_WINDOW + " ORDER BY span_start, ordinal", rs -> {
                    Optional<Integer> as = Sql.integer(rs, 9);
                    Optional<Integer> ae = Sql.integer(rs, 10);
                    Optional<String> anchor = as.isEmpty() || ae.isEmpty() || as.get() < 0 || ae.get() > text.length()
                            || as.get() > ae.get() ? Optional.empty() : Optional.of(text.substring(as.get(), ae.get()));
                    return new TimexView(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            Sql.text(rs, 6), Sql.text(rs, 7), rs.getString(8), anchor);
                }, w);
    }

    private List<QuoteView> quotes(Object[] w) {
        return sql.list("SELECT q.span_start, q.span_end, q.kind, q.speaker_key, " + EntityDirectory.PARTY_COLUMNS
                + " FROM quotes q " + EntityDirectory.partyJoins("q.document_id", "q.speaker_key")
                + inWindow("q.")
                + " ORDER BY q.span_start, q.ordinal", rs -> {
                    Optional<String> key = Sql.text(rs, 4);
                    return new QuoteView(rs.getInt(1), rs.getInt(2), rs.getString(3), key,
                            key.isEmpty() ? Optional.empty() : Optional.of(EntityDirectory.party(rs, 5, (Long) w[0], key.get())));
                }, w);
    }

    private List<NoteView> notes(Object[] w) {
        return sql.list("SELECT note_id, marker, span_start, span_end, body FROM notes" + IN_WINDOW
                + " ORDER BY span_start, " + sql.dialect.ordered("note_id"), rs -> new NoteView(rs.getString(1),
                rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)), w);
    }

    private List<BlockView> blocks(Object[] w) {
        return sql.list("SELECT span_start, span_end, 'paragraph', NULL FROM paragraphs" + IN_WINDOW
                + " UNION ALL SELECT span_start, span_end, 'heading', level FROM headings" + IN_WINDOW
                + " UNION ALL SELECT span_start, span_end, 'blockquote', NULL FROM block_quotes" + IN_WINDOW
                + " ORDER BY 1, 2 DESC, 3", rs -> new BlockView(rs.getInt(1), rs.getInt(2), rs.getString(3),
                Sql.integer(rs, 4)), w[0], w[1], w[2], w[0], w[1], w[2], w[0], w[1], w[2]);
    }

    private List<TurnView> turns(Object[] w) {
        return sql.list("SELECT span_start, span_end, label_start, label_end, speaker FROM turns" + IN_WINDOW
                + " ORDER BY span_start, ordinal", rs -> new TurnView(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                rs.getInt(4), rs.getString(5)), w);
    }

    private List<HedgeView> hedges(Object[] w) {
        return sql.list("SELECT span_start, span_end, kind, cue_start, cue_end FROM hedges" + IN_WINDOW
                + " ORDER BY span_start, ordinal", rs -> new HedgeView(rs.getInt(1), rs.getInt(2), Sql.text(rs, 3),
                Sql.integer(rs, 4), Sql.integer(rs, 5)), w);
    }

    private List<ClaimView> claims(Object[] w, String text) {
        return sql.list("SELECT c.span_start, c.span_end, c.measure, c.value, c.qualifier, e.name FROM claims c "
                + "LEFT JOIN entities e ON e.document_id = c.document_id AND e.entity_key = c.subject_key"
                + inWindow("c.")
                + " ORDER BY c.span_start, c.ordinal", rs -> new ClaimView(rs.getInt(1), rs.getInt(2),
                text.substring(rs.getInt(1), rs.getInt(2)), rs.getString(3), rs.getDouble(4), rs.getString(5),
                Sql.text(rs, 6)), w);
    }

    private List<CommunicationView> communications(Object[] w) {
        Map<Roles.RowKey, List<EventRole>> roles = Roles.of(sql, Roles.Of.MESSAGES, Optional.of((Long) w[0]));
        return sql.list("SELECT ordinal, span_start, span_end, channel, date_value FROM communications" + IN_WINDOW
                + " ORDER BY span_start, ordinal", rs -> {
                    List<EventRole> parties = roles.getOrDefault(new Roles.RowKey((Long) w[0], rs.getInt(1)), List.of());
                    return new CommunicationView(rs.getInt(2), rs.getInt(3), Sql.text(rs, 4), Sql.text(rs, 5),
                            Roles.in(parties, "sender"), Roles.in(parties, "recipient"));
                }, w);
    }
}
