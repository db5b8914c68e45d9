package org.annalist.read.structure;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Note;
import org.annalist.model.Span;

/**
 * One run of numbered notes in a notes section: the whole section when its numbering runs
 * through, or the part under one sub-heading or after one restart of the numbering.
 *
 * @param index the run's ordinal in the document, from 1
 * @param span  from the run's first note (or heading) to the end of its last note
 * @param notes its notes in order
 */
record NotesSection(int index, Span span, List<Note> notes) {
    NotesSection {
        Objects.requireNonNull(span, "span");
        notes = List.copyOf(notes);
    }
}
