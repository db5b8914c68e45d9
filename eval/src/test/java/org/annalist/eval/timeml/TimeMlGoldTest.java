package org.annalist.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.annalist.eval.EvalReport;
import org.annalist.eval.Referee;
import org.annalist.eval.Task;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldTimex;
import org.annalist.read.ReadException;
import org.annalist.read.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlGoldTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void goldIsTheTimexesInsideTextWithoutTheCreationTime() throws ReadException {
        GoldDocument gold = TimeMlGold.from("news.tml", bytes(TimeMlFixture.TML));

        assertThat(gold.format()).isEqualTo(GoldDocument.FORMAT);
        assertThat(gold.document()).isEqualTo("news.tml");
        assertThat(gold.documentDate()).isEqualTo("1998-11-20");
        assertThat(gold.chars()).isEqualTo(TimeMlFixture.TEXT.length());
        assertThat(gold.text()).isEqualTo(TimeMlFixture.TEXT);
        assertThat(gold.timexes()).containsExactly(
                new GoldTimex(15, 24, "yesterday", "DATE", "1998-11-19", false),
                new GoldTimex(55, 64, "two weeks", "DURATION", "P2W", false));
    }

    @Test
    void goldOffsetsAreOffsetsIntoTheTextTheReaderGivesThePipeline() throws Exception {
        GoldDocument gold = TimeMlGold.from("news.tml", bytes(TimeMlFixture.TML));
        String read = Readers.standard().read("news.tml", bytes(TimeMlFixture.TML)).text().text();

        assertThat(read).isEqualTo(gold.text());
        for (GoldTimex t : gold.timexes()) assertThat(read.substring(t.start(), t.end())).isEqualTo(t.text());
    }

    @Test
    void aFolderIsReadWithItsSubfoldersKeyedByFileNameAndScoresAgainstItself(@TempDir Path dir) throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("TimeBank")).resolve("news.tml"), TimeMlFixture.TML);
        Files.writeString(Files.createDirectories(dir.resolve("copy")).resolve("news.tml"), TimeMlFixture.TML);
        Files.writeString(dir.resolve("README.txt"), "not gold");
        Files.writeString(Files.createDirectories(dir.resolve(".hidden")).resolve("other.tml"), "<broken");

        assertThat(TimeMlGold.holdsTimeMl(dir)).isTrue();
        Map<String, GoldDocument> gold = TimeMlGold.readDir(dir);

        assertThat(gold).containsOnlyKeys("news.tml");
        EvalReport self = Referee.score(gold, gold);
        assertThat(self.row(Task.TIMEX_VALUE).f1()).isEqualTo(1.0);
        assertThat(self.row(Task.TIMEX_VALUE).gold()).isEqualTo(2);
    }

    @Test
    void twoDifferentFilesOfOneNameAreRefused(@TempDir Path dir) throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("news.tml"), TimeMlFixture.TML);
        Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("news.tml"),
                TimeMlFixture.TML.replace("P2W", "P3W"));

        assertThatThrownBy(() -> TimeMlGold.readDir(dir)).hasMessageStartingWith("two different gold files are named news.tml");
    }

    @Test
    void aFolderOfJsonHoldsNoTimeMl(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), "{}");

        assertThat(TimeMlGold.holdsTimeMl(dir)).isFalse();
    }
}
