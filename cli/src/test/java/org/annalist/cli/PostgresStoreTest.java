package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.annalist.export.ExportFormat;
import org.annalist.testsupport.Shared;
import org.annalist.testsupport.TestPostgres;
import org.annalist.web.Library;
import org.annalist.web.Routes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same commands through PostgreSQL as through SQLite, on the seeds: queries, every export and
 * the server's API answer alike. Needs a server ({@link TestPostgres}: the one {@code .ci/run} starts).
 */
class PostgresStoreTest {

    private static final Path SEEDS = Shared.seeds();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String pg;
    static String lite;

    @BeforeAll
    static void ingestIntoBoth() {
        pg = TestPostgres.newDatabase("cli").toString().replaceFirst("^postgresql:/+", "postgresql://");
        lite = dir.resolve("seeds.db").toString();
        for (String db : new String[] {pg, lite}) {
            CliRun run = CliRun.of("ingest", "--db", db, SEEDS.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("2 added, 0 replaced, 0 unchanged, 0 failed")
                    .doesNotContain(TestPostgres.password() + "@");
        }
    }

    @Test
    void aSecondIngestFindsEveryDocumentUnchanged() {
        CliRun run = CliRun.of("ingest", "--db", pg, SEEDS.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("0 added, 0 replaced, 2 unchanged");
    }

    @Test
    void timelineNetworkClaimsAndWhoAnswerAsInSqlite() throws IOException {
        String[][] queries = {
                {"timeline", "--json"},
                {"timeline", "--entity", "Stalin", "--from", "1938-06-01", "--to", "1938-08-31", "--json"},
                {"network", "--json"},
                {"timeline", "--events", "--json"},
                {"claims", "--json"},
                {"who", "Blyukher", "--json"},
        };
        for (String[] q : queries) {
            JsonNode fromPg = run(pg, q);
            JsonNode fromLite = run(lite, q);
            assertThat(fromPg).as(String.join(" ", q)).isEqualTo(fromLite);
            assertThat(fromPg.size()).as(String.join(" ", q)).isPositive();
        }
        JsonNode network = run(pg, new String[] {"network", "--json"});
        assertThat(network.get("edges").findValuesAsText("channel")).contains("telephone", "memo");
    }

    @Test
    void eachDateSaysHowItWasResolvedInBothStores() throws IOException {
        for (String db : new String[] {pg, lite}) {
            JsonNode rows = run(db, new String[] {"timeline", "--json"});
            assertThat(how(rows, "August 16, 1938")).as(db).isEqualTo("1938-08-16 stated body false");
            assertThat(how(rows, "Six days later")).as(db).isEqualTo("1938-08-22 context body false");
            assertThat(how(rows, "June 25")).as(db).isEqualTo("1938-06-25 context body false");
            assertThat(run(db, new String[] {"timeline", "--outside-frame", "--json"})).as(db).isEmpty();
        }
    }

    @Test
    void aDateCarriedPastTheStorysYearsIsListedByTheFrameCheck(@TempDir Path texts) throws IOException {
        // the story states only 1865; "January 3" after "December 20" is read as 1866, which a reader should check
        Files.writeString(texts.resolve("winter.txt"), "The Last Winter\n\nOn November 3, 1865, the regiment marched north. "
                + "On December 20 it reached the river.\n\nOn January 3 the ice broke and the regiment crossed.\n");
        String slipPg = TestPostgres.newDatabase("frame").toString().replaceFirst("^postgresql:/+", "postgresql://");
        String slipLite = texts.resolve("winter.db").toString();
        for (String db : new String[] {slipPg, slipLite}) {
            CliRun ingest = CliRun.of("ingest", "--db", db, texts.resolve("winter.txt").toString());
            assertThat(ingest.exitCode()).as(ingest.err()).isZero();

            JsonNode outside = run(db, new String[] {"timeline", "--outside-frame", "--json"});
            assertThat(outside).as(db).hasSize(1);
            assertThat(how(outside, "January 3")).as(db).isEqualTo("1866-01-03 story_order body true");
            CliRun table = CliRun.of("timeline", "--db", db, "--outside-frame");
            assertThat(table.out()).as(db).contains("January 3").contains("story_order!").doesNotContain("December 20");
        }
        try (Library fromPg = Library.open(Path.of(slipPg))) {
            Javalin app = Routes.create(fromPg).start(Routes.LOOPBACK, 0);
            try {
                JsonNode rows = api(app, "/api/timeline?outside_frame=true");
                assertThat(how(rows, "January 3")).isEqualTo("1866-01-03 story_order body true");
                assertThat(api(app, "/api/timeline")).hasSize(3);
            } finally {
                app.stop();
            }
        }
    }

    /** {@return "VALUE CERTAINTY MATTER OUTSIDE" of the row of {@code text}} */
    private static String how(JsonNode rows, String text) {
        for (JsonNode r : rows) {
            if (r.get("text").asText().equals(text)) {
                return r.get("value").asText() + " " + r.get("certainty").asText() + " " + r.get("matter").asText() + " "
                        + r.get("outsideFrame").asBoolean();
            }
        }
        throw new AssertionError("no row '" + text + "' in " + rows);
    }

    @Test
    void searchFindsTheSameParagraphFirst() throws IOException {
        String[] q = {"search", "high-frequency phone", "--json"};

        JsonNode fromPg = run(pg, q);
        JsonNode fromLite = run(lite, q);

        assertThat(fromPg).hasSize(1);
        assertThat(fromPg.get(0).get("paragraph")).isEqualTo(fromLite.get(0).get("paragraph"));
        assertThat(fromPg.get(0).get("snippet").asText()).contains("[phone]");
    }

    @Test
    void everyExportWritesTheSameFilesAsFromSqlite() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            Map<String, String> fromPg = export(pg, format);
            Map<String, String> fromLite = export(lite, format);
            assertThat(fromPg).as(format.id()).isEqualTo(fromLite).isNotEmpty();
        }
    }

