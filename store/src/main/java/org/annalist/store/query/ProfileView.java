package org.annalist.store.query;

import java.util.List;
import java.util.Optional;

/** Everything about one collection entity: names, roles, documents, quotations, dates, messages, claims, mentions. */
final class ProfileView {

    private static final int QUOTE_CHARS = 300;

    private final Sql sql;
    private final Provenance provenance;
    private final EntityDirectory directory;
    private final TimelineView timeline;
    private final NetworkView network;
    private final ClaimsView claims;

    ProfileView(Sql sql, Provenance provenance, EntityDirectory directory, TimelineView timeline, NetworkView network,
                ClaimsView claims) {
        this.sql = sql;
        this.provenance = provenance;
        this.directory = directory;
        this.timeline = timeline;
        this.network = network;
        this.claims = claims;
    }

    /** {@return the profile of the collection entity best answering to {@code name}}, if any */
    Optional<Profile> who(String name) {
        List<EntityDirectory.Candidate> found = directory.candidates(name);
        if (found.isEmpty()) return Optional.empty();
        EntityDirectory.Candidate c = found.get(0);
        List<String> others = found.stream().skip(1)
                .map(o -> o.name() + " (" + o.type() + ", " + o.mentions() + " mentions)").toList();
        TimelineQuery about = new TimelineQuery(Optional.of(c.key()), Optional.empty(), Optional.empty());
        return Optional.of(new Profile(c.key(), c.name(), c.type(), directory.aliases(c), directory.roles(c), c.mentions(),
                directory.documents(c), quotes(c.id()), timeline.rows(Optional.of(c.id()), TimelineQuery.ALL),
                network.network(about).edges(), claims.rows(Optional.of(c.id())), others));
    }

    /**
     * {@return the first {@code limit} mentions, in document order, of the collection entity best
     * answering to {@code entity}, each with its sentence}
     *
     * @throws NotFoundException when no entity answers to {@code entity}
     */
    List<MentionRow> mentions(String entity, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive; got " + limit);
        long id = directory.require(entity).id();
        return sql.list("SELECT m.document_id, m.span_start, m.span_end, m.text, m.kind, s.span_start, s.span_end "
                + "FROM collection_members cm JOIN mentions m ON m.document_id = cm.document_id "
                + "AND m.entity_key = cm.entity_key JOIN documents d ON d.id = m.document_id "
                + "LEFT JOIN sentences s ON s.document_id = m.document_id AND s.ordinal = m.sentence "
                + "WHERE cm.collection_id = ? ORDER BY " + sql.dialect.ordered("d.name") + ", d.id, m.span_start, m.span_end "
                + "LIMIT ?", rs -> {
                    long doc = rs.getLong(1);
                    int start = rs.getInt(2);
                    return new MentionRow(provenance.source(doc, start, rs.getInt(3)), rs.getString(4), rs.getString(5),
                            provenance.sentence(doc, rs, 6, start));
                }, id, limit);
    }

    private List<QuoteRow> quotes(long id) {
        return sql.list("SELECT q.document_id, q.span_start, q.span_end, q.kind, s.extent_end "
                + "FROM quotes q JOIN collection_members cm ON cm.document_id = q.document_id "
                + "AND cm.entity_key = q.speaker_key JOIN documents d ON d.id = q.document_id "
                + "LEFT JOIN sentences s ON s.document_id = q.document_id AND s.ordinal = q.sentence "
                + "WHERE cm.collection_id = ? ORDER BY " + sql.dialect.ordered("d.name") + ", d.id, q.span_start, q.ordinal",
                rs -> {
                    long doc = rs.getLong(1);
                    int start = rs.getInt(2);
                    int end = rs.getInt(3);
                    String words = Provenance.oneLine(provenance.text(doc).substring(start, Math.min(end, start + QUOTE_CHARS + 1)));
                    if (end - start > QUOTE_CHARS) words = words.substring(0, Math.min(words.length(), QUOTE_CHARS)) + "…";
                    return new QuoteRow(provenance.source(doc, start, end), rs.getString(4), words,
                            provenance.noteOf(doc, start, end, rs, 5));
                }, id);
    }
}
