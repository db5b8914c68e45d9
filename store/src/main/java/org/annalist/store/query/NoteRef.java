package org.annalist.store.query;

import java.util.Objects;
import java.util.Optional;

/**
 * The endnote call backing a row: the first note call after the row's span within the same
 * sentence (up to the next sentence), with the note's text when the note is in the document.
 */
public record NoteRef(String marker, int start, int end, Optional<String> note) {
    public NoteRef {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(note, "note");
    }
}
