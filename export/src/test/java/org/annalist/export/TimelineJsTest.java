package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.store.query.NoteRef;
import org.annalist.store.query.SourceRef;
import org.annalist.store.query.Party;
import org.annalist.store.query.EventRole;
import org.annalist.store.query.EventRow;
import org.annalist.store.query.TimelineRow;
import org.annalist.testsupport.SeedStores;
import org.annalist.testsupport.SeedStores.Backend;
import org.junit.jupiter.api.Test;

class TimelineJsTest {

    private static final String SCHEMA = "timelinejs.schema.json";

    @Test
    void theSeedChroniclesTimelineValidatesWithOneEventPerDatedExpression() throws Exception {
        Path db = SeedStores.seeds(Backend.SQLITE);
        List<ExportFile> files = Exporter.export(db, ExportFormat.TIMELINEJS);

        assertThat(files).extracting(ExportFile::name).containsExactly("timeline.json");
        String json = files.get(0).content();
        assertThat(Schemas.jsonErrors(SCHEMA, json)).isEmpty();
        JsonNode events = Schemas.tree(json).get("events");
        int dated;
        long deeds;
        try (var store = org.annalist.store.Store.openExisting(db)) {
            dated = store.chronicle().timeline(org.annalist.store.query.TimelineQuery.ALL).size();
            deeds = store.chronicle().events(org.annalist.store.query.TimelineQuery.ALL).stream()
                    .filter(e -> !e.type().equals("communication") && e.date().isPresent()).count();
        }
        // one slide per dated expression and per dated deed (an arrest, an appointment, …)
        assertThat(dated).isGreaterThan(10);
        assertThat(deeds).isPositive();
        assertThat(events.size()).isEqualTo(dated + (int) deeds);
        Set<String> ids = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (JsonNode e : events) {
            assertThat(ids.add(e.get("unique_id").asText())).as("unique ids").isTrue();
            groups.add(e.get("group").asText());
            assertThat(e.get("text").get("text").asText()).contains(", chars ");
        }
        assertThat(groups).hasSize(2);
    }

    @Test
    void aDayIsADateAMonthHasNoDayAYearHasNoMonthAndARangeHasAnEnd() throws Exception {
        List<TimelineRow> rows = List.of(row("1938-08-22", "1938-08-22"), row("1938-08-01", "1938-08-31"),
                row("1938-01-01", "1938-12-31"), row("1938-08-22", "1938-08-28"));

        JsonNode events = Schemas.tree(TimelineJs.render("t", rows)).get("events");

        assertThat(events.get(0).get("start_date").toString()).isEqualTo("{\"year\":1938,\"month\":8,\"day\":22}");
        assertThat(events.get(0).has("end_date")).isFalse();
        assertThat(events.get(1).get("start_date").toString()).isEqualTo("{\"year\":1938,\"month\":8}");
        assertThat(events.get(2).get("start_date").toString()).isEqualTo("{\"year\":1938}");
        assertThat(events.get(3).get("end_date").toString()).isEqualTo("{\"year\":1938,\"month\":8,\"day\":28}");
    }

    @Test
    void markupAndAmpersandsInTheSourceSurviveAsEscapedHtml() throws Exception {
        TimelineRow r = new TimelineRow(new SourceRef(1, "A & B <x>.txt", 5, 9), "<b>May</b>", "DATE", "1938-05",
                "1938-05-01", "1938-05-31", "MONTH", "He wrote <script>alert(1)</script> & left.",
                Optional.of(new NoteRef("12", 40, 42, Optional.of("Letter \"A\" & co."))));

        String json = TimelineJs.render("R & D", List.of(r));

        assertThat(Schemas.jsonErrors(SCHEMA, json)).isEmpty();
        JsonNode e = Schemas.tree(json).get("events").get(0);
        assertThat(e.get("text").get("text").asText()).contains("He wrote &lt;script&gt;alert(1)&lt;/script&gt; &amp; left.")
                .contains("A &amp; B &lt;x&gt;.txt, chars 5–9, note 12: Letter &quot;A&quot; &amp; co.")
                .doesNotContain("<script>");
        assertThat(e.get("text").get("headline").asText()).isEqualTo("&lt;b&gt;May&lt;/b&gt;");
        assertThat(e.get("group").asText()).isEqualTo("A & B <x>.txt");
        assertThat(e.get("unique_id").asText()).isEqualTo("A-B-x-txt-5-9");
    }

    @Test
    void aDeedIsASlideHeadedByItsKindAndWhoTookPartAndMessagesAreLeftToTheirDates() throws Exception {
        SourceRef at = new SourceRef(1, "c.txt", 40, 48);
        EventRow arrest = new EventRow(at, "arrest", "arrested", Optional.of("1862-SU"), Optional.of("Marlow"),
                List.of(new EventRole("patient", new Party("person:baines", "Baines", "PERSON"))),
                "In summer 1862 Baines was arrested in Marlow.", Optional.empty());
        EventRow message = new EventRow(new SourceRef(1, "c.txt", 60, 70), "communication", "telegraphed",
                Optional.of("1862-05-05"), Optional.empty(), List.of(), "Holt telegraphed.", Optional.empty());

        String json = TimelineJs.render("t", List.of(), List.of(arrest, message));

        assertThat(Schemas.jsonErrors(SCHEMA, json)).isEmpty();
        JsonNode events = Schemas.tree(json).get("events");
        assertThat(events).hasSize(1);
        JsonNode e = events.get(0);
        assertThat(e.get("text").get("headline").asText()).isEqualTo("arrest: Baines");
        assertThat(e.get("start_date").toString()).isEqualTo("{\"year\":1862,\"month\":6,\"day\":1}");
        assertThat(e.get("end_date").toString()).isEqualTo("{\"year\":1862,\"month\":8,\"day\":31}");
        assertThat(e.get("display_date").asText()).isEqualTo("1862-SU");
    }

    @Test
    void anEventWithoutAStartDateIsRejectedByTheSchema() throws Exception {
        assertThat(Schemas.jsonErrors(SCHEMA, "{\"events\":[{\"text\":{\"headline\":\"x\"}}]}")).isNotEmpty();
        assertThat(Schemas.jsonErrors(SCHEMA, "{\"events\":[{\"start_date\":{\"year\":1938,\"month\":13}}]}")).isNotEmpty();
    }

    private static TimelineRow row(String from, String to) {
        return new TimelineRow(new SourceRef(1, "d", 0, 4), "when", "DATE", from, from, to, "DAY", "s.",
                Optional.empty());
    }
}
