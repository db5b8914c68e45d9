package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.annotate.quote.SpeakerRanker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    private static final Path SHARED = Path.of(System.getProperty("annalist.shared", "../shared"));

    @TempDir
    Path tmp;

    @Test
    void trainsOnAGoldSetCrossValidatesByDocumentAndWritesWeightsTheRankerReads() throws Exception {
        Path weights = tmp.resolve("w.tsv");
        Path predictions = tmp.resolve("cv");
        CliRun run = CliRun.of("train", "quotes", "--gold", SHARED.resolve("gold/seeds").toString(), "--texts", SHARED.resolve("corpus/seeds").toString(),
                "--folds", "2", "--out", weights.toString(), "--predictions", predictions.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("cross-validated (2 folds by document): sieve alone attribution")
                .contains("cross-validated (2 folds by document): sieve + ranker attribution");
        try (Reader r = Files.newBufferedReader(weights, StandardCharsets.UTF_8)) {
            SpeakerRanker ranker = SpeakerRanker.read(r, weights.toString());
            assertThat(ranker.comments()).anyMatch(c -> c.contains("on 2 documents of seeds"));
            assertThat(ranker.weight("sieve.verb")).isPositive();
        }
        try (var files = Files.list(predictions)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("000_b3e0b6f17b358cbe.json", "001_563debc96b657ac2.json");
        }
    }

    @Test
    void oneFoldIsBadUsage() {
        CliRun run = CliRun.of("train", "quotes", "--gold", SHARED.resolve("gold/seeds").toString(), "--folds", "1");
        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--folds must be 0 or at least 2");
    }

    @Test
    void goldWithoutAttributedQuotesTeachesNothing() {
        CliRun run = CliRun.of("train", "quotes", "--gold", SHARED.resolve("gold/wikiwars-dev").toString(), "--out", tmp.resolve("w.tsv").toString());
        assertThat(run.exitCode()).isEqualTo(Main.FAILED);
        assertThat(run.err()).contains("no quotation with a speaker");
        assertThat(tmp.resolve("w.tsv")).doesNotExist();
    }
}
