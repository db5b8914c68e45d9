package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.annalist.model.Note;
import org.annalist.model.Paragraph;
import org.annalist.model.Region;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class TextBuilderTest {

    @Test
    void whitespaceCollapsesAndBreaksDoNotStack() {
        TextBuilder b = new TextBuilder();
        b.paragraphBreak();
        b.append("  The   first\n line  ", false);
        b.paragraphBreak();
        b.paragraphBreak();
        b.append(" second", false);
        b.lineBreak();
        b.append("third", false);
        assertThat(b.text()).isEqualTo("The first line\n\nsecond\nthird");
    }

    @Test
    void closeTrimsTheSpanAndIsEmptyForBlankContent() {
        TextBuilder b = new TextBuilder();
        b.append("Intro ", false);
        int start = b.length();
        b.append(" Title ", false);
        assertThat(b.close(start)).contains(Span.of(6, 11));
        int empty = b.length();
        b.append("   ", false);
        assertThat(b.close(empty)).isEqualTo(Optional.empty());
    }

    @Test
    void paragraphsAreRunsOfNonBlankLines() {
        assertThat(TextBuilder.paragraphs("a\nb\n\n \n c \n\nd")).extracting(Paragraph::span)
                .containsExactly(Span.of(0, 3), Span.of(8, 9), Span.of(12, 13));
    }

    @Test
    void notesSeparatedOnlyByWhitespaceShareOneRegion() {
        String text = "Body.\n\n1. One.\n\n2. Two.\n\nMore body.\n\n3. Three.";
        List<Note> notes = List.of(
                new Note("n1", "1", Span.of(7, 14), Span.of(10, 14)),
                new Note("n2", "2", Span.of(16, 23), Span.of(19, 23)),
                new Note("n3", "3", Span.of(37, 46), Span.of(40, 46)));
        assertThat(TextBuilder.noteRegions(text, notes)).containsExactly(
                new Region(Span.of(7, 23), Region.Kind.NOTES), new Region(Span.of(37, 46), Region.Kind.NOTES));
    }
}
