package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A HIPE-2020 TSV holds many newspaper articles: ingest stores each as a document of its own. */
class IngestManyDocumentsTest {

    private static final Path HIPE = Path.of(System.getProperty("annalist.shared", "../shared"))
            .resolve("corpus/hipe2020-en-dev/HIPE-data-v1.4-dev-en.tsv");

    @TempDir
    Path dir;

    /** The header line and the first {@code n} documents of the HIPE dev file. */
    private static String firstDocuments(int n) throws IOException {
        List<String> lines = Files.readAllLines(HIPE, StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        int seen = 0;
        for (String line : lines) {
            if (line.startsWith("# document_id") && ++seen > n) break;
            kept.add(line);
        }
        // a document's metadata lines come before its id: drop those of the next document
        while (kept.get(kept.size() - 1).startsWith("#")) kept.remove(kept.size() - 1);
        return String.join("\n", kept) + "\n";
    }

    @Test
    void eachArticleOfATsvIsStoredByItsIdAndArticlesDroppedFromTheFileAreRemoved() throws IOException, SQLException {
        Path tsv = dir.resolve("articles.tsv");
        Path db = dir.resolve("hipe.db");
        Files.writeString(tsv, firstDocuments(3));

        CliRun first = CliRun.of("ingest", "--db", db.toString(), tsv.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("3 added, 0 replaced, 0 unchanged, 0 failed");
        assertThat(StoreCommandsTest.count(db, "SELECT count(*) FROM documents WHERE path LIKE '%articles.tsv#sn%'"))
                .isEqualTo(3);
        assertThat(StoreCommandsTest.count(db, "SELECT count(DISTINCT name) FROM documents")).isEqualTo(3);
        assertThat(StoreCommandsTest.count(db, "SELECT count(*) FROM mentions")).isPositive();

        CliRun again = CliRun.of("ingest", "--db", db.toString(), tsv.toString());
        assertThat(again.out()).contains("0 added, 0 replaced, 3 unchanged, 0 failed");

        Files.writeString(tsv, firstDocuments(2));
        CliRun shorter = CliRun.of("ingest", "--db", db.toString(), tsv.toString());

        assertThat(shorter.exitCode()).as(shorter.err()).isZero();
        assertThat(shorter.out()).contains("0 added, 2 replaced, 0 unchanged, 0 failed");
        assertThat(StoreCommandsTest.count(db, "SELECT count(*) FROM documents")).isEqualTo(2);
    }
}
