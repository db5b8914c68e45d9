package org.annalist.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.annalist.model.Heading;
import org.annalist.model.Paragraph;
import org.annalist.model.Span;

/**
 * The paragraphs of a newspaper column as OCR gives it: hard-wrapped lines with no blank line
 * between paragraphs. Consecutive lines make one paragraph, so that sentences and names run
 * across line ends ({@code Martin⏎Van Buren}); a paragraph ends after a line that ends a
 * sentence and stops well short of the column's width (its median line length), and before
 * and after every heading.
 */
final class ColumnParagraphs {

    /** A line shorter than this share of the column's width, ending a sentence, ends its paragraph. */
    static final double SHORT_LINE = 0.8;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:][\"'”’)]*\\s*$");

    private ColumnParagraphs() {
    }

    /** {@return the paragraphs of {@code text}, outside {@code headings}}, in text order */
    static List<Paragraph> of(String text, List<Heading> headings) {
        Objects.requireNonNull(text, "text");
        List<Span> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            Span line = trimmed(text, start, end);
            if (line != null && headings.stream().noneMatch(h -> h.span().overlaps(line))) lines.add(line);
            start = end + 1;
        }
        if (lines.isEmpty()) return List.of();
        int[] lengths = lines.stream().mapToInt(Span::length).sorted().toArray();
        int width = lengths[lengths.length / 2];
        List<Paragraph> out = new ArrayList<>();
        Span open = lines.get(0);
        for (int i = 1; i < lines.size(); i++) {
            Span prev = lines.get(i - 1);
            Span line = lines.get(i);
            boolean headingBetween = headings.stream().anyMatch(h -> h.span().start() >= prev.end() && h.span().end() <= line.start());
            boolean shortEnd = prev.length() < SHORT_LINE * width
                    && SENTENCE_END.matcher(text.substring(prev.start(), prev.end())).matches();
            if (headingBetween || shortEnd) {
                out.add(new Paragraph(open));
                open = line;
            } else {
                open = Span.of(open.start(), line.end());
            }
        }
        out.add(new Paragraph(open));
        return out;
    }

    /** {@return the line {@code [start, end)} without surrounding blanks}, or null when blank */
    private static Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return start < end ? Span.of(start, end) : null;
    }
}
