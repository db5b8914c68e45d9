package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Note;
import org.annalist.model.Span;

/**
 * Finds blocks that may be notes set after their paragraph without a heading:
 * {@code (1) Parrhasia, a district…}, {@code * See the letter…}, {@code ¹ Ibid.},
 * {@code 12. Smith, History}. A block opening with a {@link NoteLabel} is one note, and
 * so is each later line of it that opens with the next label of the same shape; neighbouring
 * labelled blocks form one group while each label follows the one before (same shape and
 * punctuation, the next number or the one after, a note lost, or another sign). The groups are tentative: a
 * paragraph may open with a section number or an enumeration just as well, and only the
 * calls that answer the labels decide ({@link NoteCallFinder}). Note ids are
 * {@code p<group>-<marker>}.
 */
final class InterleavedNoteFinder {

    private InterleavedNoteFinder() {
    }

    /** {@return the tentative groups among {@code blocks}, in order} */
    static List<NoteGroup> find(String source, List<Block> blocks) {
        List<NoteGroup> groups = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        int groupStart = -1;
        int previousBlock = -2;
        NoteLabel lastLabel = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            // a number of four digits opening a line is a year ("1972 election and …"), not a label
            Optional<NoteLabel> label = NoteLabel.at(source, b.span().start(), b.span().end())
                    .filter(l -> l.bodyStart() < b.span().end() && l.number() < 1000);
            if (label.isEmpty()) {
                continue;
            }
            boolean continues = previousBlock == i - 1 && !notes.isEmpty()
                    && lastLabel.isFollowedBy(source, label.get(), 1);
            if (!continues && !notes.isEmpty()) {
                groups.add(group(groups.size() + 1, groupStart, notes, shapes));
                notes.clear();
                shapes.clear();
            }
            if (notes.isEmpty()) {
                groupStart = b.span().start();
            }
            lastLabel = split(source, b, label.get(), notes, shapes);
            previousBlock = i;
        }
        if (!notes.isEmpty()) {
            groups.add(group(groups.size() + 1, groupStart, notes, shapes));
        }
        return List.copyOf(groups);
    }

    /** the notes of block {@code b}, opened by {@code first}; {@return the last label} */
    private static NoteLabel split(String source, Block b, NoteLabel first, List<Note> notes, List<Shape> shapes) {
        NoteLabel last = first;
        for (NoteLabel.Labelled l : NoteLabel.inBlock(source, first, b.span().end())) {
            add(source, l.label(), l.end(), notes, shapes);
            last = l.label();
        }
        return last;
    }

    private static void add(String source, NoteLabel label, int end, List<Note> notes, List<Shape> shapes) {
        int bodyStart = Math.min(label.bodyStart(), end);
        notes.add(new Note("pending", label.marker(), Span.of(label.span().start(), end), Span.of(bodyStart, end)));
        shapes.add(label.shape());
    }

    private static NoteGroup group(int index, int start, List<Note> notes, List<Shape> shapes) {
        List<Note> named = new ArrayList<>();
        for (int k = 0; k < notes.size(); k++) {
            Note n = notes.get(k);
            String id = "p" + index + "-" + n.marker();
            for (int d = 2; containsId(named, id); d++) {
                id = "p" + index + "-" + n.marker() + "-" + d;
            }
            named.add(new Note(id, n.marker(), n.span(), n.body()));
        }
        return new NoteGroup(Span.of(start, named.get(named.size() - 1).span().end()), named, shapes, false);
    }

    private static boolean containsId(List<Note> notes, String id) {
        return notes.stream().anyMatch(n -> n.id().equals(id));
    }
}
