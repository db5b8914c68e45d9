package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentRowsTest {

    private static final String TEXT = "On 1938-08-16 Grant rode north.[1] He wrote home.\n\nOn 1938-08-22 Grant reached the river.";

    @Test
    void everyColumnWrittenHasItsTypeFromTheSchemaFile() {
        for (StoreTable t : StoreTable.values()) assertThat(t.columns()).as(t.sqlName()).isNotEmpty();
        assertThat(StoreTable.TIMEXES.columns()).contains(new StoreTable.Column("start_day", StoreTable.Type.INTEGER),
                new StoreTable.Column("interval_start", StoreTable.Type.TEXT));
        assertThat(StoreTable.CLAIMS.columns()).contains(new StoreTable.Column("value", StoreTable.Type.REAL));
        assertThat(StoreTable.of("mentions")).isEqualTo(StoreTable.MENTIONS);
    }

    @Test
    void aDocumentBecomesItsDocumentsRowAndRowsThatAllCarryItsId() {
        DocumentSource source = Samples.source("a.txt", TEXT);
        DocumentRows rows = DocumentRows.of(42, source, Samples.annotated("a.txt", TEXT, "Grant"), Instant.EPOCH);

        assertThat(rows.source()).isEqualTo(source);
        assertThat(rows.rows(StoreTable.PARAGRAPHS)).hasSize(2);
        assertThat(rows.rows(StoreTable.TIMEXES)).hasSize(2);
        assertThat(rows.rows(StoreTable.MENTIONS)).hasSize(2)
                .allSatisfy(r -> assertThat(r[0]).isEqualTo(42L));
        assertThat(rows.document()[8]).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void aRowOfTheWrongShapeOrTypeIsRefusedWithTheColumn() {
        DocumentRows rows = new DocumentRows(7);
        assertThatThrownBy(() -> rows.row(StoreTable.BLOCK_QUOTES, new Object[] {7L, 0, 1}))
                .hasMessageContaining("block_quotes takes 4 values; got 3");
        assertThatThrownBy(() -> rows.row(StoreTable.BLOCK_QUOTES, new Object[] {7L, "first", 1, 2}))
                .hasMessageContaining("block_quotes.ordinal takes INTEGER; got String first");
        assertThatThrownBy(() -> rows.row(StoreTable.BLOCK_QUOTES, new Object[] {8L, 0, 1, 2}))
                .hasMessageContaining("document 8 given to document 7");
    }

    @Test
    void rowsMadeElsewhereAreStoredUnderTheStoresOwnIdAndReadBackAsAnIngestWroteThem(@TempDir Path dir)
            throws SQLException {
        DocumentSource source = Samples.source("a.txt", TEXT);
        DocumentRows made = DocumentRows.of(Long.MAX_VALUE - 3, source, Samples.annotated("a.txt", TEXT, "Grant"),
                Instant.EPOCH);
        Path viaRows = dir.resolve("rows.db");
        Path viaPut = dir.resolve("put.db");
        try (Store a = Store.open(viaRows); Store b = Store.open(viaPut)) {
            assertThat(a.put(made)).isEqualTo(Store.Outcome.ADDED);
            assertThat(a.isCurrent(source)).isTrue();
            b.put(source, Samples.annotated("a.txt", TEXT, "Grant"));
        }
        String mentions = "SELECT group_concat(d.id || ':' || m.span_start || ':' || m.text || ':' || m.sentence, '|') "
                + "FROM mentions m JOIN documents d ON d.id = m.document_id";
        assertThat(stringOf(viaRows, mentions)).isEqualTo(stringOf(viaPut, mentions)).startsWith("1:");
        String timexes = "SELECT group_concat(value || ':' || start_day, '|') FROM timexes";
        assertThat(stringOf(viaRows, timexes)).isEqualTo(stringOf(viaPut, timexes));
    }

    private static String stringOf(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
