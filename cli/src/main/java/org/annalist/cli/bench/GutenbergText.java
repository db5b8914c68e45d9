package org.annalist.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Paragraph;
import org.annalist.model.Region;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;

/**
 * A plain-text Project Gutenberg book as the benchmark reads it: line ends read as LF,
 * everything before the {@code *** START} line and from the {@code *** END} line on set
 * aside as boilerplate, the body cut into blank-line separated paragraphs. A stand-in
 * for the {@code read} module's reader, so the benchmark measures the same work on every
 * branch.
 */
final class GutenbergText {

    private GutenbergText() {
    }

    static SourceDocument read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        int bodyStart = lineAfter(text, text.indexOf("*** START OF"));
        int endLine = text.indexOf("*** END OF", bodyStart);
        int bodyEnd = endLine < 0 ? text.length() : endLine;
        List<Region> setAside = new ArrayList<>();
        if (bodyStart > 0) setAside.add(new Region(Span.of(0, bodyStart), Region.Kind.BOILERPLATE));
        if (bodyEnd < text.length()) setAside.add(new Region(Span.of(bodyEnd, text.length()), Region.Kind.BOILERPLATE));
        Structure structure = Structure.EMPTY.withParagraphs(paragraphs(text, bodyStart, bodyEnd)).withSetAside(setAside);
        return new SourceDocument(SourceText.of(file.getFileName().toString(), text), structure);
    }

    private static int lineAfter(String text, int at) {
        if (at < 0) return 0;
        int nl = text.indexOf('\n', at);
        return nl < 0 ? text.length() : nl + 1;
    }

    private static List<Paragraph> paragraphs(String text, int from, int to) {
        List<Paragraph> out = new ArrayList<>();
        int start = -1;
        int lineStart = from;
        while (lineStart < to) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > to ? to : nl;
            boolean blank = text.substring(lineStart, lineEnd).isBlank();
            if (blank && start >= 0) {
                out.add(new Paragraph(Span.of(start, lastNonBlank(text, start, lineStart))));
                start = -1;
            } else if (!blank && start < 0) {
                start = lineStart;
            }
            lineStart = lineEnd + 1;
        }
        if (start >= 0) out.add(new Paragraph(Span.of(start, lastNonBlank(text, start, to))));
        return out;
    }

    private static int lastNonBlank(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
