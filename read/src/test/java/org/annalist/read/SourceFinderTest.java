package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFinderTest {

    @TempDir
    Path dir;

    private final SourceFinder finder = new SourceFinder();

    private Path touch(String relative) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "text");
        return p;
    }

    @Test
    void foldersAreWalkedRecursivelyInSortedOrderSkippingHiddenFiles() throws Exception {
        Path b = touch("books/b.txt");
        Path a = touch("books/a.md");
        Path deep = touch("books/vol2/ch1.html");
        touch("books/.draft.txt");
        touch("books/.cache/x.txt");
        SourceFinder.Found found = finder.find(List.of(dir.resolve("books")));
        assertThat(found.sources()).containsExactly(a, b, deep);
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void filesKeepTheirInputOrderAndRepeatsAreDropped() throws Exception {
        Path z = touch("z.pdf");
        Path a = touch("a.epub");
        assertThat(finder.find(List.of(z, a, z)).sources()).containsExactly(z, a);
    }

    @Test
    void badInputsAreProblemsNotExceptions() throws Exception {
        Path missing = dir.resolve("nope.txt");
        Path json = touch("data.json");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path good = touch("ok.xml");
        SourceFinder.Found found = finder.find(List.of(missing, json, empty, good));
        assertThat(found.sources()).containsExactly(good);
        assertThat(found.problems()).extracting(SourceFinder.Problem::toString).containsExactly(
                missing + ": no such file or directory",
                json + ": unsupported file type (.json)",
                empty + ": no readable sources in this folder");
    }

    @Test
    void linkedFolderIsFollowedAndALoopIsReported() throws Exception {
        Path real = touch("real/a.txt");
        Path link = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
        Files.createSymbolicLink(dir.resolve("real/loop"), dir.resolve("real"));
        SourceFinder.Found found = finder.find(List.of(link));
        assertThat(found.sources()).containsExactly(link.resolve("a.txt"));
        assertThat(found.problems()).extracting(SourceFinder.Problem::toString)
                .containsExactly(link.resolve("loop") + ": link loops back to a folder above it, skipped");
        assertThat(real).exists();
    }
}
