package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.annalist.model.CallStyle;
import org.annalist.model.Heading;
import org.annalist.model.NoteCall;
import org.annalist.model.Paragraph;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.junit.jupiter.api.Test;

class StructureMergeTest {

    @Test
    void declaredItemsWinAndGuessedOnesAreKeptOnlyWhereNothingOverlaps() {
        Structure declared = Structure.EMPTY.withHeadings(List.of(new Heading(Span.of(2, 7), 1, "Title")));
        Structure guessed = Structure.EMPTY
                .withHeadings(List.of(new Heading(Span.of(0, 7), 1, "# Title"), new Heading(Span.of(20, 25), 2, "Later")))
                .withParagraphs(List.of(new Paragraph(Span.of(0, 7)), new Paragraph(Span.of(9, 15))));
        Structure merged = StructureMerge.merge(declared, guessed);
        assertThat(merged.headings()).extracting(Heading::text).containsExactly("Title", "Later");
        assertThat(merged.paragraphs()).hasSize(2);
    }

    @Test
    void anEmptyGuessedSpanInsideADeclaredOneIsADuplicate() {
        NoteCall declared = new NoteCall(Span.of(10, 14), "1", CallStyle.MARKDOWN, Optional.empty());
        NoteCall inside = new NoteCall(Span.of(12, 12), "1", CallStyle.BARE, Optional.empty());
        NoteCall after = new NoteCall(Span.of(14, 16), "2", CallStyle.GLUED, Optional.empty());
        Structure merged = StructureMerge.merge(Structure.EMPTY.withNoteCalls(List.of(declared)),
                Structure.EMPTY.withNoteCalls(List.of(inside, after)));
        assertThat(merged.noteCalls()).containsExactly(declared, after);
    }

    @Test
    void aLongDeclaredSpanCoversLaterGuessedOnes() {
        Structure declared = Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(0, 100)),
                new Paragraph(Span.of(10, 12))));
        Structure guessed = Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(50, 60)),
                new Paragraph(Span.of(100, 110))));
        assertThat(StructureMerge.merge(declared, guessed).paragraphs()).extracting(Paragraph::span)
                .containsExactly(Span.of(0, 100), Span.of(10, 12), Span.of(100, 110));
    }

    @Test
    void markupKeepsItsOwnLayoutAndTakesOnlyTurnsCallsNotesAndRegionsFromTheGuess() {
        org.annalist.model.Note note = new org.annalist.model.Note("fn1", "1", Span.of(20, 40), Span.of(24, 40));
        Structure declared = Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(0, 10))))
                .withNotes(List.of(note));
        NoteCall label = new NoteCall(Span.of(20, 23), "1", CallStyle.BRACKETED, Optional.empty());
        NoteCall glued = new NoteCall(Span.of(8, 9), "2", CallStyle.GLUED, Optional.empty());
        Structure guessed = Structure.EMPTY
                .withParagraphs(List.of(new Paragraph(Span.of(12, 18))))
                .withHeadings(List.of(new Heading(Span.of(12, 18), 1, "Guess!")))
                .withNoteCalls(List.of(label, glued))
                .withTurns(List.of(new org.annalist.model.TranscriptTurn(Span.of(12, 18), Span.of(12, 14), "Ab")));
        Structure merged = StructureMerge.mergeMarkup(declared, guessed);
        assertThat(merged.paragraphs()).extracting(Paragraph::span).containsExactly(Span.of(0, 10));
        assertThat(merged.headings()).isEmpty();
        assertThat(merged.noteCalls()).containsExactly(glued);
        assertThat(merged.turns()).hasSize(1);
        assertThat(merged.notes()).containsExactly(note);
    }

    @Test
    void aGuessedCallFollowsItsNoteToTheDeclaredNoteThatReplacedIt() {
        org.annalist.model.Note declaredNote = new org.annalist.model.Note("n1", "1", Span.of(30, 50), Span.of(36, 50));
        org.annalist.model.Note guessedNote = new org.annalist.model.Note("g1", "1", Span.of(30, 50), Span.of(35, 50));
        org.annalist.model.Note orphan = new org.annalist.model.Note("g2", "2", Span.of(60, 70), Span.of(63, 70));
        NoteCall toReplaced = new NoteCall(Span.of(5, 6), "1", CallStyle.GLUED, Optional.of("g1"));
        NoteCall toKept = new NoteCall(Span.of(8, 9), "2", CallStyle.GLUED, Optional.of("g2"));
        NoteCall inLabel = new NoteCall(Span.of(30, 34), "1", CallStyle.MARKDOWN, Optional.of("g1"));
        Structure merged = StructureMerge.merge(Structure.EMPTY.withNotes(List.of(declaredNote)),
                Structure.EMPTY.withNotes(List.of(guessedNote, orphan)).withNoteCalls(List.of(toReplaced, toKept, inLabel)));
        assertThat(merged.noteCalls()).containsExactly(toReplaced.withNoteId("n1"), toKept);
        assertThat(merged.notes()).containsExactly(declaredNote, orphan);
    }
}
