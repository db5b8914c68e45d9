package org.annalist.read;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Note;
import org.annalist.model.Paragraph;
import org.annalist.model.Region;
import org.annalist.model.Span;

/**
 * Builds the text extracted from markup: whitespace collapsed as a browser renders it,
 * blocks separated by a blank line ({@code "\n\n"}), line breaks as {@code "\n"}. Offsets
 * taken with {@link #length()} after {@link #trimTrailingSpaces()} stay valid: the builder
 * only ever removes trailing spaces and tabs, never characters already covered by a span
 * that ends at a non-space character.
 */
final class TextBuilder {

    private final StringBuilder sb = new StringBuilder();

    /** {@return the number of characters so far} */
    int length() {
        return sb.length();
    }

    /** {@return the characters in {@code [start, end)}} */
    String substring(int start, int end) {
        return sb.substring(start, end);
    }

    /**
     * Appends {@code text}; unless {@code preserve}, runs of whitespace become one space and
     * no space is written at the start of a line or after another space; preserved text has
     * its CRLF and CR line ends read as LF.
     */
    void append(String text, boolean preserve) {
        if (preserve) {
            // line ends as LF, as in every other text the readers make
            sb.append(text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'));
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                if (sb.length() > 0) {
                    char last = sb.charAt(sb.length() - 1);
                    if (last != ' ' && last != '\n') sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }

    /** Ends the current line (no-op at the start of the text or of a line). */
    void lineBreak() {
        ensureBreak(1);
    }

    /** Ends the current block with a blank line (no-op at the start of the text). */
    void paragraphBreak() {
        ensureBreak(2);
    }

    /** Writes a space unless at the start of a line or after a space. */
    void space() {
        append(" ", false);
    }

    private void ensureBreak(int newlines) {
        trimTrailingSpaces();
        if (sb.length() == 0) return;
        int have = 0;
        for (int i = sb.length() - 1; i >= 0 && sb.charAt(i) == '\n' && have < newlines; i--) have++;
        for (int i = have; i < newlines; i++) sb.append('\n');
    }

    /** Drops trailing spaces and tabs, so that a span may end here. */
    void trimTrailingSpaces() {
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == ' ' || sb.charAt(end - 1) == '\t')) end--;
        sb.setLength(end);
    }

    /** {@return the span {@code [start, length())} without surrounding whitespace}, or empty */
    java.util.Optional<Span> close(int start) {
        trimTrailingSpaces();
        int s = Math.min(start, sb.length());
        int e = sb.length();
        while (s < e && Character.isWhitespace(sb.charAt(s))) s++;
        while (e > s && Character.isWhitespace(sb.charAt(e - 1))) e--;
        return e > s ? java.util.Optional.of(Span.of(s, e)) : java.util.Optional.empty();
    }

    /** {@return the text, without trailing whitespace} */
    String text() {
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) end--;
        return sb.substring(0, end);
    }

    /** {@return one paragraph per run of non-blank lines of {@code text}} */
    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        int start = -1;
        int lineStart = 0;
        int lastEnd = -1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                boolean blank = text.substring(lineStart, i).isBlank();
                if (!blank) {
                    if (start < 0) start = lineStart;
                    lastEnd = i;
                } else if (start >= 0) {
                    out.add(new Paragraph(trim(text, start, lastEnd)));
                    start = -1;
                }
                lineStart = i + 1;
            }
        }
        if (start >= 0) out.add(new Paragraph(trim(text, start, lastEnd)));
        return out;
    }

    /** {@return NOTES regions covering {@code notes}, neighbours separated only by whitespace merged} */
    static List<Region> noteRegions(String text, List<Note> notes) {
        List<Span> spans = notes.stream().map(Note::span).sorted().toList();
        List<Region> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Span s : spans) {
            if (start >= 0 && (s.start() <= end || text.substring(end, s.start()).isBlank())) {
                end = Math.max(end, s.end());
            } else {
                if (start >= 0) out.add(new Region(Span.of(start, end), Region.Kind.NOTES));
                start = s.start();
                end = s.end();
            }
        }
        if (start >= 0) out.add(new Region(Span.of(start, end), Region.Kind.NOTES));
        return out;
    }

    private static Span trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return Span.of(s, e);
    }
}
