package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** network, claims and who's messages on the seed chapters and on two small accounts, into real SQLite files. */
class NetworkClaimsCommandsTest {

    private static final Path SEEDS = Path.of(System.getProperty("annalist.shared", "../shared"), "corpus/seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path seeds;
    static Path accounts;

    @BeforeAll
    static void ingest() throws IOException {
        seeds = dir.resolve("seeds.db");
        CliRun run = CliRun.of("ingest", "--db", seeds.toString(), SEEDS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path a = Files.writeString(dir.resolve("account_a.txt"), "The Battle of the River\n\n"
                + "On July 3, 1863, the armies met at the river crossing. The Confederates lost 3,903 killed and "
                + "18,700 wounded in the three days of fighting. Four horses drew each gun. Between 5,000 and 6,000 "
                + "men were taken prisoner on the retreat.\n");
        Path b = Files.writeString(dir.resolve("account_b.txt"), "A Soldier's Memoir\n\n"
                + "I was at the river in July 1863. By my count the Confederates lost 4,708 killed and 18,735 "
                + "wounded before they withdrew.\n");
        accounts = dir.resolve("accounts.db");
        CliRun two = CliRun.of("ingest", "--db", accounts.toString(), a.toString(), b.toString());
        assertThat(two.exitCode()).as(two.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"network", "claims"})
    void theNewCommandsAnswerHelpAndAreListed(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: annalist " + command).contains("--db");
        assertThat(CliRun.of("--help").out()).contains(command);
    }

    @Test
    void theNetworkOfTheSeedsHasTheTelephoneCallAndTheMemoToThreeRecipientsWithDatesAndSources() throws IOException {
        CliRun run = CliRun.of("network", "--db", seeds.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode net = JSON.readTree(run.out());
        List<JsonNode> phone = edges(net, "telephone");
        assertThat(phone).hasSize(1);
        JsonNode call = phone.get(0);
        assertThat(call.get("date").asText()).isEqualTo("1938-08-01");
        assertThat(call.get("sender").get("name").asText()).isEqualTo("Stalin");
        assertThat(call.get("recipient").get("name").asText()).isEqualTo("Blyukher");
        assertThat(call.get("source").get("document").asText()).isEqualTo("001_563debc96b657ac2.txt");
        assertThat(call.get("sentence").asText()).contains("called");

        List<JsonNode> memo = edges(net, "memo");
        assertThat(memo).extracting(e -> e.get("recipient").get("name").asText())
                .containsExactlyInAnyOrder("Stalin", "Molotov", "Voroshilov");
        assertThat(memo).allSatisfy(e -> {
            assertThat(e.get("date").asText()).isEqualTo("1938-06-16");
            assertThat(e.get("sender").get("name").asText()).isEqualTo("Vlas Chubar");
            assertThat(e.get("source").get("document").asText()).isEqualTo("000_b3e0b6f17b358cbe.txt");
            assertThat(e.get("note").get("marker").asText()).isEqualTo("226");
        });
        JsonNode stalin = node(net, "Stalin");
        assertThat(stalin.get("received").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theNetworkKeepsOneEntitysMessagesWithinTheDaysAsked() throws IOException {
        CliRun run = CliRun.of("network", "--db", seeds.toString(), "--entity", "Blyukher", "--from", "1938-08-01",
                "--to", "1938-08-10", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode edges = JSON.readTree(run.out()).get("edges");
        assertThat(edges).hasSize(1);
        assertThat(edges.get(0).get("channel").asText()).isEqualTo("telephone");

        CliRun text = CliRun.of("network", "--db", seeds.toString());
        assertThat(text.out()).contains("Vlas Chubar").contains("memo").contains("[note 226");
    }

    @Test
    void whoListsTheMessagesAnEntityReceived() {
        CliRun run = CliRun.of("who", "--db", seeds.toString(), "Blyukher");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String messages = run.out().substring(run.out().indexOf("\nmessages\n"));
        assertThat(messages).contains("1938-08-01 Stalin → Blyukher telephone");
    }

    @Test
    void theClaimsLedgerOfTheSeedsShowsTheFiguresAndTheirArithmeticCheck() throws IOException {
        CliRun run = CliRun.of("claims", "--db", seeds.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode ledger = JSON.readTree(run.out());
        JsonNode wounded = find(ledger.get("claims"), "number", "3,279");
        assertThat(wounded.get("subject").asText()).isEqualTo("soviet_forces");
        assertThat(wounded.get("measure").asText()).isEqualTo("wounded");
        assertThat(wounded.get("value").asDouble()).isEqualTo(3279);
        assertThat(wounded.get("note").get("marker").asText()).isEqualTo("222");
        JsonNode check = ledger.get("checks").get(0);
        assertThat(check.get("kind").asText()).isEqualTo("difference");
        assertThat(check.get("statedValue").asDouble()).isEqualTo(2600);
        assertThat(check.get("computed").asDouble()).isEqualTo(3279 + 792 - 913 - 526);
        assertThat(check.get("consistent").asBoolean()).isTrue();
        assertThat(check.get("operands")).hasSize(4);
        assertThat(ledger.get("conflicts")).isEmpty();

        CliRun text = CliRun.of("claims", "--db", seeds.toString());
        assertThat(text.out()).contains("checks (1)").contains("consistent   difference stated 2600 computed 2632 (±50)");
    }

    @Test
    void differentCasualtyFiguresForTheSameSideInTwoAccountsAreAConflictWithBothSources() throws IOException {
        CliRun run = CliRun.of("claims", "--db", accounts.toString(), "--conflicts", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode conflicts = JSON.readTree(run.out());
        assertThat(conflicts).hasSize(1);
        JsonNode c = conflicts.get(0);
        assertThat(c.get("subject").asText()).isEqualTo("confederate_forces");
        assertThat(c.get("measure").asText()).isEqualTo("killed");
        assertThat(List.of(c.get("first").get("number").asText(), c.get("second").get("number").asText()))
                .containsExactlyInAnyOrder("3,903", "4,708");
        assertThat(List.of(c.get("first").get("source").get("document").asText(),
                c.get("second").get("source").get("document").asText()))
                .containsExactlyInAnyOrder("account_a.txt", "account_b.txt");

        // 18,700 (rounded to the hundred) and 18,735 agree within the stated precision: no conflict
        CliRun text = CliRun.of("claims", "--db", accounts.toString(), "--conflicts");
        assertThat(text.out()).contains("conflicts across documents (1)").contains("account_a.txt:")
                .contains("account_b.txt:").contains("confederate_forces / killed")
                .doesNotContain("confederate_forces / wounded");
    }

    @Test
    void theLedgerListsCasualtiesBeforeDescriptionAndKeepsARangesTwoEnds() throws IOException {
        CliRun run = CliRun.of("claims", "--db", accounts.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode claims = JSON.readTree(run.out()).get("claims");
        List<String> kinds = new ArrayList<>();
        claims.forEach(c -> kinds.add(c.get("kind").asText()));
        // weightiest first: the losses, the men taken, then the horses of description
        assertThat(kinds).containsExactly("casualties", "casualties", "casualties", "casualties", "forces", "materiel");
        JsonNode range = find(claims, "number", "5,000");
        assertThat(range.get("value").asDouble()).isEqualTo(5000);
        assertThat(range.get("high").asDouble()).isEqualTo(6000);
        assertThat(range.get("range").get("low").asDouble()).isEqualTo(5000);
        assertThat(range.get("range").get("high").asDouble()).isEqualTo(6000);
        assertThat(find(claims, "number", "Four").get("kind").asText()).isEqualTo("materiel");

        CliRun text = CliRun.of("claims", "--db", accounts.toString());
        assertThat(text.out()).contains("casualties").contains("materiel");
        assertThat(text.out().indexOf("casualties")).isLessThan(text.out().indexOf("materiel"));
    }

    private static List<JsonNode> edges(JsonNode net, String channel) {
        List<JsonNode> out = new ArrayList<>();
        net.get("edges").forEach(e -> {
            if (channel.equals(e.get("channel").asText(null))) out.add(e);
        });
        return out;
    }

    private static JsonNode node(JsonNode net, String name) {
        return find(net.get("nodes"), "name", name);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).asText())) return n;
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }
}
