package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Labels that open a note, read back to their marker and shape. */
class NoteLabelTest {

    /** line | marker/SHAPE/body, or - when no label opens the line */
    private static final String LINES = """
            [12] Caesar, Gallic War. | 12/SQUARE/Caesar, Gallic War.
            [A] His name was Philemon. | A/SQUARE/His name was Philemon.
            (3) Lit. "paradise." | 3/ROUND/Lit. "paradise."
            (*2) General Garland. | *2/ROUND/General Garland.
            {7} Ibid. | 7/CURLY/Ibid.
            *29 Sarmiento. | 29/STAR_NUMBER/Sarmiento.
            ** The cart stood there. | **/SYMBOL/The cart stood there.
            † Moustier differs. | †/SYMBOL/Moustier differs.
            ¹² Suetonius, 81. | 12/SUPERSCRIPT/Suetonius, 81.
            12. Smith, History. | 12/DIGITS/Smith, History.
            12) Smith, History. | 12/DIGITS/Smith, History.
            4 (return) [ Titus.] | 4/DIGITS/Titus.]
            4 Titus. | 4/DIGITS/Titus.
            *        *        * | -
            4.24 Had I perceived | -
            1.E.8 of the licence | -
            Germany [2] is | -
            (1870) was the year | -
            """;

    @Test
    void labels_give_their_marker_shape_and_body() {
        for (String row : LINES.lines().toList()) {
            String[] cells = row.split(" \\| ");
            String line = cells[0];
            String found = NoteLabel.at(line, 0, line.length())
                    .map(l -> l.marker() + "/" + l.shape() + "/" + line.substring(l.bodyStart()))
                    .orElse("-");
            assertThat(found).as(line).isEqualTo(cells[1].strip());
        }
    }

    @Provide
    Arbitrary<String> forms() {
        return Arbitraries.of("[%s]", "(%s)", "{%s}", "%s.", "%s)", "%s", "*%s");
    }

    @Property(tries = 300)
    void a_numbered_label_reads_back_its_number(@ForAll("forms") String form, @ForAll @IntRange(min = 1, max = 999) int n) {
        String line = String.format(form, n) + " Tacitus, Annals, i. 3.";

        NoteLabel label = NoteLabel.at(line, 0, line.length()).orElseThrow();

        assertThat(label.number()).isEqualTo(n);
        assertThat(line.substring(label.bodyStart())).isEqualTo("Tacitus, Annals, i. 3.");
    }

    @Property(tries = 100)
    void superscript_digits_read_as_ascii(@ForAll @IntRange(min = 1, max = 9999) int n) {
        String sup = NoteLabel.fromSuperscript("⁰¹²³⁴⁵⁶⁷⁸⁹");
        assertThat(sup).isEqualTo("0123456789");
        String written = Integer.toString(n).chars().mapToObj(c -> String.valueOf("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0')))
                .reduce("", String::concat);
        assertThat(NoteLabel.fromSuperscript(written)).isEqualTo(Integer.toString(n));
    }
}
