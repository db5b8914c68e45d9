package org.annalist.read.structure;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Note;
import org.annalist.model.Span;

/**
 * The notes of one region, in the order their calls come in the running text: a run of
 * footnote blocks after a paragraph, the notes after a paragraph, or a notes section (its
 * runs one after another, as the numbering restarts per chapter or book).
 *
 * @param span    the region, from its first label (or heading) to the end of its last note
 * @param notes   its notes
 * @param labels  how each note's label is written, parallel to {@code notes}
 * @param certain true when the region is known to hold notes (a notes heading, a footnote
 *                block); false for labelled blocks that are notes only if calls answer them
 */
record NoteGroup(Span span, List<Note> notes, List<Shape> labels, boolean certain) {

    NoteGroup {
        Objects.requireNonNull(span, "span");
        notes = List.copyOf(notes);
        labels = List.copyOf(labels);
        if (notes.size() != labels.size()) {
            throw new IllegalArgumentException("one label shape per note; got " + notes.size() + " notes and "
                    + labels.size() + " shapes");
        }
    }

    /**
     * {@return the spans set aside as notes}: each footnote block or Markdown definition on its
     * own (text may stand between them), otherwise the whole region
     */
    List<Span> regions() {
        if (labels.stream().allMatch(s -> s == Shape.FOOTNOTE || s == Shape.MARKDOWN)) {
            return notes.stream().map(Note::span).toList();
        }
        return List.of(span);
    }
}
