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
}
