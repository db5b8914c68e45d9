package org.annalist.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The layout of a source as its reader found it. All lists are sorted by start offset,
 * unmodifiable and never null.
 */
public record Structure(
        List<Paragraph> paragraphs,
        List<Heading> headings,
        List<BlockQuote> blockQuotes,
        List<TranscriptTurn> turns,
        List<NoteCall> noteCalls,
        List<Note> notes,
        List<Region> setAside,
        List<MatterRegion> matter) {

    public static final Structure EMPTY =
            new Structure(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    /** A structure without front or back matter marked: all of it is body. */
    public Structure(List<Paragraph> paragraphs, List<Heading> headings, List<BlockQuote> blockQuotes,
                     List<TranscriptTurn> turns, List<NoteCall> noteCalls, List<Note> notes, List<Region> setAside) {
        this(paragraphs, headings, blockQuotes, turns, noteCalls, notes, setAside, List.of());
    }

    public Structure {
        paragraphs = sorted(paragraphs, Paragraph::span);
        headings = sorted(headings, Heading::span);
        blockQuotes = sorted(blockQuotes, BlockQuote::span);
        turns = sorted(turns, TranscriptTurn::span);
        noteCalls = sorted(noteCalls, NoteCall::span);
        notes = sorted(notes, Note::span);
        setAside = sorted(setAside, Region::span);
        matter = sorted(matter, MatterRegion::span);
    }

    /** {@return whether {@code span} starts in front matter, back matter or the body} */
    public Matter matterAt(Span span) {
        for (MatterRegion m : matter) {
            if (m.span().start() <= span.start() && span.start() < m.span().end()) return m.matter();
        }
        return Matter.BODY;
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, Span> span) {
        Objects.requireNonNull(items);
        return items.stream().sorted(Comparator.comparing(span)).toList();
    }

    public Structure withParagraphs(List<Paragraph> v) {
        return new Structure(v, headings, blockQuotes, turns, noteCalls, notes, setAside, matter);
    }

    public Structure withHeadings(List<Heading> v) {
        return new Structure(paragraphs, v, blockQuotes, turns, noteCalls, notes, setAside, matter);
    }

    public Structure withBlockQuotes(List<BlockQuote> v) {
        return new Structure(paragraphs, headings, v, turns, noteCalls, notes, setAside, matter);
    }

    public Structure withTurns(List<TranscriptTurn> v) {
        return new Structure(paragraphs, headings, blockQuotes, v, noteCalls, notes, setAside, matter);
    }

    public Structure withNoteCalls(List<NoteCall> v) {
        return new Structure(paragraphs, headings, blockQuotes, turns, v, notes, setAside, matter);
    }

    public Structure withNotes(List<Note> v) {
        return new Structure(paragraphs, headings, blockQuotes, turns, noteCalls, v, setAside, matter);
    }

    public Structure withSetAside(List<Region> v) {
        return new Structure(paragraphs, headings, blockQuotes, turns, noteCalls, notes, v, matter);
    }

    public Structure withMatter(List<MatterRegion> v) {
        return new Structure(paragraphs, headings, blockQuotes, turns, noteCalls, notes, setAside, v);
    }
}
