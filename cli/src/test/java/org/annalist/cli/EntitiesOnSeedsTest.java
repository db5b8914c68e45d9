package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.entity.EntityStage;
import org.annalist.corenlp.CoreNlpModels;
import org.annalist.corenlp.CoreNlpNames;
import org.annalist.corenlp.CoreNlpTokens;
import org.annalist.model.CallStyle;
import org.annalist.model.Heading;
import org.annalist.model.NoteCall;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the entity stage on the seed texts with the referee ({@code shared/tools/score.py}):
 * CoreNLP tokens and names, then {@link EntityStage}; the entities are written as
 * annalist-gold/1 JSON and scored against {@code shared/gold/seeds}. The seeds are read as a
 * plain-text reader would: one paragraph a line, an all-capitals line without end
 * punctuation a heading, {@code NAME:} a transcript turn, digits glued after punctuation a note
 * call.
 */
class EntitiesOnSeedsTest {

    private static final Pattern TURN_LABEL = Pattern.compile("^([A-Z][A-Z .'-]+):");
    /** digits glued after punctuation or a closing quote, not a thousands separator: a note call */
    private static final Pattern GLUED_CALL =
            Pattern.compile("(?<=[^\\d\\s][.,;:!?\u201d\"\u2019)\\]])\\d{1,4}(?=\\s|$)", Pattern.MULTILINE);

    @TempDir
    static Path out;

    private static Map<String, double[]> scores;

    @BeforeAll
    static void scoreTheSeeds() throws Exception {
        Path shared = Path.of(System.getProperty("annalist.shared", "/work/shared"));
        CoreNlpModels models = CoreNlpModels.shared();
        CoreNlpTokens tokens = new CoreNlpTokens(models);
        CoreNlpNames names = new CoreNlpNames(models);
        EntityStage entities = new EntityStage();
        List<Path> seeds;
        try (var files = Files.list(shared.resolve("corpus/seeds"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(seeds).isNotEmpty();
        for (Path seed : seeds) {
            SourceDocument document = read(seed);
            AnnotatedText text = AnnotatedText.of(document);
            text = text.with(tokens.annotate(text));
            text = text.with(names.annotate(text));
            Entities found = entities.annotate(text);
            String base = seed.getFileName().toString().replaceFirst("\\.txt$", "");
            Files.writeString(out.resolve(base + ".json"), goldJson(seed.getFileName().toString(), found));
        }
        scores = referee(shared.resolve("tools/score.py"), shared.resolve("gold/seeds"), out);
    }

    @Test
    void almostEveryGoldMentionIsFound() {
        assertThat(scores.get("entities.mentions")[1]).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void mentionsOfOneEntityAreLinked() {
        assertThat(scores.get("entities.links_same")[2]).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void mentionsOfDifferentEntitiesAreKeptApart() {
        assertThat(scores.get("entities.links_apart")[2]).isGreaterThanOrEqualTo(0.995);
    }

    /** {@return task → {precision, recall, f1}} from {@code score.py --json} */
    private static Map<String, double[]> referee(Path script, Path gold, Path predicted)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", script.toString(), gold.toString(), predicted.toString(), "--json")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        assertThat(exit).as("score.py exit status; output:%n%s", output).isZero();
        Map<String, double[]> rows = new HashMap<>();
        Matcher m = Pattern.compile("\"([a-z_.]+)\": \\{\\s*\"precision\": ([0-9.]+),\\s*\"recall\": ([0-9.]+),\\s*\"f1\": ([0-9.]+)")
                .matcher(output);
        while (m.find()) {
            rows.put(m.group(1), new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4))});
        }
        assertThat(rows).as("rows of score.py output:%n%s", output).containsKeys("entities.mentions",
                "entities.links_same", "entities.links_apart");
        return rows;
    }

    private static String goldJson(String document, Entities entities) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"format\": \"annalist-gold/1\", \"document\": ").append(quote(document)).append(", \"entities\": [");
        String sep = "";
        for (Entity e : entities.entities()) {
            sb.append(sep).append("{\"id\": ").append(quote(e.id())).append(", \"type\": ").append(quote(e.type().name()))
                    .append(", \"name\": ").append(quote(e.name())).append(", \"mentions\": [");
            String msep = "";
            for (Mention m : e.mentions()) {
                sb.append(msep).append("{\"start\": ").append(m.span().start()).append(", \"end\": ")
                        .append(m.span().end()).append(", \"text\": ").append(quote(m.text())).append('}');
                msep = ", ";
            }
            sb.append("]}");
            sep = ", ";
        }
        return sb.append("]}\n").toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    private static SourceDocument read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<TranscriptTurn> turns = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '\n') continue;
            String line = text.substring(start, i);
            if (!line.isBlank()) {
                Span span = Span.of(start, i);
                if (line.equals(line.toUpperCase()) && line.matches(".*\\p{Lu}.*") && !line.matches(".*[.:?!]\\s*$")) {
                    headings.add(new Heading(span, 1, line));
                } else {
                    paragraphs.add(new Paragraph(span));
                    Matcher m = TURN_LABEL.matcher(line);
                    if (m.find()) {
                        String label = m.group(1);
                        turns.add(new TranscriptTurn(span, Span.of(start, start + label.length()),
                                label.charAt(0) + label.substring(1).toLowerCase()));
                    }
                }
            }
            start = i + 1;
        }
        List<NoteCall> calls = new ArrayList<>();
        Matcher m = GLUED_CALL.matcher(text);
        while (m.find()) {
            calls.add(new NoteCall(Span.of(m.start(), m.end()), m.group(), CallStyle.GLUED, Optional.empty()));
        }
        Structure structure = Structure.EMPTY.withParagraphs(paragraphs).withHeadings(headings).withTurns(turns)
                .withNoteCalls(calls);
        return new SourceDocument(SourceText.of(file.getFileName().toString(), text), structure);
    }
}
