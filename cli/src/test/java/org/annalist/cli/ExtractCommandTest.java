package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @Test
    void aMissingFileIsOneLineNamingItAndExitOne(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.txt");

        CliRun run = CliRun.of("extract", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere.txt").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badInputsAreReportedWhileGoodOnesAreStillProcessed(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 0});
        Files.writeString(dir.resolve("good.txt"), "On June 16, 1938, the board met in London.\n");
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("extract", "--json", "--out", out.toString(), dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("empty.txt").contains("binary.txt");
        assertThat(out.resolve("good.json")).exists();
        assertThat(Files.readString(out.resolve("good.json"))).contains("\"1938-06-16\"");
        assertThat(out.resolve("empty.json")).doesNotExist();
    }
}
