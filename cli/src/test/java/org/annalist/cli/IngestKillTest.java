package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL after its first document committed leaves a consistent
 * store (whole documents only), and a re-run completes it.
 */
class IngestKillTest {

    private static final Path SHARED = Path.of(System.getProperty("annalist.shared", "../shared"));
    private static final int COPIES = 4;
    private static final int CHARS = 250_000;

    /** Tables whose rows belong to a document. */
    private static final List<String> CHILD_TABLES = List.of("paragraphs", "sentences", "headings", "note_calls",
            "entities", "mentions", "timexes", "quotes");

    @Test
    void aKilledIngestLeavesWholeDocumentsOnlyAndTheRerunCompletesIt(@TempDir Path dir) throws Exception {
        String book = Files.readString(SHARED.resolve("corpus/gutenberg/grant_personal_memoirs_pg4367.txt"));
        Path sources = Files.createDirectories(dir.resolve("books"));
        for (int i = 1; i <= COPIES; i++) {
            // distinct content, so no copy is taken for another
            Files.writeString(sources.resolve("grant-" + i + ".txt"), book.substring(0, CHARS) + "\n\nCopy " + i + ".\n");
        }
        Path db = dir.resolve("killed.db");

        Process child = new ProcessBuilder(javaBin(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.annalist.cli.Main", "ingest", "--db", db.toString(), sources.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (documents(db) < 1) {
                assertThat(child.isAlive()).as("child ended before its first commit: %s",
                        Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "").isTrue();
                assertThat(System.nanoTime()).as("first commit within 4 minutes").isLessThan(deadline);
                Thread.sleep(100);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }

        long stored = documents(db);
        assertThat(stored).isBetween(1L, (long) COPIES - 1);
        assertWholeDocumentsOnly(db);

        CliRun rerun = CliRun.of("ingest", "--db", db.toString(), sources.toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains((COPIES - stored) + " added, 0 replaced, " + stored + " unchanged, 0 failed");
        assertThat(documents(db)).isEqualTo(COPIES);
        assertWholeDocumentsOnly(db);
    }

    private static void assertWholeDocumentsOnly(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertThat(one(st, "PRAGMA integrity_check")).isEqualTo("ok");
            for (String table : CHILD_TABLES) {
                assertThat(one(st, "SELECT count(*) FROM " + table + " WHERE document_id NOT IN (SELECT id FROM documents)"))
                        .as("rows of %s without their document", table).isEqualTo("0");
                assertThat(one(st, "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM " + table
                        + " t WHERE t.document_id = d.id)")).as("documents without %s", table).isEqualTo("0");
            }
            // every document has as many rows as the others: all are the same text but for one line
            assertThat(one(st, "SELECT count(DISTINCT n) FROM (SELECT count(*) AS n FROM timexes GROUP BY document_id)"))
                    .isEqualTo("1");
            assertThat(one(st, "SELECT count(*) FROM documents WHERE chars <> length(text)")).isEqualTo("0");
        }
    }

    private static long documents(Path db) {
        if (!Files.exists(db)) return 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM documents")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0; // not created yet
        }
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String javaBin() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java)) throw new IOException("no java at " + java);
        return java.toString();
    }
}
