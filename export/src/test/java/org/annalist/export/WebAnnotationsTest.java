package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.testsupport.SeedStores;
import org.annalist.testsupport.SeedStores.Backend;
import org.junit.jupiter.api.Test;

class WebAnnotationsTest {

    private static final String SCHEMA = "webanno.schema.json";

    @Test
    void theSeedAnnotationsValidateAndEverySelectorPointsAtItsExactText() throws Exception {
        Path db = SeedStores.seeds(Backend.SQLITE);
        List<DocumentSpans> docs = SeedStores.read(SeedStores.seeds(Backend.SQLITE), Exporter::spans);
        String json = Exporter.export(db, ExportFormat.WEBANNO).get(0).content();

        assertThat(Schemas.jsonErrors(SCHEMA, json)).isEmpty();
        JsonNode items = Schemas.tree(json).get("first").get("items");
        int spans = docs.stream().mapToInt(d -> d.spans().size()).sum();
        assertThat(items.size()).isEqualTo(spans).isGreaterThan(100);
        Map<String, String> textBySource = docs.stream().collect(Collectors.toMap(d -> WebAnnotations.source(d.path()),
                DocumentSpans::text));
        Set<String> ids = new HashSet<>();
        Set<String> motivations = new HashSet<>();
        for (JsonNode a : items) {
            assertThat(ids.add(a.get("id").asText())).as("unique " + a.get("id")).isTrue();
            motivations.add(a.get("motivation").asText());
            String text = textBySource.get(a.get("target").get("source").asText());
            assertThat(text).isNotNull();
            JsonNode quote = a.get("target").get("selector").get(0);
            JsonNode pos = a.get("target").get("selector").get(1);
            int start = text.offsetByCodePoints(0, pos.get("start").asInt());
            int end = text.offsetByCodePoints(0, pos.get("end").asInt());
            assertThat(text.substring(start, end)).isEqualTo(quote.get("exact").asText());
            assertThat(text.substring(0, start)).endsWith(quote.get("prefix").asText());
            assertThat(text.substring(end)).startsWith(quote.get("suffix").asText());
        }
        assertThat(motivations).containsExactlyInAnyOrder("identifying", "describing", "highlighting");
    }

    @Test
    void markupAndAstralCharactersKeepTheirTextAndCodePointPositions() throws Exception {
        String text = "𝔄 & <script>alert(1)</script> \"Q\" said 𝔅.";
        int start = text.indexOf("<script>");
        int end = text.indexOf("</script>") + "</script>".length();
        DocumentSpans d = new DocumentSpans("a&b <doc>.txt", "/tmp/a b.txt", text,
                List.of(new TextSpan("quote", start, end, "Smith & Co", "direct")));

        String json = WebAnnotations.render("R & D", List.of(d));

        assertThat(Schemas.jsonErrors(SCHEMA, json)).isEmpty();
        JsonNode a = Schemas.tree(json).get("first").get("items").get(0);
        JsonNode sel = a.get("target").get("selector");
        assertThat(sel.get(0).get("exact").asText()).isEqualTo("<script>alert(1)</script>");
        assertThat(sel.get(0).get("prefix").asText()).isEqualTo("𝔄 & ");
        assertThat(sel.get(1).get("start").asInt()).isEqualTo(start - 1);
        assertThat(a.get("target").get("source").asText()).isEqualTo("file:///tmp/a%20b.txt");
        assertThat(a.get("body").get(1).get("value").asText()).isEqualTo("spoken by Smith & Co");
    }

    @Test
    void anAnnotationWithoutATargetIsRejectedByTheSchema() throws Exception {
        String bad = "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":\"urn:x\",\"type\":\"AnnotationCollection\","
                + "\"first\":{\"id\":\"urn:p\",\"type\":\"AnnotationPage\",\"items\":[{\"@context\":"
                + "\"http://www.w3.org/ns/anno.jsonld\",\"id\":\"urn:a\",\"type\":\"Annotation\"}]}}";
        assertThat(Schemas.jsonErrors(SCHEMA, bad)).isNotEmpty();
    }
}
