package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.annalist.annotate.AnnotatedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    private static final String FIRST = "On 1938-08-16 Grant rode north.[1] He wrote home.\n\nOn 1938-08-22 Grant reached the river.";
    private static final String CHANGED = "On 1938-08-16 Grant rode south.\n\nOn 1938-08-23 Grant crossed.\n\nHe rested.";

    @Test
    void aNewStoreHasTheNewestSchemaVersionInWalMode(@TempDir Path dir) throws SQLException {
        Path db = dir.resolve("a.db");
        Store.open(db).close();

        assertThat(longOf(db, "SELECT max(version) FROM schema_version")).isEqualTo(4);
        assertThat(stringOf(db, "PRAGMA journal_mode")).isEqualTo("wal");
    }

    @Test
    void aVersionOneStoreIsBroughtUpToDateWhenOpenedAndKeepsItsDocuments(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("old.db");
        // a store as version 1 made it: schema-1.sql alone, one document
        olderStore(db, 1, "abc", "structure");

        Store.openExisting(db).close();

        assertThat(longOf(db, "SELECT max(version) FROM schema_version")).isEqualTo(4);
        assertThat(longOf(db, "SELECT count(*) FROM events")).isZero();
        assertThat(longOf(db, "SELECT count(*) FROM documents")).isEqualTo(1);
    }

    @Test
    void aVersionTwoStoreGainsTheDatesCertaintyAndKeepsItsDatesUnmarked(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("two.db");
        olderStore(db, 2, "June 1938.", "timexes", "INSERT INTO timexes(document_id, ordinal, span_start, span_end, text, type, "
                + "value, interval_start, interval_end, start_day, end_day, granularity, vague) VALUES (1, 0, 0, 9, 'June 1938', "
                + "'DATE', '1938-06', '1938-06-01', '1938-06-30', -11537, -11508, 'month', 0)");

        try (Store store = Store.openExisting(db)) {
            var rows = store.chronicle().timeline(org.annalist.store.query.TimelineQuery.ALL);

            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo("1938-06");
                assertThat(r.certainty()).isEmpty();
                assertThat(r.matter()).isEmpty();
                assertThat(r.outsideFrame()).isFalse();
            });
        }
        assertThat(longOf(db, "SELECT max(version) FROM schema_version")).isEqualTo(Schema.VERSION);
    }

    /** A store as {@code version} made it: its schema files alone, one document of {@code text}, and {@code rows}. */
    private static void olderStore(Path db, int version, String text, String layers, String... rows) throws SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement()) {
            for (String sql : Schema.upgrade(0, version, false)) st.execute(sql);
            st.execute("INSERT INTO schema_version(version, created_at) VALUES (" + version + ", '2026-11-22T10:00:00Z')");
            st.execute("INSERT INTO documents(name, path, content_hash, format, encoding, verbatim, chars, text, layers, ingested_at) "
                    + "VALUES ('a.txt', '/a.txt', 'sha256:00', 'text', 'UTF-8', 1, " + text.length() + ", '" + text + "', '" + layers
                    + "', '2026-11-22T10:00:00Z')");
            for (String row : rows) st.execute(row);
        }
    }

    @Test
    void puttingAnUnchangedDocumentAgainLeavesOneCopy(@TempDir Path dir) throws SQLException {
        Path db = dir.resolve("a.db");
        DocumentSource source = Samples.source("a.txt", FIRST);
        try (Store store = Store.open(db)) {
            assertThat(store.isCurrent(source)).isFalse();
            assertThat(store.put(source, Samples.annotated("a.txt", FIRST, "Grant"))).isEqualTo(Store.Outcome.ADDED);
            assertThat(store.isCurrent(source)).isTrue();
            assertThat(store.put(source, Samples.annotated("a.txt", FIRST, "Grant"))).isEqualTo(Store.Outcome.REPLACED);
        }

        assertThat(longOf(db, "SELECT count(*) FROM documents")).isEqualTo(1);
        assertThat(longOf(db, "SELECT count(*) FROM paragraphs")).isEqualTo(2);
        assertThat(longOf(db, "SELECT count(*) FROM timexes")).isEqualTo(2);
        assertThat(longOf(db, "SELECT count(*) FROM mentions")).isEqualTo(2);
        assertThat(longOf(db, "SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH 'river'")).isEqualTo(1);
    }

    @Test
    void aChangedDocumentReplacesEveryRowOfTheOldOne(@TempDir Path dir) throws SQLException {
        Path db = dir.resolve("a.db");
        try (Store store = Store.open(db)) {
            store.put(Samples.source("a.txt", FIRST), Samples.annotated("a.txt", FIRST, "Grant"));
            DocumentSource changed = new DocumentSource("a.txt", "/sources/a.txt",
                    DocumentSource.hash(CHANGED.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(store.isCurrent(changed)).isFalse();
            assertThat(store.put(changed, Samples.annotated("a.txt", CHANGED, "Grant"))).isEqualTo(Store.Outcome.REPLACED);
        }

        assertThat(longOf(db, "SELECT count(*) FROM documents")).isEqualTo(1);
        assertThat(longOf(db, "SELECT count(*) FROM paragraphs")).isEqualTo(3);
        assertThat(stringOf(db, "SELECT group_concat(value) FROM timexes")).isEqualTo("1938-08-16,1938-08-23");
        assertThat(longOf(db, "SELECT count(*) FROM note_calls")).isZero();
        assertThat(longOf(db, "SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH 'river'")).isZero();
        assertThat(longOf(db, "SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH 'rested'")).isEqualTo(1);
    }

    @Test
    void spansReadBackWithPlainSql(@TempDir Path dir) throws SQLException {
        Path db = dir.resolve("a.db");
        try (Store store = Store.open(db)) {
            store.put(Samples.source("a.txt", FIRST), Samples.annotated("a.txt", FIRST, "Grant"));
        }

        assertThat(stringOf(db, "SELECT group_concat(substr(d.text, t.span_start + 1, t.span_end - t.span_start), '|') "
                + "FROM timexes t JOIN documents d ON d.id = t.document_id")).isEqualTo("1938-08-16|1938-08-22");
        assertThat(stringOf(db, "SELECT group_concat(substr(d.text, m.span_start + 1, m.span_end - m.span_start), '|') "
                + "FROM mentions m JOIN documents d ON d.id = m.document_id")).isEqualTo("Grant|Grant");
        assertThat(stringOf(db, "SELECT marker FROM note_calls")).isEqualTo("1");
    }

    @Test
    void aStoreOfANewerSchemaVersionIsRefusedAndLeftUntouched(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("a.db");
        try (Store store = Store.open(db)) {
            store.put(Samples.source("a.txt", FIRST), Samples.annotated("a.txt", FIRST, "Grant"));
        }
        execute(db, "UPDATE schema_version SET version = 99");
        byte[] before = Files.readAllBytes(db);

        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("reads up to 4")
                .hasMessageContaining("nothing was changed");
        assertThatThrownBy(() -> Store.openExisting(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(longOf(db, "SELECT count(*) FROM documents")).isEqualTo(1);
    }

    @Test
    void aFileOfRandomBytesIsRefusedWithAClearMessageAndLeftUntouched(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("noise.db");
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Files.write(db, noise);

        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessage(db + " is not an annalist store (not an SQLite database); nothing was changed");
        assertThat(Files.readAllBytes(db)).isEqualTo(noise);
        assertThat(dir.resolve("noise.db-wal")).doesNotExist();
    }

    @Test
    void anSqliteFileWithAGoodHeaderButCorruptPagesIsRefused(@TempDir Path dir) throws IOException, SQLException {
        Path db = dir.resolve("a.db");
        Store.open(db).close();
        byte[] bytes = Files.readAllBytes(db);
        Random random = new Random(11);
        for (int i = 100; i < bytes.length; i++) bytes[i] = (byte) random.nextInt();
        Files.write(db, bytes);

        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining(db.toString()).hasMessageNotContaining("\n");
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
    }

    @Test
    void anotherSqliteDatabaseIsNotTakenForAStore(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("other.db");
        execute(db, "CREATE TABLE birds (name TEXT)");

        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not an annalist store (no schema_version table)");
        assertThat(stringOf(db, "SELECT group_concat(name) FROM sqlite_master")).isEqualTo("birds");
    }

    @Test
    void aMissingFolderOrAFolderInPlaceOfTheFileIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> Store.open(dir.resolve("nowhere/a.db"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("folder").hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is a folder");
        assertThatThrownBy(() -> Store.openExisting(dir.resolve("none.db"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("no store at");
    }

    @Test
    void aStoreLockedByAnotherWriterIsAClearErrorAndKeepsItsDocuments(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("a.db");
        try (Store store = Store.open(db)) {
            store.put(Samples.source("a.txt", FIRST), Samples.annotated("a.txt", FIRST, "Grant"));
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> {
                try (Store store = Store.open(db)) {
                    store.put(Samples.source("b.txt", CHANGED), Samples.annotated("b.txt", CHANGED));
                }
            }).isInstanceOf(StoreException.class).hasMessageContaining("is locked by another process");
            st.execute("ROLLBACK");
        }
        assertThat(longOf(db, "SELECT count(*) FROM documents")).isEqualTo(1);
    }

    @Test
    void aFailedWriteLeavesNoPartOfTheDocument(@TempDir Path dir) throws SQLException {
        Path db = dir.resolve("a.db");
        AnnotatedText good = Samples.annotated("a.txt", FIRST, "Grant");
        try (Store store = Store.open(db)) {
            store.put(Samples.source("a.txt", FIRST), good);
            execute(db, "CREATE TRIGGER refuse BEFORE INSERT ON timexes WHEN new.value = '1938-08-23' "
                    + "BEGIN SELECT RAISE(ABORT, 'refused'); END");
            DocumentSource changed = Samples.source("a.txt", CHANGED);
            assertThatThrownBy(() -> store.put(changed, Samples.annotated("a.txt", CHANGED, "Grant")))
                    .isInstanceOf(StoreException.class);
        }

        assertThat(longOf(db, "SELECT count(*) FROM documents")).isEqualTo(1);
        assertThat(stringOf(db, "SELECT text FROM documents")).isEqualTo(FIRST);
        assertThat(longOf(db, "SELECT count(*) FROM paragraphs")).isEqualTo(2);
        assertThat(stringOf(db, "SELECT group_concat(value) FROM timexes")).isEqualTo("1938-08-16,1938-08-22");
    }

    static long longOf(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String stringOf(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void execute(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
