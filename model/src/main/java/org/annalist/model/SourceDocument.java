package org.annalist.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * @param author       the author the source's metadata names (a Project Gutenberg header's
 *                     {@code Author:} line, a TEI {@code <author>}, an EPUB {@code dc:creator},
 *                     an HTML {@code <meta name="author">}), trimmed and never blank; empty when
 *                     the source names none
 * @param warnings     what the reader had to mend to read the source (one line each, naming it),
 *                     for the user to see; empty for most sources
 */
public record SourceDocument(SourceText text, Structure structure, Optional<LocalDate> documentDate,
        Optional<String> author, List<String> warnings) {
    public SourceDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(author, "author");
        warnings = List.copyOf(warnings);
        author.ifPresent(a -> {
            if (a.isBlank() || !a.equals(a.strip())) {
                throw new IllegalArgumentException("author must be trimmed and not blank, got \"" + a + "\"");
            }
        });
        for (Paragraph p : structure.paragraphs()) text.checkInside(p.span());
        for (Heading h : structure.headings()) text.checkInside(h.span());
        for (NoteCall c : structure.noteCalls()) text.checkInside(c.span());
        for (Note n : structure.notes()) text.checkInside(n.span());
        for (TranscriptTurn t : structure.turns()) text.checkInside(t.span());
        for (BlockQuote b : structure.blockQuotes()) text.checkInside(b.span());
        for (Region r : structure.setAside()) text.checkInside(r.span());
        for (MatterRegion m : structure.matter()) text.checkInside(m.span());
    }

    /** A document the reader read without mending anything. */
    public SourceDocument(SourceText text, Structure structure, Optional<LocalDate> documentDate, Optional<String> author) {
        this(text, structure, documentDate, author, List.of());
    }

    /** A document whose source names no author. */
    public SourceDocument(SourceText text, Structure structure, Optional<LocalDate> documentDate) {
        this(text, structure, documentDate, Optional.empty());
    }

    /** A document without a creation date or author of its own. */
    public SourceDocument(SourceText text, Structure structure) {
        this(text, structure, Optional.empty(), Optional.empty());
    }

    /** {@return a copy naming {@code author}}; empty or blank clears it */
    public SourceDocument withAuthor(Optional<String> author) {
        Objects.requireNonNull(author, "author");
        return new SourceDocument(text, structure, documentDate, author.map(String::strip).filter(a -> !a.isEmpty()),
                warnings);
    }

    /** {@return a copy that also warns {@code warning}} */
    public SourceDocument withWarning(String warning) {
        Objects.requireNonNull(warning, "warning");
        List<String> all = new ArrayList<>(warnings);
        all.add(warning);
        return new SourceDocument(text, structure, documentDate, author, all);
    }
}
