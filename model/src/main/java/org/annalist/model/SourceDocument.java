package org.annalist.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader hands to the pipeline: the text all offsets refer to and its layout.
 * Every span in {@code structure} lies inside {@code text}.
 *
 * @param text         the characters every offset refers to
 * @param structure    the layout
 * @param documentDate the document's own creation date when the source states it (a TimeML
 *                     DCT, a news dateline); empty for most narrative sources
 */
public record SourceDocument(SourceText text, Structure structure, Optional<LocalDate> documentDate) {
    public SourceDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(documentDate, "documentDate");
        for (Paragraph p : structure.paragraphs()) text.checkInside(p.span());
        for (Heading h : structure.headings()) text.checkInside(h.span());
        for (NoteCall c : structure.noteCalls()) text.checkInside(c.span());
        for (Note n : structure.notes()) text.checkInside(n.span());
        for (TranscriptTurn t : structure.turns()) text.checkInside(t.span());
        for (BlockQuote b : structure.blockQuotes()) text.checkInside(b.span());
        for (Region r : structure.setAside()) text.checkInside(r.span());
    }

    /** A document without a creation date of its own. */
    public SourceDocument(SourceText text, Structure structure) {
        this(text, structure, Optional.empty());
    }
}
