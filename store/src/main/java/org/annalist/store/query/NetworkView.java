package org.annalist.store.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Who told whom: the reported messages with their parties, and the network of sender→recipient edges. */
final class NetworkView {

    private final Sql sql;
    private final Provenance provenance;
    private final EntityDirectory directory;

    NetworkView(Sql sql, Provenance provenance, EntityDirectory directory) {
        this.sql = sql;
        this.provenance = provenance;
        this.directory = directory;
    }

    /** {@return every reported message dated within the query's days (all when it has none), by document and offset} */
    List<MessageRow> messages(TimelineQuery query) {
        Map<Roles.RowKey, List<EventRole>> roles = Roles.of(sql, Roles.Of.MESSAGES, Optional.empty());
        List<MessageRow> out = new ArrayList<>();
        sql.each("SELECT c.document_id, c.ordinal, c.span_start, c.span_end, c.channel, c.date_value, "
                + "c.evidence_start, c.evidence_end, s.extent_end "
                + "FROM communications c JOIN documents d ON d.id = c.document_id "
                + "LEFT JOIN sentences s ON s.document_id = c.document_id AND s.ordinal = c.sentence "
                + "ORDER BY " + sql.dialect.ordered("d.name") + ", d.id, c.span_start, c.ordinal", rs -> {
                    long doc = rs.getLong(1);
                    int end = rs.getInt(4);
                    Optional<String> date = Sql.text(rs, 6).filter(s -> !s.isBlank());
                    if (!query.meets(date)) return;
                    int reach = Math.max(end, Sql.integer(rs, 9).orElse(rs.getInt(8)));
                    List<EventRole> parties = roles.getOrDefault(new Roles.RowKey(doc, rs.getInt(2)), List.of());
                    out.add(new MessageRow(provenance.source(doc, rs.getInt(3), end), provenance.words(doc, rs, 3),
                            Sql.text(rs, 5).filter(s -> !s.isBlank()), date, Roles.in(parties, "sender"),
                            Roles.in(parties, "recipient"), provenance.words(doc, rs, 7), provenance.noteAfter(doc, end, reach)));
                });
        return out;
    }

    /**
     * {@return the communication network: every reported message as sender→recipient edges, and
     * the parties with their counts}; {@code query} keeps the messages of one entity and those
     * dated within its days (undated messages drop out when a day is given)
     */
    Network network(TimelineQuery query) {
        Optional<String> entity = query.entity().map(e -> directory.require(e).key());
        List<NetworkEdge> edges = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Party> parties = new LinkedHashMap<>();
        for (MessageRow m : messages(query)) {
            if (entity.isPresent() && Stream.concat(m.senders().stream(), m.recipients().stream())
                    .noneMatch(p -> p.key().equals(entity.get()))) {
                continue;
            }
            for (Party s : m.senders()) {
                if (m.recipients().isEmpty()) edges.add(edge(s, Optional.empty(), m));
                for (Party r : m.recipients()) edges.add(edge(s, Optional.of(r), m));
            }
            for (Party s : new LinkedHashSet<>(m.senders())) count(counts, parties, s, 0);
            for (Party r : new LinkedHashSet<>(m.recipients())) count(counts, parties, r, 1);
        }
        edges.sort(Comparator.comparing((NetworkEdge e) -> e.date().isEmpty())
                .thenComparing(e -> e.date().orElse(""))
                .thenComparing(e -> e.source().document())
                .thenComparingLong(e -> e.source().documentId())
                .thenComparingInt(e -> e.source().start()));
        List<NetworkNode> nodes = parties.values().stream()
                .map(p -> new NetworkNode(p.key(), p.name(), p.type(), counts.get(p.key())[0], counts.get(p.key())[1]))
                .sorted(Comparator.comparingInt((NetworkNode n) -> n.sent() + n.received()).reversed()
                        .thenComparing(NetworkNode::name).thenComparing(NetworkNode::key))
                .toList();
        return new Network(nodes, edges);
    }

    private static NetworkEdge edge(Party sender, Optional<Party> recipient, MessageRow m) {
        return new NetworkEdge(sender, recipient, m.source(), m.cue(), m.channel(), m.date(), m.sentence(), m.note());
    }

    private static void count(Map<String, int[]> counts, Map<String, Party> parties, Party p, int slot) {
        parties.putIfAbsent(p.key(), p);
        counts.computeIfAbsent(p.key(), k -> new int[2])[slot]++;
    }
}
