package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Note;
import org.annalist.model.Span;

/**
 * Finds trailing notes sections: a notes heading ({@code NOTES}, {@code Notes to Chapter 3},
 * {@code ENDNOTES}) followed by numbered entries {@code 1. text}, {@code 1 text},
 * {@code [1] text} or {@code (*1) text}. In a hard-wrapped text, blocks that are neither
 * entries nor headings continue the entry before them (a signature in capitals too), and a
 * book or chapter heading not followed by an entry ends the section; with one paragraph
 * per line, any other line ends it. A heading followed by an entry starts a new run, and
 * so does numbering that falls back (…, 41, 1, 2, …). Note ids are {@code n<run>-<marker>}.
 */
final class NotesSectionFinder {

    private static final Pattern ENTRY = Pattern.compile("^(?:\\[([0-9]{1,4}[a-z]?)\\]|([0-9]{1,4})\\.?|\\((\\*[0-9]{1,3})\\))\\s+(?=\\S)");

    private NotesSectionFinder() {
    }

    static List<NotesSection> find(String source, List<Block> blocks, Layout layout) {
        List<NotesSection> sections = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            if (!HeadingFinder.isNotesHeading(b.text(source)) || !startsEntries(source, blocks, i + 1)) {
                i++;
                continue;
            }
            i = readSection(source, blocks, i, sections, layout);
        }
        return List.copyOf(sections);
    }

    /** true when an entry follows within the next two blocks (a sub-heading may come first) */
    private static boolean startsEntries(String source, List<Block> blocks, int i) {
        for (int k = i; k < Math.min(i + 2, blocks.size()); k++) {
            if (entry(source, blocks.get(k)) != null) {
                return true;
            }
            if (HeadingFinder.level(blocks.get(k).text(source)) == 0) {
                return false;
            }
        }
        return false;
    }

    /** Reads the section whose heading is block {@code h}; {@return the index after it} */
    private static int readSection(String source, List<Block> blocks, int h, List<NotesSection> sections, Layout layout) {
        Run run = new Run(blocks.get(h).span().start());
        int i = h + 1;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            Matcher m = entry(source, b);
            if (m != null) {
                String marker = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (run.fallsBack(marker)) {
                    run = close(run, sections, b.span().start());
                }
                run.open(marker, b, m.end());
            } else if (HeadingFinder.level(b.text(source)) > 0
                    && i + 1 < blocks.size() && entry(source, blocks.get(i + 1)) != null) {
                run = close(run, sections, b.span().start());
            } else if (HeadingFinder.level(b.text(source)) > 0
                    && (HeadingFinder.level(b.text(source)) <= 2 || HeadingFinder.isNotesHeading(b.text(source))
                        || layout == Layout.LINE_PER_PARAGRAPH)) {
                break;
            } else if (run.hasOpen() && layout == Layout.BLANK_LINE_SEPARATED) {
                run.extend(b);
            } else {
                break;
            }
            i++;
        }
        close(run, sections, -1);
        return i;
    }

    private static Run close(Run run, List<NotesSection> sections, int nextStart) {
        run.finish();
        if (!run.notes.isEmpty()) {
            int index = sections.size() + 1;
            List<Note> notes = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Note n : run.notes) {
                String id = "n" + index + "-" + n.marker();
                for (int k = 2; !ids.add(id); k++) {
                    id = "n" + index + "-" + n.marker() + "-" + k;
                }
                notes.add(new Note(id, n.marker(), n.span(), n.body()));
            }
            int end = notes.get(notes.size() - 1).span().end();
            sections.add(new NotesSection(index, Span.of(run.start, end), notes));
        }
        // a run with no notes yet (the section heading above a sub-heading) lends its start to the next
        return new Run(run.notes.isEmpty() ? run.start : nextStart);
    }

    private static Matcher entry(String source, Block b) {
        Matcher m = ENTRY.matcher(b.text(source));
        return m.find() ? m : null;
    }

    /** the notes of one run while it is read */
    private static final class Run {
        final int start;
        final List<Note> notes = new ArrayList<>();
        String marker;
        int noteStart = -1;
        int bodyStart;
        int end;
        int last = -1;

        Run(int start) {
            this.start = start;
        }

        boolean fallsBack(String m) {
            int n = Integer.parseInt(m.replaceAll("[^0-9]", ""));
            return last >= 0 && (n < last || m.equals(marker));
        }

        boolean hasOpen() {
            return noteStart >= 0;
        }

        void open(String m, Block b, int labelLength) {
            finish();
            marker = m;
            noteStart = b.span().start();
            bodyStart = b.span().start() + labelLength;
            end = b.span().end();
            last = Integer.parseInt(m.replaceAll("[^0-9]", ""));
        }

        void extend(Block b) {
            end = b.span().end();
        }

        void finish() {
            if (noteStart >= 0) {
                notes.add(new Note("pending", marker, Span.of(noteStart, end), Span.of(bodyStart, end)));
                noteStart = -1;
            }
        }
    }
}
