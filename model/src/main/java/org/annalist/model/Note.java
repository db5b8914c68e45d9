package org.annalist.model;

import java.util.Objects;

/**
 * A note's own text, in a footnote block ({@code [Footnote 82: …]}), a notes section,
 * or markup.
 *
 * @param id     unique within the document, e.g. {@code n82} or {@code n3-82} (section 3)
 * @param marker its number or sign as written
 * @param span   the whole note including its label
 * @param body   the note's text without the label and brackets
 */
public record Note(String id, String marker, Span span, Span body) {
    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(body, "body");
    }
}
