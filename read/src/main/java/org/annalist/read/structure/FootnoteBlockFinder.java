package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Note;
import org.annalist.model.Span;

/**
 * Finds notes written as blocks inside the running text: Gutenberg footnote blocks
 * {@code [Footnote 82: …]} (which may span many lines and hold nested brackets) and
 * Markdown definitions {@code [^3]: …}. Note ids are {@code fn<k>-<marker>} and
 * {@code md<k>-<marker>}, {@code k} counting the blocks from 1, so they are unique.
 */
final class FootnoteBlockFinder {

    /** {@code [Footnote 82:}, {@code [Footnote *:}, {@code [Footnote A:}, the odd {@code [Footnote 611]:}, {@code [Footnote!:} */
    private static final Pattern FOOTNOTE = Pattern.compile(
            "\\[Footnote\\s*([0-9]+[a-z]?|[*†‡§]+[0-9]*|[A-Z]{1,2}|!)?\\s*(?:\\]\\s*:|:|\\.|\\])");
    private static final Pattern MARKDOWN = Pattern.compile("(?m)^\\[\\^([^\\]\\s]+)\\]:[ \\t]*");

    private FootnoteBlockFinder() {
    }

    /** {@return the footnote and Markdown note blocks of {@code text} outside {@code setAside}} */
    static List<Note> find(String text, SpanSet setAside) {
        List<Note> notes = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        Matcher m = FOOTNOTE.matcher(text);
        while (m.find()) {
            if (!setAside.contains(m.start())) {
                labels.add(new int[] {m.start(), m.end(), m.group().indexOf(']') >= 0 ? 1 : 0});
            }
        }
        int from = 0;
        for (int k = 0; k < labels.size(); k++) {
            int[] label = labels.get(k);
            int start = label[0];
            if (start < from) {
                continue;
            }
            int limit = nextBlockAtLineStart(text, labels, k);
            // in the odd "[Footnote 611]:" the label's own bracket is already closed
            int end = label[2] == 1 ? blockEnd(text, start, label[1], 1, limit) : blockEnd(text, start, start, 0, limit);
            m.region(start, text.length());
            if (!m.lookingAt()) {
                throw new IllegalStateException("footnote label lost at " + start);
            }
            String marker = m.group(1) == null ? "" : m.group(1);
            int bodyStart = skipSpace(text, label[1], end);
            int bodyEnd = text.charAt(end - 1) == ']' && end - 1 >= bodyStart ? end - 1 : end;
            notes.add(new Note("fn" + (notes.size() + 1) + "-" + marker, marker,
                    Span.of(start, end), Span.of(bodyStart, Math.max(bodyStart, bodyEnd))));
            from = end;
        }
        Matcher md = MARKDOWN.matcher(text);
        int k = 0;
        while (md.find()) {
            if (setAside.contains(md.start())) {
                continue;
            }
            int end = text.indexOf('\n', md.end());
            end = end < 0 ? text.length() : end;
            // a definition continues on following lines indented by at least four spaces
            while (end + 5 <= text.length() && text.startsWith("    ", end + 1)) {
                int next = text.indexOf('\n', end + 1);
                end = next < 0 ? text.length() : next;
            }
            k++;
            notes.add(new Note("md" + k + "-" + md.group(1), md.group(1),
                    Span.of(md.start(), end), Span.of(md.end(), Math.max(md.end(), end))));
        }
        return List.copyOf(notes);
    }

    /**
     * {@return the blocks of {@link #find} as groups}: blocks with nothing but white space
     * between them form one group (the notes after one paragraph, or a list of definitions)
     */
    static List<NoteGroup> groups(String text, List<Note> notes) {
        List<Note> sorted = new ArrayList<>(notes);
        sorted.sort(java.util.Comparator.comparing(Note::span));
        List<NoteGroup> groups = new ArrayList<>();
        List<Note> run = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        for (Note n : sorted) {
            if (!run.isEmpty() && !text.substring(run.get(run.size() - 1).span().end(), n.span().start()).isBlank()) {
                groups.add(new NoteGroup(Span.of(run.get(0).span().start(), run.get(run.size() - 1).span().end()),
                        run, shapes, true));
                run.clear();
                shapes.clear();
            }
            run.add(n);
            shapes.add(n.id().startsWith("md") ? Shape.MARKDOWN : Shape.FOOTNOTE);
        }
        if (!run.isEmpty()) {
            groups.add(new NoteGroup(Span.of(run.get(0).span().start(), run.get(run.size() - 1).span().end()),
                    run, shapes, true));
        }
        return groups;
    }

    /** the start of the next footnote label that opens a line, or the text's end */
    private static int nextBlockAtLineStart(String text, List<int[]> labels, int k) {
        for (int j = k + 1; j < labels.size(); j++) {
            int p = labels.get(j)[0] - 1;
            while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                p--;
            }
            if (p < 0 || text.charAt(p) == '\n') {
                return p < 0 ? 0 : p;
            }
        }
        return text.length();
    }

    /**
     * The end of the block opened at {@code start}: just after its matching close bracket;
     * when the brackets do not balance before {@code limit}, the next footnote block at a
     * line start (Gibbon's note 102 lacks its close), the end of the last line before it.
     */
    private static int blockEnd(String text, int start, int scanFrom, int initialDepth, int limit) {
        int depth = initialDepth;
        for (int i = scanFrom; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        int end = Math.max(limit, start + 1);
        while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int skipSpace(String text, int i, int limit) {
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
