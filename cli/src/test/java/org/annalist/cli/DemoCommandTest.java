package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void demoReportsTheSamplesDatesTranscriptAndLinkedNotes() {
        CliRun run = CliRun.of("demo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("eastmere-strike.txt")
                .contains("THE EASTMERE HARBOUR STRIKE")
                .contains("1911-03-03")
                .contains("Marsh: You will return to work on Monday")
                .contains("note calls: 5 found, 5 linked, 0 unlinked");
    }
}
