package org.annalist.store.query;

import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph matching a full-text search.
 *
 * @param source    the document and the span of the first matching word in it (the paragraph's
 *                  span when the match cannot be located literally, e.g. a stemmed form)
 * @param paragraph the paragraph's span
 * @param snippet   the matching words in context, marked {@code [like this]}
 * @param note      the endnote call of the sentence holding the match, if any
 */
public record SearchHit(SourceRef source, SourceRef paragraph, String snippet, Optional<NoteRef> note) {
    public SearchHit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(note, "note");
    }
}
