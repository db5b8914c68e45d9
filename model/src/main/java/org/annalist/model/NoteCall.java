package org.annalist.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A call to a note in the running text.
 *
 * @param span   the call's characters, e.g. the digits {@code 217} of {@code casualties.217}
 *               or the whole {@code [82]}; these are masked before tokenisation
 * @param marker the note's marker as written, without brackets: {@code 217}, {@code 82}, {@code *}
 * @param style  how the call is written
 * @param noteId the {@link Note#id()} it points to, when that note is present
 */
public record NoteCall(Span span, String marker, CallStyle style, Optional<String> noteId) {
    public NoteCall {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(noteId, "noteId");
    }

    public NoteCall withNoteId(String id) {
        return new NoteCall(span, marker, style, Optional.of(id));
    }
}
