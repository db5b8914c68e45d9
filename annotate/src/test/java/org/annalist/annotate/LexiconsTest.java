package org.annalist.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconsTest {

    private record Born(String name, int year) {
    }

    @Test
    void aRowItsReaderRefusesNamesItsFileAndLine() {
        assertThatThrownBy(() -> Lexicons.table(LexiconsTest.class, "lexicons-test-years.txt",
                cols -> new Born(cols[0], Integer.parseInt(cols[1])), "NAME", "YEAR"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("lexicons-test-years.txt:5: ")
                .hasMessageContaining("not a year");
    }

    @Test
    void aRowWithTooFewColumnsNamesItsFileLineAndTheExpectedColumns() {
        assertThatThrownBy(() -> Lexicons.table(LexiconsTest.class, "lexicons-test-short.txt",
                cols -> cols[0], "NAME", "YEAR"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("lexicons-test-short.txt:2: expected NAME<tab>YEAR, got: Ostrova");
    }

    @Test
    void goodRowsComeInFileOrder() {
        List<Born> born = Lexicons.table(LexiconsTest.class, "lexicons-test-years.txt",
                cols -> new Born(cols[0], cols[1].matches("\\d+") ? Integer.parseInt(cols[1]) : -1), "NAME", "YEAR");
        assertThat(born).containsExactly(new Born("Marsh", 1801), new Born("Hale", 1799), new Born("Dunn", -1));
    }

    @Test
    void theFirstColumnOfAListIsItsWords() {
        assertThat(Lexicons.firstColumn(LexiconsTest.class, "lexicons-test-years.txt"))
                .containsExactly("Marsh", "Hale", "Dunn");
    }

    @Test
    void optionalColumnsMayBeLeftOutButNoMoreColumnsThanNamedMayBeGiven() {
        // its lines: "Marsh<tab>1801", then "Ostrova" alone
        List<Integer> widths = Lexicons.table(LexiconsTest.class, "lexicons-test-short.txt", cols -> cols.length,
                "NAME", "YEAR?");
        assertThat(widths).contains(1, 2);
        assertThatThrownBy(() -> Lexicons.table(LexiconsTest.class, "lexicons-test-years.txt", cols -> cols[0], "NAME"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("lexicons-test-years.txt:");
    }
}
