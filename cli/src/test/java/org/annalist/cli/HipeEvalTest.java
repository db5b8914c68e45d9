package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two commands a user runs on CLEF-HIPE-2020's English dev set (historical newspapers):
 * {@code annalist extract --json --out OUT hipe.tsv} (one output per HIPE document) and
 * {@code annalist eval --gold hipe.tsv OUT} (persons, organisations and places, grouped by
 * Wikidata id). The floors sit a little under the figures measured when this was written.
 */
class HipeEvalTest {

    private static final Path TSV = Path.of(System.getProperty("annalist.shared", "../shared"),
            "corpus/hipe2020-en-dev/HIPE-data-v1.4-dev-en.tsv");

    @Test
    void extractThenEvalScoresTheNewspaperEntities(@TempDir Path out) {
        CliRun extract = CliRun.of("extract", "--json", "--out", out.toString(), TSV.toString());
        assertThat(extract.exitCode()).as(extract.err()).isZero();

        CliRun eval = CliRun.of("eval", "--gold", TSV.toString(), out.toString());

        assertThat(eval.exitCode()).as(eval.err()).isZero();
        System.out.println("HIPE-2020 English dev:\n" + eval.out());
        assertThat(out.toFile().list()).hasSize(80);
        assertThat(figure(eval.out(), "entities.mentions", 2)).as(eval.out()).isGreaterThanOrEqualTo(0.80);
        assertThat(figure(eval.out(), "entities.links_same", 3)).as(eval.out()).isGreaterThanOrEqualTo(0.75);
        assertThat(figure(eval.out(), "entities.links_apart", 3)).as(eval.out()).isGreaterThanOrEqualTo(0.97);
        assertThat(eval.out()).containsPattern("entities.mentions .* 904 ");
    }

    /** The {@code column}th number (1 = P, 2 = R, 3 = F1) of the table row {@code task}. */
    private static double figure(String table, String task, int column) {
        String row = table.lines().filter(l -> l.startsWith(task + " ")).findFirst().orElseThrow();
        return Double.parseDouble(row.trim().split("\\s+")[column]);
    }
}
