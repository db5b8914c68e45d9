package org.annalist.model;

import java.util.Objects;

/**
 * What a reader hands to the pipeline: the text all offsets refer to and its layout.
 * Every span in {@code structure} lies inside {@code text}.
 */
public record SourceDocument(SourceText text, Structure structure) {
    public SourceDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(structure, "structure");
        for (Paragraph p : structure.paragraphs()) text.checkInside(p.span());
        for (Heading h : structure.headings()) text.checkInside(h.span());
        for (NoteCall c : structure.noteCalls()) text.checkInside(c.span());
        for (Note n : structure.notes()) text.checkInside(n.span());
        for (TranscriptTurn t : structure.turns()) text.checkInside(t.span());
        for (BlockQuote b : structure.blockQuotes()) text.checkInside(b.span());
        for (Region r : structure.setAside()) text.checkInside(r.span());
    }
}
