package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.web.Library;

/**
 * One store per test JVM for the web tests: the seed chapters and a hostile source (markup and
 * script in its text and in its endnote), ingested through the command line.
 */
final class WebFixture {

    static final Path SEEDS = Path.of(System.getProperty("annalist.shared"), "corpus/seeds");
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String NOTE_SCRIPT = "<script>alert(2)</script>";
    static final String HOSTILE = """
            # A hostile source

            General Robert Smith wrote to Colonel Henry Jones on 3 May 1862 that %s the army had \
            4,000 men.[^1] Smith left %s for the river.

            [^1]: Letter of <b>Smith</b> to Jones, %s May 1862.
            """.formatted(SCRIPT, IMG, NOTE_SCRIPT);

    private static Path db;

    private WebFixture() {
    }

    /** {@return the store, built on first use} */
    static synchronized Path store() {
        if (db != null) return db;
        try {
            Path dir = Files.createTempDirectory("annalist-web");
            Path hostile = dir.resolve("hostile.md");
            Files.writeString(hostile, HOSTILE);
            Path file = dir.resolve("web.db");
            CliRun run = CliRun.of("ingest", "--db", file.toString(), SEEDS.toString(), hostile.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            db = file;
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Library library() {
        return Library.open(store());
    }
}
