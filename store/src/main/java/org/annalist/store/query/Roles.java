package org.annalist.store.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parties of the messages or the events of a store, each named by {@link EntityDirectory}'s one rule. */
final class Roles {

    /** Rows that have parties, and how their party table names them. */
    enum Of {
        MESSAGES("communication_parties", "communication"), EVENTS("event_participants", "event");

        final String table;
        final String column;

        Of(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    private Roles() {
    }

    /** A row of a document, as {@code document_id} and its {@code ordinal}. */
    record RowKey(long document, int ordinal) {
    }

    /**
     * {@return the parties of every row (or of document {@code doc}'s rows), by row}; within a row
     * by role, then key: the stored order is not kept the same by every database
     */
    static Map<RowKey, List<EventRole>> of(Sql sql, Of rows, Optional<Long> doc) {
        Map<RowKey, List<EventRole>> out = new LinkedHashMap<>();
        sql.each("SELECT p.document_id, p." + rows.column + ", p.role, p.entity_key, " + EntityDirectory.PARTY_COLUMNS
                + " FROM " + rows.table + " p " + EntityDirectory.partyJoins("p")
                + (doc.isPresent() ? " WHERE p.document_id = ?" : "") + " ORDER BY p.document_id, p." + rows.column
                        + ", p.role, " + sql.dialect.ordered("p.entity_key"),
                rs -> out.computeIfAbsent(new RowKey(rs.getLong(1), rs.getInt(2)), k -> new ArrayList<>())
                        .add(new EventRole(rs.getString(3), EntityDirectory.party(rs, 5, rs.getLong(1), rs.getString(4)))),
                doc.map(d -> new Object[] {d}).orElse(new Object[0]));
        return out;
    }

    /** {@return the parties in {@code role}} */
    static List<Party> in(List<EventRole> roles, String role) {
        return roles.stream().filter(r -> r.role().equals(role)).map(EventRole::party).toList();
    }
}
