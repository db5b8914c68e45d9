package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ingest, timeline, who and search on the seed chapters, through the command line, into a real SQLite file. */
class StoreCommandsTest {

    private static final Path SHARED = Path.of(System.getProperty("annalist.shared", "../shared"));
    private static final Path SEEDS = SHARED.resolve("corpus/seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void ingestSeeds() {
        db = dir.resolve("seeds.db");
        CliRun run = CliRun.of("ingest", "--db", db.toString(), SEEDS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 added, 0 replaced, 0 unchanged, 0 failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "timeline", "who", "search"})
    void everyStoreCommandAnswersHelpAndIsListed(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: annalist " + command).contains("--db");
        assertThat(CliRun.of("--help").out()).contains(command);
    }

    @Test
    void ingestingTheSeedsAgainLeavesOneCopyOfEach() throws SQLException {
        long paragraphs = count("SELECT count(*) FROM paragraphs");
        long mentions = count("SELECT count(*) FROM mentions");

        CliRun again = CliRun.of("ingest", "--db", db.toString(), SEEDS.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 added, 0 replaced, 2 unchanged");
        assertThat(count("SELECT count(*) FROM documents")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM paragraphs")).isEqualTo(paragraphs).isPositive();
        assertThat(count("SELECT count(*) FROM mentions")).isEqualTo(mentions).isPositive();
    }

    @Test
    void messagesClaimsAndHedgesAreStoredWithTheirParties() throws SQLException {
        assertThat(count("SELECT count(*) FROM communications")).isEqualTo(13);
        assertThat(count("SELECT count(*) FROM communication_parties WHERE role = 'sender'")).isGreaterThanOrEqualTo(13);
        assertThat(count("SELECT count(*) FROM claims WHERE value = 3279 AND measure LIKE '%wounded%'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM hedges")).isEqualTo(4);
    }

    @Test
    void aChangedDocumentIsReplaced(@TempDir Path sources) throws IOException, SQLException {
        Path copy = Files.copy(SEEDS.resolve("000_b3e0b6f17b358cbe.txt"), sources.resolve("chapter.txt"));
        Path store = sources.resolve("changing.db");
        assertThat(CliRun.of("ingest", "--db", store.toString(), copy.toString()).exitCode()).isZero();
        long before = count(store, "SELECT count(*) FROM paragraphs");
        Files.writeString(copy, Files.readString(copy) + "\nOn September 3, 1938, a new paragraph was added.\n");

        CliRun run = CliRun.of("ingest", "--db", store.toString(), copy.toString());

        assertThat(run.out()).contains("0 added, 1 replaced, 0 unchanged");
        assertThat(count(store, "SELECT count(*) FROM documents")).isEqualTo(1);
        assertThat(count(store, "SELECT count(*) FROM paragraphs")).isEqualTo(before + 1);
        assertThat(count(store, "SELECT count(*) FROM timexes WHERE value = '1938-09-03'")).isEqualTo(1);
    }

    @Test
    void theTimelineListsResolvedRelativeDatesInOrderWithSources() throws IOException {
        CliRun run = CliRun.of("timeline", "--db", db.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = JSON.readTree(run.out());
        List<String> starts = new ArrayList<>();
        rows.forEach(r -> starts.add(r.get("from").asText()));
        assertThat(starts).isSorted();
        int nextDay = indexOf(rows, "The next day");
        int sixDays = indexOf(rows, "Six days later");
        assertThat(rows.get(nextDay).get("value").asText()).isEqualTo("1938-06-17");
        assertThat(rows.get(sixDays).get("value").asText()).isEqualTo("1938-08-22");
        assertThat(nextDay).isLessThan(sixDays);
        JsonNode six = rows.get(sixDays);
        assertThat(six.get("source").get("document").asText()).isEqualTo("000_b3e0b6f17b358cbe.txt");
        assertThat(six.get("sentence").asText()).startsWith("Six days later,");
        assertThat(six.has("note")).isTrue();
        // a dated sentence with an endnote call after the date carries that call
        assertThat(rows.findValues("note").stream().filter(n -> !n.isNull()).map(n -> n.get("marker").asText()))
                .contains("226");
    }

    @Test
    void theTimelineOfOneEntityKeepsOnlySentencesMentioningIt() throws IOException {
        CliRun run = CliRun.of("timeline", "--db", db.toString(), "--entity", "Stalin", "--from", "1938-06-01",
                "--to", "1938-06-30", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows.size()).isPositive();
        rows.forEach(r -> {
            assertThat(r.get("sentence").asText()).contains("Stalin");
            assertThat(r.get("from").asText()).startsWith("1938-06");
        });
    }

    @Test
    void whoAnswersWithDocumentsQuotesAndTimelineEachWithItsSource() throws IOException {
        CliRun run = CliRun.of("who", "Stalin", "--db", db.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode p = JSON.readTree(run.out());
        assertThat(p.get("type").asText()).isEqualTo("PERSON");
        assertThat(p.get("documents").size()).isEqualTo(2);
        assertThat(p.get("mentions").asInt()).isGreaterThan(10);
        assertThat(p.get("quotes").size()).isPositive();
        p.get("quotes").forEach(q -> assertThat(q.get("source").get("document").asText()).endsWith(".txt"));
        assertThat(p.get("timeline").size()).isPositive();

        CliRun nobody = CliRun.of("who", "Nobody Atall", "--db", db.toString());
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err()).contains("no entity named 'Nobody Atall'");
    }

    @Test
    void searchFindsTheParagraphWithSnippetAndSource() throws IOException {
        CliRun run = CliRun.of("search", "high-frequency", "phone", "--db", db.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode hits = JSON.readTree(run.out());
        assertThat(hits.size()).isEqualTo(1);
        JsonNode hit = hits.get(0);
        assertThat(hit.get("source").get("document").asText()).isEqualTo("001_563debc96b657ac2.txt");
        assertThat(hit.get("snippet").asText()).contains("[phone]");
        String text = Files.readString(SEEDS.resolve("001_563debc96b657ac2.txt"));
        int start = hit.get("source").get("start").asInt();
        assertThat(text.substring(start, hit.get("source").get("end").asInt())).isEqualToIgnoringCase("high");
    }

    @Test
    void aCurationFileBesideTheStoreIsAppliedOnTheNextRun(@TempDir Path d) throws IOException {
        Path store = d.resolve("curated.db");
        Files.copy(db, store);
        Files.writeString(d.resolve("curation.txt"), """
                # a rename and a merge, applied though no document changed
                rename Stalin -> Iosif Stalin
                merge Iosif Stalin = Voroshilov
                merge Nobody Atall = Stalin
                """);

        CliRun run = CliRun.of("ingest", "--db", store.toString(), SEEDS.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 unchanged");
        assertThat(run.err()).contains("curation line 4: merge: no entity named 'Nobody Atall'");
        JsonNode p = JSON.readTree(CliRun.of("who", "Stalin", "--db", store.toString(), "--json").out());
        assertThat(p.get("name").asText()).isEqualTo("Iosif Stalin");
        assertThat(p.get("aliases").toString()).contains("Voroshilov");
    }

    @Test
    void aStoreOfANewerSchemaIsRefusedUntouched(@TempDir Path d) throws IOException, SQLException {
        Path store = d.resolve("future.db");
        Files.copy(db, store);
        execute(store, "UPDATE schema_version SET version = 99");
        byte[] before = Files.readAllBytes(store);

        CliRun run = CliRun.of("ingest", "--db", store.toString(), SEEDS.toString());
        CliRun query = CliRun.of("timeline", "--db", store.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("schema version 99").contains("nothing was changed");
        assertThat(query.exitCode()).isEqualTo(1);
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @Test
    void aCorruptFileGivesOneClearLineAndStaysAsItWas(@TempDir Path d) throws IOException {
        Path store = d.resolve("noise.db");
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Files.write(store, noise);

        CliRun run = CliRun.of("ingest", "--db", store.toString(), SEEDS.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualToIgnoringNewLines(
                "annalist: " + store + " is not an annalist store (not an SQLite database); nothing was changed");
        assertThat(Files.readAllBytes(store)).isEqualTo(noise);
    }

    @Test
    void anUnwritablePathIsOneClearLine(@TempDir Path d) {
        CliRun run = CliRun.of("ingest", "--db", d.resolve("no/such/folder/a.db").toString(), SEEDS.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("does not exist").doesNotContain("Exception");
    }

    private static int indexOf(JsonNode rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get("text").asText().equals(text)) return i;
        }
        throw new AssertionError("no timeline row '" + text + "'");
    }

    private static long count(String sql) throws SQLException {
        return count(db, sql);
    }

    static long count(Path store, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Path store, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
