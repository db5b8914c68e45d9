package org.annalist.store.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The claims ledger: stated figures with their sources, the arithmetic checks, the conflicts across documents. */
final class ClaimsView {

    private final Sql sql;
    private final Provenance provenance;

    ClaimsView(Sql sql, Provenance provenance) {
        this.sql = sql;
        this.provenance = provenance;
    }

    /**
     * {@return every claim, every arithmetic check and the conflicts between documents}; the
     * claims weightiest first (casualties, forces and prisoners, money, materiel, the counts of
     * description), then by document and offset
     */
    ClaimsLedger ledger() {
        List<ClaimRow> rows = rows(Optional.empty());
        List<ClaimRow> weighed = new ArrayList<>(rows);
        weighed.sort(Comparator.comparingInt(ClaimRow::weight).reversed()); // stable: document order within a weight
        return new ClaimsLedger(weighed, checks(), ClaimConflicts.among(rows));
    }

    /** {@return the claims, all or those whose sentence mentions collection entity {@code entity}, by document and offset} */
    List<ClaimRow> rows(Optional<Long> entity) {
        String select = "SELECT c.document_id, c.span_start, c.span_end, c.number_start, c.number_end, c.subject_key, "
                + "c.measure, c.value, c.qualifier, c.date_value, s.extent_end, s.span_start, s.span_end, c.kind, c.value_high "
                + "FROM claims c JOIN documents d ON d.id = c.document_id "
                + "LEFT JOIN sentences s ON s.document_id = c.document_id AND s.ordinal = c.sentence"
                + (entity.isPresent() ? " WHERE (c.document_id, c.sentence) IN (" + EntityDirectory.SENTENCES_MENTIONING + ")" : "")
                + " ORDER BY " + sql.dialect.ordered("d.name") + ", d.id, coalesce(c.number_start, -1), c.ordinal";
        return sql.list(select, rs -> {
            long doc = rs.getLong(1);
            int start = rs.getInt(2);
            int end = rs.getInt(3);
            double value = rs.getDouble(8);
            String qualifier = rs.getString(9);
            Optional<Double> high = Optional.ofNullable((Number) rs.getObject(15)).map(Number::doubleValue);
            ClaimRange range = high.map(h -> new ClaimRange(value, false, Optional.of(h), false))
                    .orElseGet(() -> ClaimRange.of(value, qualifier));
            return new ClaimRow(provenance.source(doc, start, end), provenance.words(doc, rs, 4), Sql.text(rs, 6),
                    rs.getString(7), Sql.text(rs, 14), value, high, qualifier, Sql.text(rs, 10), range,
                    provenance.sentence(doc, rs, 12, start), provenance.noteOf(doc, start, end, rs, 11));
        }, entity.map(id -> new Object[] {id}).orElse(new Object[0]));
    }

    private List<CheckRow> checks() {
        Map<Roles.RowKey, List<SourceRef>> operands = new LinkedHashMap<>();
        sql.each("SELECT document_id, claim_check, span_start, span_end FROM claim_check_operands "
                + "ORDER BY document_id, claim_check, ordinal", rs -> operands.computeIfAbsent(
                        new Roles.RowKey(rs.getLong(1), rs.getInt(2)), k -> new ArrayList<>())
                .add(provenance.source(rs.getLong(1), rs.getInt(3), rs.getInt(4))));
        return sql.list("SELECT k.document_id, k.ordinal, k.stated_start, k.stated_end, k.kind, k.stated_value, "
                + "k.computed, k.tolerance, k.consistent, s.span_start, s.span_end "
                + "FROM claim_checks k JOIN documents d ON d.id = k.document_id "
                + "LEFT JOIN sentences s ON s.document_id = k.document_id AND s.ordinal = k.sentence "
                + "ORDER BY " + sql.dialect.ordered("d.name") + ", d.id, k.stated_start, k.ordinal", rs -> {
                    long doc = rs.getLong(1);
                    int start = rs.getInt(3);
                    return new CheckRow(provenance.source(doc, start, rs.getInt(4)), rs.getString(5), rs.getDouble(6),
                            rs.getDouble(7), rs.getDouble(8), rs.getInt(9) == 1,
                            operands.getOrDefault(new Roles.RowKey(doc, rs.getInt(2)), List.of()),
                            provenance.sentence(doc, rs, 10, start));
                });
    }
}
