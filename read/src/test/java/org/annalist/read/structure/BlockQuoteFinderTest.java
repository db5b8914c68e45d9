package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.Structure;
import org.junit.jupiter.api.Test;

class BlockQuoteFinderTest {

    @Test
    void indented_verse_and_a_wholly_quoted_paragraph_are_block_quotes_but_tables_and_subtitles_are_not() {
        String text = """
                The historian wrote at length of the empire and its long decline, and
                the reader follows him from the Antonines to the fall of the West.

                     And time, and place, are lost: where eldest Night
                     And Chaos, ancestors of Nature, hold

                     Killed        394      Wounded      1,554
                     Missing       324      Total        2,272

                     The Extent And Military Force Of The Empire In The Age Of
                     The Antonines.

                "I have had occasion, during my labors, to consult the writings of
                philosophers who have treated of the finances of the Roman empire."

                He said, "Go," and they went; "Stay," and they stayed, all of them.
                """;
        Structure s = PlainTextStructure.detect(text);

        assertThat(s.blockQuotes()).extracting(q -> text.substring(q.span().start(), q.span().start() + 12))
                .containsExactly("And time, an", "\"I have had ");
        assertThat(s.paragraphs()).hasSize(6);
    }
}
