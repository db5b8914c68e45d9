package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.annalist.pipeline.Ingest;
import org.annalist.pipeline.Load;
import org.annalist.pipeline.ParquetTables;
import org.annalist.pipeline.StandardPipeline;
import org.annalist.pipeline.Tally;
import org.annalist.read.SourceFinder;
import org.annalist.store.Store;
import org.annalist.store.StoreTable;
import org.annalist.store.query.Chronicle;
import org.annalist.store.query.TimelineQuery;
import org.annalist.store.resolve.Curation;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job, then a {@link Load} of its tables, gives the same store as an {@link Ingest}
 * of the same sources: the seed chapters and a HIPE TSV of three newspaper articles.
 */
class ChronicleJobTest {

    private static final Path SHARED = Path.of(System.getProperty("annalist.shared", "../shared"));

    @TempDir
    static Path dir;

    static Path sources;
    static ChronicleJob.Result result;
    static Path viaSpark;
    static Path viaIngest;
    static Tally load;

    @BeforeAll
    static void runTheJobAndIngestTheSameSources() throws IOException {
        sources = Files.createDirectories(dir.resolve("sources"));
        try (Stream<Path> seeds = Files.list(SHARED.resolve("corpus/seeds"))) {
            for (Path seed : seeds.sorted().toList()) Files.copy(seed, sources.resolve(seed.getFileName()));
        }
        Files.writeString(sources.resolve("articles.tsv"), hipeDocuments(3));
        Path out = dir.resolve("tables");

        result = new ChronicleJob(LocalSpark.session(), Optional.empty()).run(sources.toString(), ChronicleJob.Input.FILES,
                out.toString());
        viaSpark = dir.resolve("spark.db");
        load = load(viaSpark, out);
        viaIngest = dir.resolve("ingest.db");
        try (Store store = Store.open(viaIngest)) {
            Tally ingest = new Ingest(store, StandardPipeline.Options.DEFAULT, false)
                    .run(new SourceFinder().find(List.of(sources)).sources(), (line, cause) -> {
                        throw new AssertionError(line, cause);
                    });
            store.resolve(Curation.NONE);
            assertThat(ingest.toString()).isEqualTo("5 added, 0 replaced, 0 unchanged, 0 failed");
        }
    }

    @Test
    void theJobWritesEveryDocumentOfTheFolderAndATableOfEach() {
        assertThat(result.documents()).isEqualTo(2 + 3);
        assertThat(result.failures()).isZero();
        assertThat(result.rows().get("mentions")).isPositive();
        assertThat(result.rows().get("timexes")).isPositive();
        for (StoreTable t : StoreTable.values()) assertThat(Files.isDirectory(dir.resolve("tables").resolve(t.sqlName()))).isTrue();
    }

    @Test
    void documentIdsAreUniqueAcrossPartitions() {
        List<Row> ids = LocalSpark.session().read().parquet(dir.resolve("tables/documents").toString())
                .select("id").distinct().collectAsList();
        assertThat(ids).hasSize(5);
    }

    @Test
    void loadingTheTablesReportsWhatWasAdded() {
        assertThat(load.toString()).isEqualTo("5 added, 0 replaced, 0 unchanged, 0 failed");
    }

    @Test
    void theLoadedStoreHoldsTheRowsAnIngestWrites() throws SQLException {
        Map<String, Long> spark = counts(viaSpark);
        Map<String, Long> ingest = counts(viaIngest);
        assertThat(spark).isEqualTo(ingest);
        assertThat(spark.get("mentions")).isPositive();
        assertThat(spark.get("collection_entities")).isPositive();
    }

    @Test
    void theTimelineNetworkAndClaimsAnswersAreThoseOfAnIngest() {
        try (Store a = Store.openExisting(viaSpark); Store b = Store.openExisting(viaIngest)) {
            Chronicle spark = a.chronicle();
            Chronicle ingest = b.chronicle();
            assertThat(spark.timeline(TimelineQuery.ALL)).isEqualTo(ingest.timeline(TimelineQuery.ALL)).isNotEmpty();
            assertThat(spark.network(TimelineQuery.ALL)).isEqualTo(ingest.network(TimelineQuery.ALL));
            assertThat(spark.network(TimelineQuery.ALL).edges()).isNotEmpty();
            assertThat(spark.claims()).isEqualTo(ingest.claims());
            assertThat(spark.claims().claims()).isNotEmpty();
        }
    }

    @Test
    void loadingTheSameTablesAgainLeavesEveryDocumentUnchanged() throws IOException, SQLException {
        Path copy = dir.resolve("again.db");
        Files.copy(viaSpark, copy);
        Tally again = load(copy, dir.resolve("tables"));
        assertThat(again.toString()).isEqualTo("0 added, 0 replaced, 5 unchanged, 0 failed");
        assertThat(counts(copy)).isEqualTo(counts(viaSpark));
    }

