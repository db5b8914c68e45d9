package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldJsonTest {

    @TempDir
    Path tmp;

    private static Path seeds() {
        return Path.of(System.getProperty("annalist.shared"), "gold", "seeds");
    }

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> s = Files.list(seeds())) {
            return s.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    private Path file(String name, String json) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    @Test
    void every_seed_gold_file_reads_back_equal_after_writing() throws IOException {
        for (Path f : seedFiles()) {
            GoldDocument read = GoldJson.read(f);
            Path out = tmp.resolve(f.getFileName());
            GoldJson.write(read, out);
            GoldDocument again = GoldJson.read(out);

            assertThat(again).as(f.toString()).isEqualTo(read);
            assertThat(GoldJson.toJson(again)).isEqualTo(Files.readString(out));
        }
    }

    @Test
    void the_seed_gold_reads_with_its_extra_fields_ignored_and_nulls_kept() throws IOException {
        GoldDocument doc = GoldJson.read(seeds().resolve("001_563debc96b657ac2.gold.json"));

        assertThat(doc.format()).isEqualTo(GoldDocument.FORMAT);
        assertThat(doc.document()).isEqualTo("001_563debc96b657ac2.txt");
        assertThat(doc.chars()).isEqualTo(4677);
        assertThat(doc.timexes().get(0)).isEqualTo(new GoldTimex(206, 220, "August 1, 1938", "DATE", "1938-08-01", false));
        assertThat(doc.notes().get(0)).isEqualTo(new GoldNote("209", 397, 400));
        assertThat(doc.quotes().get(0)).isEqualTo(new GoldQuote(702, "stalin", "speech"));
        assertThat(doc.quotes().get(1).speaker()).isNull();
        assertThat(doc.communications().get(1).date()).isNull();
        assertThat(doc.communications().get(0).evidenceStart()).isNull();
        assertThat(doc.claims()).containsExactly(
                new GoldClaim("soviet_and_japanese_forces", "troops deployed", 30000.0, "more than", null));
        assertThat(doc.transcriptTurns().get(0)).isEqualTo(new GoldTurn("stalin", 1403));
        assertThat(doc.timexes().stream().filter(GoldTimex::optional).count()).isEqualTo(3);
    }

    @Test
    void missing_arrays_read_as_empty_and_unknown_fields_are_ignored() throws IOException {
        GoldDocument doc = GoldJson.read(file("a.json", """
                {"document": "a.txt", "made_by": "someone", "notes": [{"start": 4, "colour": "red"}],
                 "timexes": [{"start": 1, "end": 3, "optional": null}]}
                """));

        assertThat(doc.notes()).containsExactly(new GoldNote(null, 4, null));
        assertThat(doc.timexes()).containsExactly(new GoldTimex(1, 3, null, null, null, false));
        assertThat(doc.entities()).isEmpty();
        assertThat(doc.transcriptTurns()).isEmpty();
        assertThat(doc.format()).isNull();
    }

    @Test
    void a_missing_offset_fails_naming_the_file() throws IOException {
        Path f = file("bad.json", """
                {"document": "b.txt", "entities": [{"id": "x", "mentions": [{"end": 3}]}]}
                """);

        assertThatThrownBy(() -> GoldJson.read(f))
                .isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("start");
    }

    @Test
    void claim_values_read_as_python_float_reads_them() throws IOException {
        GoldDocument doc = GoldJson.read(file("c.json", """
                {"claims": [{"value": "792"}, {"value": " 1_000 "}, {"value": "1,000"}, {"value": true},
                            {"value": 2.5}, {"value": null}, {"value": [1]}, {"value": "-inf"}, {"value": "1e3"}]}
                """));

        assertThat(doc.claims().stream().map(GoldClaim::value).toList())
                .containsExactly(792.0, 1000.0, null, 1.0, 2.5, null, null, Double.NEGATIVE_INFINITY, 1000.0);
    }

    @Test
    void a_directory_is_keyed_by_document_field_or_else_by_file_name() throws IOException {
        file("x.json", "{\"document\": \"one.txt\"}");
        file("y.gold.json", "{\"notes\": []}");
        file("z.txt", "not json");

        Map<String, GoldDocument> docs = GoldJson.readDir(tmp);

        assertThat(docs.keySet()).containsExactly("one.txt", "y.gold.json");
    }

    @Test
    void writing_is_stable_pretty_json_in_the_formats_field_order() {
        GoldDocument doc = GoldDocument.empty("d.txt").withChars(20)
                .withNotes(List.of(new GoldNote("1", 5, 6)))
                .withClaims(List.of(new GoldClaim(null, "killed", 792.0, "exact", 3)));

        assertThat(GoldJson.toJson(doc)).isEqualTo("""
                {
                  "format": "annalist-gold/1",
                  "document": "d.txt",
                  "chars": 20,
                  "timexes": [ ],
                  "notes": [
                    {
                      "marker": "1",
                      "start": 5,
                      "end": 6
                    }
                  ],
                  "quotes": [ ],
                  "entities": [ ],
                  "communications": [ ],
                  "claims": [
                    {
                      "measure": "killed",
                      "value": 792,
                      "qualifier": "exact",
                      "start": 3
                    }
                  ],
                  "headings": [ ],
                  "transcript_turns": [ ],
                  "hedges": [ ]
                }
                """);
    }
}
