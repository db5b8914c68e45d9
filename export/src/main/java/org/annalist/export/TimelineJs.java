package org.annalist.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.annalist.store.query.TimelineRow;

/**
 * The chronicle's dated rows as a TimelineJS 3 JSON document: one event (slide) per dated,
 * non-vague temporal expression; the headline is the expression, the text is its sentence
 * with its source (document, offsets, endnote). Text fields are HTML (TimelineJS renders
 * them so) and escaped as such; group is the document.
 */
public final class TimelineJs {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TimelineJs() {
    }

    /** {@return the TimelineJS JSON of {@code rows} under {@code title}} */
    public static String render(String title, List<TimelineRow> rows) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode titleText = root.putObject("title").putObject("text");
        titleText.put("headline", Html.escape(title));
        titleText.put("text", Html.escape(rows.size() + " dated expressions"));
        ArrayNode events = root.putArray("events");
        for (TimelineRow r : rows) {
            DayInterval days = DayInterval.ofIso(r.from(), r.to());
            ObjectNode e = events.addObject();
            if (days.isWholeYear()) {
                e.set("start_date", date(days.from(), false, false));
            } else if (days.isWholeMonth()) {
                e.set("start_date", date(days.from(), true, false));
            } else {
                e.set("start_date", date(days.from(), true, true));
                if (!days.isDay()) e.set("end_date", date(days.to(), true, true));
            }
            ObjectNode text = e.putObject("text");
            text.put("headline", Html.escape(r.text()));
            text.put("text", "<p>" + Html.escape(r.sentence()) + "</p><p><small>" + Html.escape(source(r)) + "</small></p>");
            e.put("group", r.source().document());
            e.put("display_date", r.value());
            e.put("unique_id", slug(r.source().document()) + "-" + r.source().start() + "-" + r.source().end());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write TimelineJS JSON", e);
        }
    }

    private static ObjectNode date(LocalDate d, boolean month, boolean day) {
        ObjectNode o = JSON.createObjectNode();
        o.put("year", d.getYear());
        if (month) o.put("month", d.getMonthValue());
        if (day) o.put("day", d.getDayOfMonth());
        return o;
    }

    private static String source(TimelineRow r) {
        StringBuilder b = new StringBuilder(r.source().document()).append(", chars ").append(r.source().start())
                .append("–").append(r.source().end());
        r.note().ifPresent(n -> {
            b.append(", note ").append(n.marker());
            n.note().ifPresent(t -> b.append(": ").append(t));
        });
        return b.toString();
    }

    static String slug(String s) {
        String out = s.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return out.isEmpty() ? "doc" : out;
    }
}
