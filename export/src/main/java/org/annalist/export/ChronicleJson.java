package org.annalist.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.store.query.EntitySummary;
import org.annalist.store.query.MessageRow;
import org.annalist.store.query.Party;
import org.annalist.store.query.SourceRef;
import org.annalist.store.query.TimelineRow;

/**
 * The whole chronicle as one JSON document ({@code annalist-chronicle/1}): documents, entities,
 * the dated timeline, communications and every annotated span, each with its source.
 */
public final class ChronicleJson {

    public static final String FORMAT = "annalist-chronicle/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChronicleJson() {
    }

    /** {@return the JSON of the chronicle's parts; {@code paths} gives each document id's path, for the sources} */
    public static String render(List<DocumentSpans> documents, List<EntitySummary> entities, List<TimelineRow> timeline,
                                List<MessageRow> communications, Map<Long, String> paths) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode docs = root.putArray("documents");
        for (DocumentSpans d : documents) {
            ObjectNode o = docs.addObject();
            o.put("name", d.name());
            o.put("path", d.path());
            o.put("chars", d.text().length());
            ArrayNode spans = o.putArray("spans");
            for (TextSpan s : d.spans()) {
                ObjectNode so = spans.addObject();
                so.put("kind", s.kind());
                so.put("start", s.start());
                so.put("end", s.end());
                so.put("text", d.text().substring(s.start(), s.end()));
                so.put("label", s.label());
                so.put("category", s.category());
            }
        }
        ArrayNode es = root.putArray("entities");
        for (EntitySummary e : entities) {
            ObjectNode o = es.addObject();
            o.put("key", e.key());
            o.put("name", e.name());
            o.put("type", e.type());
            o.put("mentions", e.mentions());
            ArrayNode ds = o.putArray("documents");
            e.documents().forEach(ds::add);
        }
        ArrayNode tl = root.putArray("timeline");
        for (TimelineRow r : timeline) {
            ObjectNode o = tl.addObject();
            o.put("text", r.text());
            o.put("type", r.type());
            o.put("value", r.value());
            o.put("from", r.from());
            o.put("to", r.to());
            if (r.granularity() != null) o.put("granularity", r.granularity());
            o.put("sentence", r.sentence());
            o.set("source", source(r.source(), paths));
            r.note().ifPresent(n -> {
                ObjectNode no = o.putObject("note");
                no.put("marker", n.marker());
                no.put("start", n.start());
                no.put("end", n.end());
                n.note().ifPresent(t -> no.put("text", t));
            });
        }
        ArrayNode cs = root.putArray("communications");
        for (MessageRow c : communications) {
            ObjectNode o = cs.addObject();
            o.set("source", source(c.source(), paths));
            put(o, "channel", c.channel());
            put(o, "date", c.date());
            put(o, "from", DayInterval.of(c).map(d -> d.from().toString()));
            put(o, "to", DayInterval.of(c).map(d -> d.to().toString()));
            parties(o.putArray("senders"), c.senders());
            parties(o.putArray("recipients"), c.recipients());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write chronicle JSON", e);
        }
    }

    private static ObjectNode source(SourceRef s, Map<Long, String> paths) {
        ObjectNode o = JSON.createObjectNode();
        o.put("document", s.document());
        o.put("path", paths.getOrDefault(s.documentId(), s.document()));
        o.put("start", s.start());
        o.put("end", s.end());
        return o;
    }

    private static void put(ObjectNode o, String name, Optional<String> value) {
        value.ifPresent(v -> o.put(name, v));
    }

    private static void parties(ArrayNode a, List<Party> ps) {
        for (Party p : ps) {
            ObjectNode o = a.addObject();
            o.put("key", p.key());
            o.put("name", p.name());
            o.put("type", p.type());
        }
    }
}
