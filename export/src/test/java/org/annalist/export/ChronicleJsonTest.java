package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.store.query.MessageRow;
import org.annalist.store.query.SourceRef;
import org.annalist.store.query.Party;
import org.annalist.store.query.TimelineQuery;
import org.annalist.testsupport.SeedStores;
import org.annalist.testsupport.SeedStores.Backend;
import org.junit.jupiter.api.Test;

class ChronicleJsonTest {

    private static final String SCHEMA = "chronicle.schema.json";

    @Test
    void theSeedChronicleValidatesAndHoldsEveryPartOfTheStore() throws Exception {
        Path db = SeedStores.seeds(Backend.SQLITE);
        String json = Exporter.export(db, ExportFormat.JSON).get(0).content();

        assertThat(Schemas.jsonErrors(SCHEMA, json)).isEmpty();
        JsonNode root = Schemas.tree(json);
        assertThat(root.get("documents").size()).isEqualTo(2);
        int spans = SeedStores.read(SeedStores.seeds(Backend.SQLITE), Exporter::spans).stream().mapToInt(d -> d.spans().size()).sum();
        assertThat(root.get("documents").get(0).get("spans").size() + root.get("documents").get(1).get("spans").size())
                .isEqualTo(spans);
        assertThat(root.get("entities").size()).isEqualTo(SeedStores.read(SeedStores.seeds(Backend.SQLITE), c -> c.directory().entities(Optional.empty())).size()).isPositive();
        assertThat(root.get("timeline").size()).isEqualTo(SeedStores.read(SeedStores.seeds(Backend.SQLITE), c -> c.timeline(TimelineQuery.ALL)).size()).isPositive();
        assertThat(root.get("communications").size()).isEqualTo(13);
        for (JsonNode d : root.get("documents")) {
            for (JsonNode s : d.get("spans")) {
                assertThat(s.get("end").asInt() - s.get("start").asInt()).isEqualTo(s.get("text").asText().length());
            }
        }
    }

    @Test
    void markupAndControlCharactersAreEscapedAndReadBackExactly() throws Exception {
        String nasty = "<script>\"x\" & y\u0001\n</script>";
        MessageRow c = new MessageRow(new SourceRef(1, nasty, 0, 1), "", Optional.of(nasty),
                Optional.empty(), List.of(new Party("k", nasty, "PERSON")), List.of(), "", Optional.empty());

        String json = ChronicleJson.render(List.of(new DocumentSpans(nasty, "/p", nasty,
                List.of(new TextSpan("quote", 0, nasty.length(), nasty, "direct")))), List.of(), List.of(), List.of(c), Map.of());

        assertThat(Schemas.jsonErrors(SCHEMA, json)).isEmpty();
        JsonNode root = Schemas.tree(json);
        assertThat(root.get("documents").get(0).get("spans").get(0).get("text").asText()).isEqualTo(nasty);
        assertThat(root.get("communications").get(0).get("senders").get(0).get("name").asText()).isEqualTo(nasty);
        assertThat(json).doesNotContain("\u0001");
    }
}
