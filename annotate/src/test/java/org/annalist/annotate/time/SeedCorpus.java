package org.annalist.annotate.time;

import org.annalist.annotate.MiniJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.annalist.model.CallStyle;
import org.annalist.model.Heading;
import org.annalist.model.NoteCall;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;

/**
 * The seed texts with their gold, read for tests. The structure a reader would give (lines as
 * paragraphs, headings and note calls) is taken from the gold file, so the time engine is
 * measured alone.
 */
final class SeedCorpus {

    record Seed(String name, SourceDocument document, List<TimexEvaluator.Gold> gold) {
    }

    static Path shared() {
        return Path.of(System.getProperty("annalist.shared", "/work/shared"));
    }

    @SuppressWarnings("unchecked")
    static List<Seed> seeds() {
        Path texts = shared().resolve("corpus/seeds");
        Path golds = shared().resolve("gold/seeds");
        List<Seed> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString().replace(".txt", "");
                String text = Files.readString(txt, StandardCharsets.UTF_8).replace("\r\n", "\n");
                Map<String, Object> gold = (Map<String, Object>) MiniJson.parse(
                        Files.readString(golds.resolve(name + ".gold.json"), StandardCharsets.UTF_8));
                List<NoteCall> calls = new ArrayList<>();
                for (Object o : (List<Object>) gold.getOrDefault("notes", List.of())) {
                    Map<String, Object> n = (Map<String, Object>) o;
                    calls.add(new NoteCall(Span.of(num(n, "start"), num(n, "end")), (String) n.get("marker"),
                            CallStyle.GLUED, Optional.empty()));
                }
                List<Integer> headingStarts = new ArrayList<>();
                for (Object o : (List<Object>) gold.getOrDefault("headings", List.of())) {
                    headingStarts.add(num((Map<String, Object>) o, "start"));
                }
                List<Paragraph> paragraphs = new ArrayList<>();
                List<Heading> headings = new ArrayList<>();
                int start = 0;
                for (int i = 0; i <= text.length(); i++) {
                    if (i == text.length() || text.charAt(i) == '\n') {
                        if (i > start && !text.substring(start, i).isBlank()) {
                            if (headingStarts.contains(start)) {
                                headings.add(new Heading(Span.of(start, i), 2, text.substring(start, i)));
                            } else {
                                paragraphs.add(new Paragraph(Span.of(start, i)));
                            }
                        }
                        start = i + 1;
                    }
                }
                Structure s = Structure.EMPTY.withParagraphs(paragraphs).withHeadings(headings).withNoteCalls(calls);
                List<TimexEvaluator.Gold> timexes = new ArrayList<>();
                for (Object o : (List<Object>) gold.get("timexes")) {
                    Map<String, Object> t = (Map<String, Object>) o;
                    timexes.add(new TimexEvaluator.Gold(Span.of(num(t, "start"), num(t, "end")), (String) t.get("value"),
                            Boolean.TRUE.equals(t.get("optional"))));
                }
                out.add(new Seed(name, new SourceDocument(SourceText.of(name + ".txt", text), s), timexes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static int num(Map<String, Object> m, String key) {
        return ((Double) m.get(key)).intValue();
    }
}
