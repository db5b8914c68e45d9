package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.Heading;
import org.annalist.model.Paragraph;
import org.annalist.model.Structure;
import org.junit.jupiter.api.Test;

/** A newspaper column with no blank lines: paragraphs run across line ends, headlines stand apart. */
class ColumnParagraphsTest {

    private static final String COLUMN = String.join("\n",
            "A DARING OUTLAW.",
            "Robs a Train Single-Handed",
            "The notorious leader of the gang of",
            "robbers, Tom Ketchum, now lies in the",
            "hospital at Santa Fe, seriously hurt.",
            "Martin Van Buren and his friends met",
            "at Albany on Tuesday. The meeting was",
            "short.",
            "Then the party left for New York.");

    private static List<String> texts(String text, List<Paragraph> ps) {
        return ps.stream().map(p -> text.substring(p.span().start(), p.span().end())).toList();
    }

    @Test
    void linesRunOnUntilAShortLineEndsASentence() {
        List<Paragraph> ps = ColumnParagraphs.of(COLUMN, List.of());

        assertThat(texts(COLUMN, ps)).containsExactly(
                "A DARING OUTLAW.",
                "Robs a Train Single-Handed\nThe notorious leader of the gang of\nrobbers, Tom Ketchum, now lies in the\n"
                        + "hospital at Santa Fe, seriously hurt.\nMartin Van Buren and his friends met\n"
                        + "at Albany on Tuesday. The meeting was\nshort.",
                "Then the party left for New York.");
    }

    @Test
    void theHipeStructureKeepsHeadlinesApartAndRunsTheBodyTogether() {
        Structure s = HipeReader.structure(COLUMN);

        assertThat(s.headings()).extracting(Heading::text).contains("A DARING OUTLAW.");
        assertThat(texts(COLUMN, s.paragraphs())).anySatisfy(p -> assertThat(p).contains("Martin Van Buren and his friends met\nat Albany"));
        assertThat(texts(COLUMN, s.paragraphs())).noneSatisfy(p -> assertThat(p).contains("OUTLAW"));
    }

    @Test
    void aBlankTextHasNoParagraphs() {
        assertThat(ColumnParagraphs.of("\n  \n", List.of())).isEmpty();
    }
}
