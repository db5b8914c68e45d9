package org.annalist.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.store.query.EntitySummary;
import org.annalist.store.query.MessageRow;
import org.annalist.store.query.Party;
import org.annalist.store.query.TimelineRow;

/**
 * The chronicle as linked CSV tables for Palladio (RFC 4180, ISO dates): people (persons and
 * organisations), places, events (dated expressions with their sentence and source) and
 * communications (one row per sender→recipient, with the ids of the people tables).
 */
public final class Palladio {

    private static final Set<String> PLACE_TYPES = Set.of("GPE", "LOC", "FAC");
    private static final Set<String> AGENT_TYPES = Set.of("PERSON", "ORG");

    private Palladio() {
    }

    /** {@return the four tables: people.csv, places.csv, events.csv, communications.csv} */
    public static List<ExportFile> render(List<EntitySummary> entities, List<TimelineRow> timeline,
                                          List<MessageRow> communications) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<List<String>> people = new ArrayList<>();
        List<List<String>> places = new ArrayList<>();
        for (EntitySummary e : entities) {
            boolean place = PLACE_TYPES.contains(e.type());
            if (!place && !AGENT_TYPES.contains(e.type())) continue;
            String id = (place ? "L" : "P") + ((place ? places : people).size() + 1);
            ids.put(e.key(), id);
            (place ? places : people).add(List.of(id, e.name(), e.type(), Integer.toString(e.mentions()),
                    String.join("; ", e.documents()), e.key()));
        }
        // parties of another type (or absent from the entity tables) still get a row, so every link resolves
        for (MessageRow c : communications) {
            for (Party p : concat(c.senders(), c.recipients())) {
                if (ids.containsKey(p.key())) continue;
                String id = "P" + (people.size() + 1);
                ids.put(p.key(), id);
                people.add(List.of(id, p.name(), p.type(), "0", c.source().document(), p.key()));
            }
        }
        List<List<String>> events = new ArrayList<>();
        for (TimelineRow r : timeline) {
            events.add(List.of("E" + (events.size() + 1), r.value(), r.from(), r.to(), r.text(), r.sentence(),
                    r.source().document(), Integer.toString(r.source().start()), Integer.toString(r.source().end()),
                    r.note().map(n -> n.marker()).orElse(""), r.note().flatMap(n -> n.note()).orElse("")));
        }
        List<List<String>> comms = new ArrayList<>();
        for (MessageRow c : communications) {
            for (Party s : c.senders()) {
                for (Party t : c.recipients()) {
                    comms.add(List.of("C" + (comms.size() + 1), ids.get(s.key()), s.name(), ids.get(t.key()), t.name(),
                            c.date().orElse(""), DayInterval.of(c).map(d -> d.from().toString()).orElse(""),
                            DayInterval.of(c).map(d -> d.to().toString()).orElse(""), c.channel().orElse(""),
                            c.source().document(), Integer.toString(c.source().start()),
                            Integer.toString(c.source().end())));
                }
            }
        }
        return List.of(
                new ExportFile("people.csv", Csv.table(List.of("id", "name", "type", "mentions", "documents", "key"), people)),
                new ExportFile("places.csv", Csv.table(List.of("id", "name", "type", "mentions", "documents", "key"), places)),
                new ExportFile("events.csv", Csv.table(List.of("id", "value", "start", "end", "expression", "sentence",
                        "document", "span_start", "span_end", "note_marker", "note"), events)),
                new ExportFile("communications.csv", Csv.table(List.of("id", "sender_id", "sender", "recipient_id",
                        "recipient", "date", "start", "end", "channel", "document", "span_start", "span_end"), comms)));
    }

    private static List<Party> concat(List<Party> a, List<Party> b) {
        List<Party> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
