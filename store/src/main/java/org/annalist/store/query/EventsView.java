package org.annalist.store.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The deeds clauses report (an order, an arrest, an appointment, a battle), with who took part, in time order. */
final class EventsView {

    private final Sql sql;
    private final Provenance provenance;
    private final EntityDirectory directory;

    EventsView(Sql sql, Provenance provenance, EntityDirectory directory) {
        this.sql = sql;
        this.provenance = provenance;
        this.directory = directory;
    }

    /** {@return the events of {@code query} (one entity in any role, days), in time order, undated last} */
    List<EventRow> rows(TimelineQuery query) {
        Optional<String> entity = query.entity().map(e -> directory.require(e).key());
        Map<Roles.RowKey, List<EventRole>> roles = Roles.of(sql, Roles.Of.EVENTS, Optional.empty());
        List<EventRow> out = new ArrayList<>();
        sql.each("SELECT v.document_id, v.ordinal, v.trigger_start, v.trigger_end, v.type, v.date_value, pe.name, "
                + "v.span_start, v.span_end, s.extent_end "
                + "FROM events v JOIN documents d ON d.id = v.document_id "
                + "LEFT JOIN entities pe ON pe.document_id = v.document_id AND pe.entity_key = v.place_key "
                + "LEFT JOIN sentences s ON s.document_id = v.document_id AND s.ordinal = v.sentence "
                + "ORDER BY " + sql.dialect.ordered("d.name") + ", d.id, v.span_start, v.trigger_start, v.ordinal", rs -> {
                    long doc = rs.getLong(1);
                    Optional<String> date = Sql.text(rs, 6);
                    if (!query.meets(date)) return;
                    List<EventRole> parts = roles.getOrDefault(new Roles.RowKey(doc, rs.getInt(2)), List.of());
                    if (entity.isPresent() && parts.stream().noneMatch(r -> r.party().key().equals(entity.get()))) return;
                    int end = rs.getInt(4);
                    int reach = Sql.integer(rs, 10).orElse(rs.getInt(9));
                    out.add(new EventRow(provenance.source(doc, rs.getInt(3), end), rs.getString(5), provenance.words(doc, rs, 3),
                            date, Sql.text(rs, 7), parts, provenance.words(doc, rs, 8),
                            provenance.noteAfter(doc, end, Math.max(end, reach))));
                });
        out.sort(Comparator.comparing((EventRow e) -> e.date().flatMap(TimelineQuery::days).isEmpty())
                .thenComparing(e -> e.date().flatMap(TimelineQuery::days).map(d -> d[0]).orElse(LocalDate.MIN))
                .thenComparing(e -> e.source().document()).thenComparingLong(e -> e.source().documentId())
                .thenComparingInt(e -> e.source().start()));
        return out;
    }
}