    /** {@return the files {@code export --to format} writes from {@code db}, by name}, the store's name in titles cut */
    private static Map<String, String> export(String db, ExportFormat format) throws IOException {
        Path out = dir.resolve("export-" + Integer.toHexString(db.hashCode()) + "-" + format.id());
        CliRun run = CliRun.of("export", "--db", db, "--to", format.id(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> written = Files.list(out)) {
            for (Path f : written.toList()) {
                files.put(f.getFileName().toString(), Files.readString(f)
                        .replace("annalist chronicle of " + Path.of(db).getFileName(), "annalist chronicle of STORE"));
            }
        }
        return files;
    }

    @Test
    void theServerAnswersTheSameFromBoth() throws IOException {
        try (Library fromPg = Library.open(Path.of(pg)); Library fromLite = Library.open(Path.of(lite))) {
            Javalin a = Routes.create(fromPg).start(Routes.LOOPBACK, 0);
            Javalin b = Routes.create(fromLite).start(Routes.LOOPBACK, 0);
            try {
                String person = api(b, "/api/entities?type=PERSON").get(0).get("key").asText();
                String doc = api(b, "/api/documents").get(1).get("id").asText();
                for (String path : List.of("/api/documents", "/api/documents/" + doc, "/api/entities",
                        "/api/entities/" + person, "/api/timeline", "/api/timeline?entity=" + person, "/api/events",
                        "/api/network", "/api/network?entity=" + person, "/api/claims", "/api/entities/person:nobody")) {
                    assertThat(api(a, path)).as(path).isEqualTo(api(b, path)).isNotEmpty();
                }
                JsonNode hits = api(a, "/api/search?q=phone");
                assertThat(hits.findValues("paragraph")).isNotEmpty()
                        .containsExactlyInAnyOrderElementsOf(api(b, "/api/search?q=phone").findValues("paragraph"));
            } finally {
                a.stop();
                b.stop();
            }
        }
    }

    private static JsonNode api(Javalin app, String path) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        try {
            return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static JsonNode run(String db, String[] query) throws IOException {
        String[] args = new String[query.length + 2];
        args[0] = query[0];
        args[1] = "--db";
        args[2] = db;
        System.arraycopy(query, 1, args, 3, query.length - 1);
        CliRun r = CliRun.of(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return JSON.readTree(r.out());
    }
}
