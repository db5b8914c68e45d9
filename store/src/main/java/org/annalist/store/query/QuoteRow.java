package org.annalist.store.query;

import java.util.Objects;
import java.util.Optional;

/** A quotation with its source, its words (cut to a readable length) and the endnote of its sentence. */
public record QuoteRow(SourceRef source, String kind, String text, Optional<NoteRef> note) {
    public QuoteRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(note, "note");
    }
}
