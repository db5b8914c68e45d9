package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events are stored with their participants, place and date, and listed in time order by timeline --events. */
class EventsTimelineTest {

    private static final String TEXT = """
            The Campaign of the River

            On May 3, 1862, General Holt ordered Colonel Baines to attack the fort at Marlow. Two days later, \
            Baines attacked the fort. That evening Holt telegraphed Secretary Dunmore that the fort had fallen.

            In June 1862, Baines was arrested in Marlow.
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void ingest() throws Exception {
        Path source = dir.resolve("campaign.txt");
        Files.writeString(source, TEXT);
        db = dir.resolve("events.db");
        CliRun run = CliRun.of("ingest", "--db", db.toString(), source.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static List<JsonNode> events(String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("timeline", "--events", "--json", "--db", db.toString()));
        args.addAll(List.of(filters));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(run.out()).forEach(out::add);
        return out;
    }

    private static List<String> roles(JsonNode event) {
        List<String> out = new ArrayList<>();
        event.get("participants").forEach(p -> out.add(p.get("role").asText() + " " + p.get("party").get("name").asText()));
        return out;
    }

    @Test
    void theOrderTheAttackTheTelegramAndTheArrestComeInTimeOrderWithTheirParties() throws Exception {
        List<JsonNode> all = events();

        assertThat(all).extracting(e -> e.get("date").asText())
                .isSortedAccordingTo(String::compareTo).contains("1862-05-03", "1862-05-05", "1862-06");
        JsonNode order = all.stream().filter(e -> e.get("type").asText().equals("order")).findFirst().orElseThrow();
        assertThat(order.get("trigger").asText()).isEqualTo("ordered");
        assertThat(roles(order)).containsExactly("agent Holt", "patient Baines");
        assertThat(order.get("date").asText()).isEqualTo("1862-05-03");
        // the order is a communication too (a speech act); the telegram is the one cued by "telegraphed"
        JsonNode telegram = all.stream().filter(e -> e.get("type").asText().equals("communication")
                && e.get("trigger").asText().equals("telegraphed")).findFirst().orElseThrow();
        assertThat(roles(telegram)).containsExactly("agent Holt", "recipient Dunmore");
        assertThat(telegram.get("date").asText()).as("the evening of two days after May 3").startsWith("1862-05-05");
        JsonNode arrest = all.get(all.size() - 1);
        assertThat(arrest.get("type").asText()).isEqualTo("arrest");
        assertThat(roles(arrest)).containsExactly("patient Baines");
        assertThat(arrest.get("place").asText()).isEqualTo("Marlow");
        assertThat(arrest.get("sentence").asText()).isEqualTo("In June 1862, Baines was arrested in Marlow.");
    }

    @Test
    void anEntityAndDaysNarrowTheEvents() throws Exception {
        List<JsonNode> baines = events("--entity", "Baines");
        assertThat(baines).isNotEmpty().allSatisfy(e -> assertThat(roles(e)).anyMatch(r -> r.endsWith(" Baines")));
        assertThat(baines.size()).isLessThan(events().size());

        assertThat(events("--from", "1862-05-04")).extracting(e -> e.get("date").asText())
                .doesNotContain("1862-05-03").contains("1862-06");
    }
}
