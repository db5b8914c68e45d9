package org.annalist.annotate.time;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Paragraph;
import org.annalist.model.Region;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Timex;

/**
 * Measures the time stage alone on a Project Gutenberg text (not a unit test):
 * {@code java -cp model/target/classes:annotate/target/classes:annotate/target/test-classes
 * org.annalist.annotate.time.TimeSpeedRunner FILE}. Paragraphs are blank-line separated; the
 * Gutenberg header and licence are set aside. Tokens are estimated as whitespace-separated
 * words × 1.2.
 */
public final class TimeSpeedRunner {

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
            if (end) {
                if (i > start && !text.substring(start, i).isBlank()) paragraphs.add(new Paragraph(Span.of(start, i)));
                start = i + 1;
            }
        }
        List<Region> aside = new ArrayList<>();
        int s = text.indexOf("*** START OF");
        if (s >= 0) aside.add(new Region(Span.of(0, text.indexOf('\n', s) + 1), Region.Kind.BOILERPLATE));
        int e = text.indexOf("*** END OF");
        if (e >= 0) aside.add(new Region(Span.of(e, text.length()), Region.Kind.BOILERPLATE));
        SourceDocument doc = new SourceDocument(SourceText.of(Path.of(args[0]).getFileName().toString(), text),
                Structure.EMPTY.withParagraphs(paragraphs).withSetAside(aside));
        AnnotatedText annotated = AnnotatedText.of(doc);
        long words = annotated.maskedText().split("\\s+").length;
        long tokens = Math.round(words * 1.2);
        TimeStage stage = new TimeStage(TimeConfig.narrative());
        List<Timex> found = List.of();
        for (int i = 0; i < 3; i++) found = stage.annotate(annotated).items();
        int runs = 5;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) found = stage.annotate(annotated).items();
        double seconds = (System.nanoTime() - t0) / 1e9 / runs;
        System.out.printf("%s: %d chars, %d words, ~%d tokens (words x 1.2), %d timexes, %.3f s per run, %.0f tokens/s%n",
                doc.text().name(), text.length(), words, tokens, found.size(), seconds, tokens / seconds);
        if (args.length > 1) {
            for (Timex t : found.subList(0, Math.min(found.size(), Integer.parseInt(args[1])))) {
                System.out.println(t.span().start() + "\t" + t.span().end() + "\t" + t.value() + "\t" + t.type());
            }
        }
    }
}