    @Test
    void aDocumentThatFailsLeavesNoRowsAndIsListedInFailures(@TempDir Path other) throws IOException, SQLException {
        Path in = Files.createDirectories(other.resolve("in"));
        Files.copy(SHARED.resolve("corpus/seeds").resolve(firstSeed()), in.resolve("good.txt"));
        Files.write(in.resolve("broken.epub"), "not a zip archive at all".getBytes(StandardCharsets.UTF_8));
        Path out = other.resolve("tables");

        ChronicleJob.Result r = new ChronicleJob(LocalSpark.session(), Optional.empty())
                .run(in.toString(), ChronicleJob.Input.FILES, out.toString());

        assertThat(r.documents()).isEqualTo(1);
        assertThat(r.failures()).isEqualTo(1);
        List<Row> failures = LocalSpark.session().read().parquet(out.resolve("failures").toString()).collectAsList();
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.getString(0)).endsWith("broken.epub");
            assertThat(f.getString(1)).isNotBlank();
        });
        assertThat(LocalSpark.session().read().parquet(out.resolve("documents").toString())
                .filter("path LIKE '%broken%'").count()).isZero();

        Path db = other.resolve("s.db");
        assertThat(ParquetTables.read(out).failures()).singleElement().asString().contains("broken.epub");
        Tally loaded = load(db, out);
        assertThat(loaded.toString()).isEqualTo("1 added, 0 replaced, 0 unchanged, 1 failed");
        assertThat(counts(db).get("documents")).isEqualTo(1);
    }

    @Test
    void aParquetDatasetOfNamesAndTextsIsReadAsDocuments(@TempDir Path other) throws IOException {
        String text = Files.readString(SHARED.resolve("corpus/seeds").resolve(firstSeed()));
        Path input = other.resolve("docs");
        LocalSpark.session().createDataFrame(List.of(new NamedText("chapter.txt", text)), NamedText.class)
                .write().parquet(input.toString());

        ChronicleJob.Result r = new ChronicleJob(LocalSpark.session(), Optional.empty())
                .run(input.toString(), ChronicleJob.Input.PARQUET, other.resolve("tables").toString());

        assertThat(r.documents()).isEqualTo(1);
        long sameChapterFromAFile = LocalSpark.session().read().parquet(dir.resolve("tables/timexes").toString())
                .join(LocalSpark.session().read().parquet(dir.resolve("tables/documents").toString())
                        .filter("name = '" + firstSeed() + "'").select("id"))
                .where("document_id = id").count();
        assertThat(sameChapterFromAFile).isPositive();
        assertThat(r.rows().get("timexes")).isEqualTo(sameChapterFromAFile);
        List<Row> docs = LocalSpark.session().read().parquet(other.resolve("tables/documents").toString())
                .select("name", "path", "chars").collectAsList();
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.getString(0)).isEqualTo("chapter.txt");
            assertThat(d.getLong(2)).isEqualTo(text.length());
        });
    }

    /** A row of a Parquet input. */
    public static final class NamedText implements java.io.Serializable {
        private String name;
        private String text;

        public NamedText() {
        }

        NamedText(String name, String text) {
            this.name = name;
            this.text = text;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    private static Path firstSeed() throws IOException {
        try (Stream<Path> seeds = Files.list(SHARED.resolve("corpus/seeds"))) {
            return seeds.sorted().findFirst().orElseThrow().getFileName();
        }
    }

    /** The header line and the first {@code n} documents of the HIPE-2020 English dev file. */
    private static String hipeDocuments(int n) throws IOException {
        List<String> lines = Files.readAllLines(SHARED.resolve("corpus/hipe2020-en-dev/HIPE-data-v1.4-dev-en.tsv"),
                StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        int seen = 0;
        for (String line : lines) {
            if (line.startsWith("# document_id") && ++seen > n) break;
            kept.add(line);
        }
        while (kept.get(kept.size() - 1).startsWith("#")) kept.remove(kept.size() - 1);
        return String.join("\n", kept) + "\n";
    }

    /** {@return the rows of every table of the store} */
    private static Map<String, Long> counts(Path db) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'paragraph_search%' AND name <> 'schema_version'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** {@return what loading the job's output {@code tables} into the store {@code db} did}, entities then merged */
    private static Tally load(Path db, Path tables) throws IOException {
        ParquetTables.Output job = ParquetTables.read(tables);
        try (Store store = Store.open(db)) {
            Tally tally = Load.into(store, job.documents(), false);
            tally.failed(job.failures().size());
            store.resolve(Curation.NONE);
            return tally;
        }
    }
}
