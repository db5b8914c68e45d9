package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.annalist.store.query.NoteRef;
import org.annalist.store.query.SourceRef;
import org.annalist.store.query.TimelineRow;
import org.annalist.store.query.EntitySummary;
import org.annalist.store.query.TimelineQuery;
import org.annalist.testsupport.SeedStores;
import org.annalist.testsupport.SeedStores.Backend;
import org.junit.jupiter.api.Test;

class PalladioTest {

    @Test
    void theSeedTablesParseBackAndEveryCommunicationLinksToARowOfPeopleOrPlaces() throws Exception {
        Path db = SeedStores.seeds(Backend.SQLITE);
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        for (ExportFile f : Exporter.export(db, ExportFormat.PALLADIO)) tables.put(f.name(), Rfc4180.parse(f.content()));

        assertThat(tables).containsOnlyKeys("people.csv", "places.csv", "events.csv", "communications.csv");
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, List<List<String>>> t : tables.entrySet()) {
            int width = t.getValue().get(0).size();
            assertThat(t.getValue()).as(t.getKey()).allSatisfy(r -> assertThat(r).hasSize(width));
            assertThat(t.getValue().size()).as(t.getKey()).isGreaterThan(1);
            for (List<String> r : t.getValue().subList(1, t.getValue().size())) {
                assertThat(ids.add(r.get(0))).as("unique id " + r.get(0)).isTrue();
            }
        }
        List<List<String>> comms = tables.get("communications.csv");
        assertThat(comms.get(0)).startsWith("id", "sender_id", "sender", "recipient_id", "recipient");
        for (List<String> r : comms.subList(1, comms.size())) {
            assertThat(ids).contains(r.get(1), r.get(3));
            if (!r.get(6).isEmpty()) assertThat(LocalDate.parse(r.get(6))).isBeforeOrEqualTo(LocalDate.parse(r.get(7)));
        }
        List<List<String>> events = tables.get("events.csv");
        assertThat(events.size() - 1).isEqualTo(SeedStores.read(SeedStores.seeds(Backend.SQLITE), c -> c.timeline(TimelineQuery.ALL)).size());
        for (List<String> r : events.subList(1, events.size())) {
            assertThat(LocalDate.parse(r.get(2))).isBeforeOrEqualTo(LocalDate.parse(r.get(3)));
        }
        assertThat(tables.get("people.csv").subList(1, tables.get("people.csv").size()))
                .extracting(r -> r.get(2)).contains("PERSON");
    }

    @Test
    void commasQuotesNewlinesAndMarkupSurviveTheRoundTrip() {
        String nasty = "He said, \"go\"\r\nthen <script>&amp;</script>";
        TimelineRow r = new TimelineRow(new SourceRef(1, "a,b.txt", 1, 2), nasty, "DATE", "1938", "1938-01-01",
                "1938-12-31", "YEAR", nasty, Optional.of(new NoteRef("3", 5, 6, Optional.of(nasty))));

        List<ExportFile> files = Palladio.render(List.of(new EntitySummary("k", nasty, "PERSON", 2, List.of("a,b.txt"))),
                List.of(r), List.of());

        List<List<String>> events = Rfc4180.parse(files.get(2).content());
        assertThat(events.get(1)).containsExactly("E1", "1938", "1938-01-01", "1938-12-31", nasty, nasty, "a,b.txt",
                "1", "2", "3", nasty);
        assertThat(Rfc4180.parse(files.get(0).content()).get(1)).containsExactly("P1", nasty, "PERSON", "2", "a,b.txt", "k");
    }

    @Property
    void anyTextIsOneFieldAfterParsing(@ForAll String text) {
        String csv = Csv.table(List.of("a", "b"), List.of(List.of(text, "x")));
        assertThat(Rfc4180.parse(csv)).containsExactly(List.of("a", "b"), List.of(text, "x"));
    }
}
