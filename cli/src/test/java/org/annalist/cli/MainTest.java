package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "extract", "eval", "bench"})
    void everyCommandAnswersHelpWithItsUsageAndExitZero(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: annalist " + command);
    }

    @Test
    void theTopCommandListsItsSubcommands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("extract", "eval", "demo", "bench");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        CliRun run = CliRun.of("extract", "--no-such-option", "x.txt");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("extract", "--format", "docx", "x.txt");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'docx'");
    }
}
