package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.Note;
import org.annalist.model.Span;

/**
 * Finds notes sections: a notes heading ({@code NOTES}, {@code Notes to Chapter 3},
 * {@code WAR BOOK 3 FOOTNOTES}; see {@link HeadingFinder#notesHeadingEnd}) followed by
 * labelled entries (any {@link NoteLabel}: {@code 1. text}, {@code [1] text},
 * {@code (*1) text}, {@code 4 (return) [ text ]}, …). The heading may share its line with the
 * first entry. An entry's block may hold the next entries too, each on a line of its own
 * with the next number. In a hard-wrapped text, blocks that are neither entries nor
 * headings continue the entry before them (lines in capitals too: a table's head in a
 * note), and a book, chapter or numbered heading not followed by an entry ends the section;
 * with one paragraph per line, any other line ends it. A heading
 * followed by an entry starts a new run, and so does numbering that falls back
 * (…, 41, 1, 2, …). Note ids are {@code n<run>-<marker>}, runs counted through the document.
 */
final class NotesSectionFinder {

    private NotesSectionFinder() {
    }

    /** {@return one group per notes section, its runs in order} */
    static List<NoteGroup> find(String source, List<Block> blocks, Layout layout) {
        List<NoteGroup> sections = new ArrayList<>();
        int[] runs = {0};
        int lastNotesHeading = -1;
        for (int k = 0; k < blocks.size(); k++) {
            if (HeadingFinder.notesHeadingEnd(source, blocks.get(k)) >= 0) {
                lastNotesHeading = k;
            }
        }
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            int headingEnd = HeadingFinder.notesHeadingEnd(source, b);
            if (headingEnd < 0) {
                i++;
                continue;
            }
            Optional<NoteLabel> sameLine = entryAt(source, b, headingEnd);
            if (sameLine.isEmpty() && !startsEntries(source, blocks, i + 1)) {
                i++;
                continue;
            }
            i = readSection(source, blocks, i, sameLine, layout, sections, runs, lastNotesHeading);
        }
        return List.copyOf(sections);
    }

    /** true when an entry follows within the next two blocks (a sub-heading may come first) */
    private static boolean startsEntries(String source, List<Block> blocks, int i) {
        for (int k = i; k < Math.min(i + 2, blocks.size()); k++) {
            if (entry(source, blocks.get(k)).isPresent()) {
                return true;
            }
            if (HeadingFinder.level(blocks.get(k).text(source)) == 0) {
                return false;
            }
        }
        return false;
    }

    /** Reads the section whose heading is block {@code h}; {@return the index after it} */
    private static int readSection(String source, List<Block> blocks, int h, Optional<NoteLabel> sameLine,
                                   Layout layout, List<NoteGroup> sections, int[] runs, int lastNotesHeading) {
        Section section = new Section(blocks.get(h).span().start());
        sameLine.ifPresent(label -> section.open(source, label, blocks.get(h)));
        int i = h + 1;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            Optional<NoteLabel> label = entry(source, b);
            String text = b.text(source);
            if (label.isPresent()) {
                section.open(source, label.get(), b);
            } else if (HeadingFinder.level(text) > 0 && i + 1 < blocks.size()
                    && entry(source, blocks.get(i + 1)).isPresent() && lastNotesHeading <= i) {
                // a chapter's heading among the notes: its notes follow (numbered paragraphs would have notes of their own)
                section.newRun();
            } else if (HeadingFinder.level(text) > 0 && (HeadingFinder.level(text) <= 2 || HeadingFinder.isNumberedHead(text)
                    || HeadingFinder.notesHeadingEnd(source, b) >= 0 || layout == Layout.LINE_PER_PARAGRAPH)) {
                break; // the next chapter; a line in capitals may stand inside a note (a table's head)
            } else if (section.hasOpen() && layout == Layout.BLANK_LINE_SEPARATED) {
                section.extend(b.span().end());
            } else {
                break;
            }
            i++;
        }
        section.finish();
        if (!section.notes.isEmpty()) {
            sections.add(section.group(runs));
        }
        return i;
    }

    private static Optional<NoteLabel> entry(String source, Block b) {
        return NoteLabel.at(source, b.span().start(), b.span().end()).filter(l -> l.bodyStart() < b.span().end());
    }

    /** a label after a notes heading on the same line: "WAR BOOK 7 FOOTNOTES 2 (return) [" */
    private static Optional<NoteLabel> entryAt(String source, Block b, int headingEnd) {
        int k = headingEnd;
        while (k < b.span().end() && (source.charAt(k) == ' ' || source.charAt(k) == '\t')) {
            k++;
        }
        if (k == headingEnd || k >= b.span().end() || source.charAt(k) == '\n') {
            return Optional.empty();
        }
        return NoteLabel.at(source, k, b.span().end());
    }

    /** the notes of one section while it is read */
    private static final class Section {
        final int start;
        final List<Note> notes = new ArrayList<>();
        final List<Shape> shapes = new ArrayList<>();
        final List<Integer> runOf = new ArrayList<>();
        int run;
        NoteLabel open;
        int end;
        int last = -1;
        String lastMarker;

        Section(int start) {
            this.start = start;
        }

        boolean hasOpen() {
            return open != null;
        }

        void newRun() {
            finish();
            if (!notes.isEmpty() && runOf.get(runOf.size() - 1) == run) {
                run++;
            }
            last = -1;
            lastMarker = null;
        }

        /** opens the note labelled {@code label} in block {@code b}, and the ones its later lines start */
        void open(String source, NoteLabel label, Block b) {
            for (NoteLabel.Labelled l : NoteLabel.inBlock(source, label, b.span().end())) {
                start(l.label());
                end = l.end();
            }
        }

        private void start(NoteLabel label) {
            finish();
            int n = label.number();
            if (last >= 0 && n >= 0 && (n < last || label.marker().equals(lastMarker))) {
                run++;
            }
            open = label;
            end = label.bodyStart();
            last = n;
            lastMarker = label.marker();
        }

        void extend(int to) {
            end = to;
        }

        void finish() {
            if (open != null) {
                int labelStart = open.span().start();
                int bodyStart = Math.min(open.bodyStart(), Math.max(end, labelStart));
                notes.add(new Note("pending", open.marker(), Span.of(labelStart, Math.max(end, bodyStart)),
                        Span.of(bodyStart, Math.max(end, bodyStart))));
                shapes.add(open.shape());
                runOf.add(run);
                open = null;
            }
        }

        NoteGroup group(int[] runs) {
            List<Note> named = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int base = runs[0];
            for (int k = 0; k < notes.size(); k++) {
                Note n = notes.get(k);
                int index = base + runOf.get(k) - runOf.get(0) + 1;
                runs[0] = Math.max(runs[0], index);
                String id = "n" + index + "-" + n.marker();
                for (int d = 2; !ids.add(id); d++) {
                    id = "n" + index + "-" + n.marker() + "-" + d;
                }
                named.add(new Note(id, n.marker(), n.span(), n.body()));
            }
            int last = named.get(named.size() - 1).span().end();
            return new NoteGroup(Span.of(start, last), named, shapes, true);
        }
    }
}
