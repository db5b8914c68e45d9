package org.annalist.annotate.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;

/**
 * A small TimeML reader for tests: the text of a {@code .tml} file's {@code TEXT} element with
 * tags removed and entities decoded, its {@code TIMEX3} gold (offsets into that text) and its
 * document creation time.
 */
final class TimeMlCorpus {

    record Doc(String name, SourceDocument document, LocalDate dct, List<TimexEvaluator.Gold> gold) {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);

    static List<Doc> read(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Doc> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".tml") && !f.toString().contains("testpipeline")).sorted().toList()) {
                out.add(parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Doc parse(String name, String xml) {
        Matcher d = DCT.matcher(xml);
        if (!d.find()) throw new IllegalArgumentException("no DCT in " + name);
        LocalDate dct = LocalDate.parse(d.group(1));
        int a = xml.indexOf("<TEXT>");
        int b = xml.indexOf("</TEXT>");
        String body = xml.substring(a + 6, b);
        StringBuilder text = new StringBuilder();
        List<TimexEvaluator.Gold> gold = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        int timexStart = -1;
        String value = null;
        while (m.find()) {
            text.append(decode(body.substring(last, m.start())));
            last = m.end();
            if (m.group(2).equals("TIMEX3")) {
                if (m.group(1).isEmpty()) {
                    timexStart = text.length();
                    value = null;
                    Matcher at = ATTR.matcher(m.group(3));
                    while (at.find()) if (at.group(1).equals("value")) value = at.group(2);
                } else if (timexStart >= 0) {
                    gold.add(new TimexEvaluator.Gold(Span.of(timexStart, text.length()), value == null ? "" : value, false));
                    timexStart = -1;
                }
            }
        }
        text.append(decode(body.substring(last)));
        String t = text.toString();
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\n') {
                if (i > start && !t.substring(start, i).isBlank()) paragraphs.add(new Paragraph(Span.of(start, i)));
                start = i + 1;
            }
        }
        SourceDocument doc = new SourceDocument(SourceText.of(name, t), Structure.EMPTY.withParagraphs(paragraphs));
        return new Doc(name, doc, dct, gold);
    }

    private static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    static Optional<Path> tbaq() {
        Path p = SeedCorpus.shared().resolve("corpus/tempeval3/TBAQ-cleaned");
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
