package org.annalist.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The OpenAPI description's schemas name exactly the fields of the records the API answers with. */
class OpenApiTest {

    private static JsonNode api() throws IOException {
        try (InputStream in = OpenApiTest.class.getResourceAsStream("/org/annalist/web/openapi.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Optional<Class<?>> record(String schema) {
        for (String name : List.of("org.annalist.web.Views$" + schema, "org.annalist.store.query." + schema,
                "org.annalist.store.query.Profile$" + schema, "org.annalist.store.query.DocumentPage$" + schema)) {
            try {
                return Optional.of(Class.forName(name));
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        return Optional.empty();
    }

    @Test
    void everySchemaHasTheFieldsOfItsRecordAndRequiresTheOnesThatAreNotOptional() throws IOException {
        JsonNode schemas = api().get("components").get("schemas");
        List<String> names = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("DocumentPage", "TimelineRow", "NetworkEdge", "Profile", "ClaimsLedger");
        for (String name : names) {
            Class<?> type = record(name).orElseThrow(() -> new AssertionError("schema " + name + " has no record"));
            assertThat(type.isRecord()).as(name).isTrue();
            RecordComponent[] components = type.getRecordComponents();
            List<String> properties = new ArrayList<>();
            schemas.get(name).get("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as(name).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(components).map(RecordComponent::getName).toList());
            List<String> required = new ArrayList<>();
            schemas.get(name).path("required").forEach(r -> required.add(r.asText()));
            assertThat(required).as(name + " required").containsExactlyInAnyOrderElementsOf(Arrays.stream(components)
                    .filter(c -> c.getType() != Optional.class).map(RecordComponent::getName).toList());
        }
    }

    @Test
    void everyReferenceNamesASchema() throws IOException {
        JsonNode api = api();
        List<String> refs = new ArrayList<>();
        api.findValues("$ref").forEach(r -> refs.add(r.asText()));
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(api.get("components").get("schemas").has(ref.replace("#/components/schemas/", ""))).as(ref).isTrue();
        }
    }
}
