package org.annalist.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The timeline: temporal expressions resolved to days, in time order, each with its sentence and endnote. */
final class TimelineView {

    private final Sql sql;
    private final Provenance provenance;
    private final EntityDirectory directory;

    TimelineView(Sql sql, Provenance provenance, EntityDirectory directory) {
        this.sql = sql;
        this.provenance = provenance;
        this.directory = directory;
    }

    /** {@return the dated rows selected by {@code query}, ordered by interval}; an unknown entity is refused */
    List<TimelineRow> rows(TimelineQuery query) {
        return rows(query.entity().map(e -> directory.require(e).id()), query);
    }

    /** {@return the dated rows within the query's days whose sentence mentions collection entity {@code entity}} */
    List<TimelineRow> rows(Optional<Long> entity, TimelineQuery query) {
        StringBuilder select = new StringBuilder("SELECT t.document_id, t.span_start, t.span_end, t.text, t.type, t.value, "
                + "t.interval_start, t.interval_end, t.granularity, s.extent_end, s.span_start, s.span_end, "
                + "t.certainty, t.matter, t.outside_frame "
                + "FROM timexes t JOIN documents d ON d.id = t.document_id "
                + "LEFT JOIN sentences s ON s.document_id = t.document_id AND s.ordinal = t.sentence "
                + "WHERE t.start_day IS NOT NULL AND t.vague = 0");
        List<Object> args = new ArrayList<>();
        if (query.outsideFrame()) select.append(" AND t.outside_frame = 1");
        query.from().ifPresent(d -> {
            select.append(" AND t.end_day >= ?");
            args.add(d.toEpochDay());
        });
        query.to().ifPresent(d -> {
            select.append(" AND t.start_day <= ?");
            args.add(d.toEpochDay());
        });
        entity.ifPresent(id -> {
            select.append(" AND (t.document_id, t.sentence) IN (").append(EntityDirectory.SENTENCES_MENTIONING).append(")");
            args.add(id);
        });
        select.append(" ORDER BY t.start_day, t.end_day, ").append(sql.dialect.ordered("d.name"))
                .append(", d.id, t.span_start, t.ordinal");
        return sql.list(select.toString(), rs -> {
            long doc = rs.getLong(1);
            int start = rs.getInt(2);
            int end = rs.getInt(3);
            return new TimelineRow(provenance.source(doc, start, end), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getString(7), rs.getString(8), rs.getString(9), provenance.sentence(doc, rs, 11, start),
                    provenance.noteOf(doc, start, end, rs, 10), Optional.ofNullable(rs.getString(13)),
                    Optional.ofNullable(rs.getString(14)), rs.getInt(15) == 1);
        }, args.toArray());
    }
}
