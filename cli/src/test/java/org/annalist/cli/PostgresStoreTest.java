package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same queries through PostgreSQL as through SQLite, on the seeds. Needs a server:
 * {@code -Dannalist.postgres=HOST:PORT:USER:PASSWORD} (default {@code localhost:5432:postgres:annalist},
 * which {@code .ci/run} starts); skipped when none answers there.
 */
class PostgresStoreTest {

    private static final Path SEEDS = Path.of(System.getProperty("annalist.shared", "../shared"), "corpus/seeds");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SERVER = System.getProperty("annalist.postgres", "localhost:5432:postgres:annalist")
            .split(":", 4);
    private static final String DATABASE = "annalist_test_" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

    @TempDir
    static Path dir;
    static String pg;
    static String lite;
    static boolean created;
    static String unavailable = "";

    @BeforeAll
    static void ingestIntoBoth() throws SQLException {
        try (Connection admin = admin(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + DATABASE);
            created = true;
        } catch (SQLException e) {
            unavailable = "no PostgreSQL server at " + SERVER[0] + ":" + SERVER[1] + ": " + e.getMessage();
            return;
        }
        pg = "postgresql://" + SERVER[2] + ":" + SERVER[3] + "@" + SERVER[0] + ":" + SERVER[1] + "/" + DATABASE;
        lite = dir.resolve("seeds.db").toString();
        for (String db : new String[] {pg, lite}) {
            CliRun run = CliRun.of("ingest", "--db", db, SEEDS.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("2 added, 0 replaced, 0 unchanged, 0 failed").doesNotContain(SERVER[3] + "@");
        }
    }

    @BeforeEach
    void needsTheServer() {
        // CI starts the server: there an unreachable one is a failure, not a skip
        if (System.getenv("CI") != null && !unavailable.isEmpty()) throw new IllegalStateException(unavailable);
        assumeTrue(unavailable.isEmpty(), unavailable);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (!created) return;
        try (Connection admin = admin(); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
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
    void searchFindsTheSameParagraphFirst() throws IOException {
        String[] q = {"search", "high-frequency phone", "--json"};

        JsonNode fromPg = run(pg, q);
        JsonNode fromLite = run(lite, q);

        assertThat(fromPg).hasSize(1);
        assertThat(fromPg.get(0).get("paragraph")).isEqualTo(fromLite.get(0).get("paragraph"));
        assertThat(fromPg.get(0).get("snippet").asText()).contains("[phone]");
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

    private static Connection admin() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", SERVER[2]);
        p.setProperty("password", SERVER[3]);
        p.setProperty("connectTimeout", "3");
        return DriverManager.getConnection("jdbc:postgresql://" + SERVER[0] + ":" + SERVER[1] + "/postgres", p);
    }
}
