package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.Region;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.junit.jupiter.api.Test;

class GutenbergBoilerplateTest {

    private static final String BOOK = """
            The Project Gutenberg EBook of Memoirs, by A. Writer

            *** START OF THE PROJECT GUTENBERG EBOOK MEMOIRS ***

            CHAPTER I.

            I was born in 1822, the year of the great flood.[1]

            [Footnote 1: So my mother said.]

            *** END OF THE PROJECT GUTENBERG EBOOK MEMOIRS ***

            1.E.1. The following sentence, with active links to, or other
            immediate access to, the full Project Gutenberg License [1] must appear.
            """;

    @Test
    void header_and_licence_are_set_aside_and_yield_nothing() {
        Structure s = PlainTextStructure.detect(BOOK);
        int start = BOOK.indexOf("CHAPTER I.");
        int end = BOOK.indexOf("*** END");

        assertThat(s.setAside()).filteredOn(r -> r.kind() == Region.Kind.BOILERPLATE).extracting(Region::span)
                .containsExactly(Span.of(0, BOOK.indexOf("\n\nCHAPTER") + 1), Span.of(end, BOOK.length()));
        assertThat(s.headings()).extracting(h -> h.span().start()).containsExactly(start);
        assertThat(s.paragraphs()).hasSize(1);
        assertThat(s.noteCalls()).hasSize(1);
        assertThat(s.noteCalls().get(0).noteId()).isPresent();
    }

    @Test
    void an_end_of_ebook_line_starts_the_footer_even_before_the_starred_line() {
        String text = "*** START OF THIS PROJECT GUTENBERG EBOOK X ***\nBody text here.\n"
                + "End of the Project Gutenberg EBook of X\n\n*** END OF THIS PROJECT GUTENBERG EBOOK X ***\n";

        assertThat(GutenbergBoilerplate.find(text)).extracting(Region::span)
                .containsExactly(Span.of(0, 48), Span.of(text.indexOf("End of"), text.length()));
    }

    @Test
    void a_text_without_markers_has_no_boilerplate() {
        assertThat(GutenbergBoilerplate.find("The end of the project was near.\n")).isEmpty();
    }
}
