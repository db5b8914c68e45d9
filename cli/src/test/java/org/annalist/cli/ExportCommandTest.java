package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** annalist export on a store of the seed chapters, through the command line, into real files. */
class ExportCommandTest {

    private static final Path SEEDS = Path.of(System.getProperty("annalist.shared", "../shared"), "corpus/seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void ingestSeeds() {
        db = dir.resolve("seeds.db");
        CliRun run = CliRun.of("ingest", "--db", db.toString(), SEEDS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"timelinejs,1", "gexf,1", "palladio,4", "webanno,1", "cmif,1", "tei,2", "json,1"})
    void everyFormatWritesItsFilesAndEachParses(String format, int files) throws Exception {
        Path out = dir.resolve("out-" + format);

        CliRun run = CliRun.of("export", "--db", db.toString(), "--to", format, "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Path> written;
        try (Stream<Path> s = Files.list(out)) {
            written = s.sorted().toList();
        }
        assertThat(written).hasSize(files);
        assertThat(run.out().lines()).hasSize(files);
        for (Path f : written) {
            String name = f.getFileName().toString();
            assertThat(Files.size(f)).as(name).isGreaterThan(100);
            if (name.endsWith(".json") || name.endsWith(".jsonld")) {
                JsonNode root = JSON.readTree(f.toFile());
                assertThat(root.isObject()).isTrue();
            } else if (name.endsWith(".xml") || name.endsWith(".gexf")) {
                DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
                dbf.setNamespaceAware(true);
                assertThat(dbf.newDocumentBuilder().parse(f.toFile()).getDocumentElement()).isNotNull();
            } else {
                assertThat(name).endsWith(".csv");
                assertThat(Files.readString(f)).contains("\r\n");
            }
        }
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheFormats() {
        CliRun run = CliRun.of("export", "--db", db.toString(), "--to", "docx", "--out", dir.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("unknown export format 'docx'").contains("timelinejs").contains("cmif");
    }

    @Test
    void aMissingStoreFailsWithoutCreatingOne() throws IOException {
        Path missing = dir.resolve("missing.db");

        CliRun run = CliRun.of("export", "--db", missing.toString(), "--to", "json", "--out", dir.resolve("y").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("no store at");
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void exportIsListedAndAnswersHelp() {
        assertThat(CliRun.of("--help").out()).contains("export");
        assertThat(CliRun.of("export", "--help").out()).startsWith("Usage: annalist export").contains("--to")
                .contains("palladio");
    }
}
