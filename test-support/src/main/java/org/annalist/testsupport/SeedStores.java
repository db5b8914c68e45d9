package org.annalist.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.annalist.pipeline.Ingest;
import org.annalist.pipeline.StandardPipeline;
import org.annalist.store.Store;
import org.annalist.store.query.Chronicle;
import org.annalist.store.resolve.Curation;

/**
 * Stores of the seed chapters (and a hostile source: markup and script in its text and endnote),
 * ingested through the standard pipeline once per test JVM and backend, entities merged.
 */
public final class SeedStores {

    /** Where a store lives. */
    public enum Backend { SQLITE, POSTGRES }

    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String IMG = "<img src=x onerror=alert(1)>";
    public static final String NOTE_SCRIPT = "<script>alert(2)</script>";
    public static final String HOSTILE = """
            # A hostile source

            General Robert Smith wrote to Colonel Henry Jones on 3 May 1862 that %s the army had \
            4,000 men.[^1] Smith left %s for the river.

            [^1]: Letter of <b>Smith</b> to Jones, %s May 1862.
            """.formatted(SCRIPT, IMG, NOTE_SCRIPT);

    private static final Map<Backend, Path> SEEDS = new EnumMap<>(Backend.class);
    private static final Map<Backend, Path> WITH_HOSTILE = new EnumMap<>(Backend.class);

    private SeedStores() {
    }

    /** {@return the store of the two seed chapters on {@code backend}, built on first use} */
    public static synchronized Path seeds(Backend backend) {
        return SEEDS.computeIfAbsent(backend, b -> build(b, "seeds", List.of()));
    }

    /** {@return the store of the seed chapters and {@code hostile.md} ({@link #HOSTILE}) on {@code backend}} */
    public static synchronized Path withHostile(Backend backend) {
        return WITH_HOSTILE.computeIfAbsent(backend, b -> {
            try {
                Path hostile = Files.createTempDirectory("annalist-hostile").resolve("hostile.md");
                Files.writeString(hostile, HOSTILE);
                return build(b, "web", List.of(hostile));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** {@return what {@code query} reads from the store at {@code db}} */
    public static <T> T read(Path db, Function<Chronicle, T> query) {
        try (Store store = Store.openExisting(db)) {
            return query.apply(store.chronicle());
        }
    }

    private static Path build(Backend backend, String purpose, List<Path> more) {
        try {
            Path db = backend == Backend.POSTGRES ? TestPostgres.newDatabase(purpose)
                    : Files.createTempDirectory("annalist-" + purpose).resolve(purpose + ".db");
            List<Path> sources = new ArrayList<>();
            try (Stream<Path> seeds = Files.list(Shared.seeds())) {
                seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(sources::add);
            }
            sources.addAll(more);
            try (Store store = Store.open(db)) {
                new Ingest(store, StandardPipeline.Options.DEFAULT, false).run(sources, (line, cause) -> {
                    throw new IllegalStateException(line, cause);
                });
                store.resolve(Curation.NONE);
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
