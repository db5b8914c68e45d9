package org.annalist.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.annalist.store.query.EventRow;
import org.annalist.store.query.NoteRef;
import org.annalist.store.query.SourceRef;
import org.annalist.store.query.TimelineRow;

/**
 * The chronicle's dated rows as a TimelineJS 3 JSON document: one event (slide) per dated,
 * non-vague temporal expression and per dated deed (an order, an arrest, a battle); the
 * headline is the expression or the deed, the text is its sentence with its source
 * (document, offsets, endnote). Text fields are HTML (TimelineJS renders
 * them so) and escaped as such; group is the document.
 */
public final class TimelineJs {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TimelineJs() {
    }

    /** {@return the TimelineJS JSON of {@code rows} under {@code title}} */
    public static String render(String title, List<TimelineRow> rows) {
        return render(title, rows, List.of());
    }

    /**
     * {@return the TimelineJS JSON of {@code rows} and of the dated {@code deeds} under
     * {@code title}}: a deed's headline is its kind and who took part ({@code arrest: Baines});
     * messages are left to the dated expressions that report them
     */
    public static String render(String title, List<TimelineRow> rows, List<EventRow> deeds) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode titleText = root.putObject("title").putObject("text");
        titleText.put("headline", Html.escape(title));
        ArrayNode events = root.putArray("events");
        for (TimelineRow r : rows) {
            ObjectNode e = slide(events, DayInterval.ofIso(r.from(), r.to()), r.text(), r.sentence(), source(r.source(), r.note()));
            e.put("group", r.source().document());
            e.put("display_date", r.value());
            e.put("unique_id", slug(r.source().document()) + "-" + r.source().start() + "-" + r.source().end());
        }
        int deedsShown = 0;
        for (EventRow d : deeds) {
            if (d.type().equals("communication") || d.date().isEmpty()) continue;
            java.util.Optional<DayInterval> days = DayInterval.ofTimexValue(d.date().get());
            if (days.isEmpty()) continue;
            String who = d.participants().stream().map(p -> p.party().name()).collect(java.util.stream.Collectors.joining(", "));
            ObjectNode e = slide(events, days.get(), d.type().replace('_', ' ') + (who.isEmpty() ? "" : ": " + who),
                    d.sentence(), source(d.source(), d.note()));
            e.put("group", d.source().document());
            e.put("display_date", d.date().get());
            e.put("unique_id", "event-" + slug(d.source().document()) + "-" + d.source().start() + "-" + d.source().end());
            deedsShown++;
        }
        titleText.put("text", Html.escape(rows.size() + " dated expressions, " + deedsShown + " dated events"));
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write TimelineJS JSON", e);
        }
    }

    /** A slide at {@code days}: its date (to the day, month or year it covers), headline and HTML text. */
    private static ObjectNode slide(ArrayNode events, DayInterval days, String headline, String sentence, String source) {
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
        text.put("headline", Html.escape(headline));
        text.put("text", "<p>" + Html.escape(sentence) + "</p><p><small>" + Html.escape(source) + "</small></p>");
        return e;
    }

    private static ObjectNode date(LocalDate d, boolean month, boolean day) {
        ObjectNode o = JSON.createObjectNode();
        o.put("year", d.getYear());
        if (month) o.put("month", d.getMonthValue());
        if (day) o.put("day", d.getDayOfMonth());
        return o;
    }

    private static String source(SourceRef s, java.util.Optional<NoteRef> note) {
        StringBuilder b = new StringBuilder(s.document()).append(", chars ").append(s.start())
                .append("–").append(s.end());
        note.ifPresent(n -> {
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
