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

    @Test
    void sourcesAnnotatedTwoAtATimeComeOutInTheirOrderAsOneAtATimeWrites(@TempDir Path dir) throws IOException {
        for (int i = 1; i <= 5; i++) {
            Files.writeString(dir.resolve("letter" + i + ".txt"), "On June " + (10 + i) + ", 1862, Colonel Marsh wrote to "
                    + "General Hale from Corinth.\n");
        }
        Files.write(dir.resolve("letter3b.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 0});

        CliRun one = CliRun.of("extract", "--json", "--jobs", "1", dir.toString());
        CliRun two = CliRun.of("extract", "--json", "--jobs", "2", dir.toString());

        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(two.err()).isEqualTo(one.err()).contains("letter3b.txt");
        assertThat(two.out().lines().filter(l -> l.startsWith("{")).count()).isEqualTo(5);
        assertThat(two.out().indexOf("1862-06-11")).isLessThan(two.out().indexOf("1862-06-15")).isPositive();
        assertThat(CliRun.of("extract", "--jobs", "0", dir.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void aTextWithTwoNulBytesPerLineYieldsItsDatesAndNamesAndOneWarning(@TempDir Path dir) throws IOException {
        String text = """
                On 3 May 1862 General Robert Smith wrote to Colonel Henry Jones from Corinth.
                Jones answered on 5 May 1862 that the bridge at Farmington had been burned.
                Smith reached Corinth again in June 1862, and Jones met him at the station.
                """;
        Path ocr = dir.resolve("ocr.txt");
        Files.writeString(ocr, text.replace("\n", "\u0000\u0000\n"));
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("extract", "--json", "--out", out.toString(), ocr.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().toList())
                .containsExactly("annalist: warning: ocr.txt: 6 stray control characters (NUL and the like) read as spaces");
        String json = Files.readString(out.resolve("ocr.json"));
        assertThat(json).contains("\"1862-05-03\"", "\"1862-05-05\"", "\"1862-06\"")
                .contains("\"Robert Smith\"", "\"Henry Jones\"", "\"Corinth\"").doesNotContain("\\u0000");
    }

    @Test
    void eachBookTellsItsCallsFoundLinkedAndUnlinkedAndTheReportListsRegionsAndUnlinkedCalls(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("book.txt"), """
                The legion held the ford. [1] The second held the bridge. [2] The third stood idle. [3]

                FOOTNOTES

                [1] Caesar, Gallic War, ii. 9.

                [2] Ibid., ii. 10.
                """);
        Path out = dir.resolve("out");

        CliRun json = CliRun.of("extract", "--json", "--out", out.toString(), dir.resolve("book.txt").toString());
        CliRun text = CliRun.of("extract", dir.resolve("book.txt").toString());

        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("book.txt: note calls: 3 found, 2 linked, 1 unlinked; 2 notes in 1 region");
        assertThat(text.out()).contains("note regions (1)").contains("2 notes [1]…[2]  FOOTNOTES")
                .contains("unlinked note calls (1)").contains("The third stood idle. ⟨[3]⟩\n");
    }
}
