package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.model.Heading;
import org.annalist.model.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Headings written as plain lines, told by layout: invented texts, and the WikiWars dev texts with heading gold. */
class LayoutHeadingsTest {

    private static final String PARAGRAPH = "The armies met on the plain before the city, and for three days neither"
            + " side would give ground; the losses were heavy on both sides, and the rains made the roads impassable"
            + " for the wagons that carried the wounded back to the river.";

    @Test
    void short_lines_in_sentence_case_between_long_paragraphs_are_headings() {
        String text = String.join("\n\n", "The war begins", PARAGRAPH, PARAGRAPH, "Eastern theater 1861-1863",
                PARAGRAPH, "1917", PARAGRAPH, "Italian perspective: \"Will you be worthy of it?\"", PARAGRAPH) + "\n";

        assertThat(headings(text)).containsExactly("The war begins", "Eastern theater 1861-1863", "1917",
                "Italian perspective: \"Will you be worthy of it?\"");
    }

    @Test
    void datelines_closings_lists_and_sentences_are_not_headings() {
        String text = String.join("\n\n", "The war begins", PARAGRAPH, "Moscow, 12 August 1938", PARAGRAPH,
                "Yours truly, U. S. GRANT, Lieutenant-General", PARAGRAPH, "Flour", "Sugar", "Salt", PARAGRAPH,
                "So it ended.", PARAGRAPH, "He said that", PARAGRAPH.toLowerCase(java.util.Locale.ROOT),
                "The siege", PARAGRAPH) + "\n";

        assertThat(headings(text)).containsExactly("The war begins", "The siege");
    }

    @Test
    void one_short_line_is_no_pattern_and_short_paragraphs_give_no_measure() {
        String lone = String.join("\n\n", "The war begins", PARAGRAPH, PARAGRAPH) + "\n";
        String news = String.join("\n\n", "The war begins", "Troops crossed the border.", "Sources in the capital",
                "The minister denied it.", "Talks later", "Both sides met on Tuesday.") + "\n";

        assertThat(headings(lone)).isEmpty();
        assertThat(headings(news)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"03_AmCivWar", "11_ChineseCivWar", "13_RussianCivWar", "22_SecondItaloAbyssinianWar"})
    void wikiwars_headings_start_where_gold_puts_them(String name) {
        Structure s = PlainTextStructure.detect(Corpus.text("corpus/wikiwars-dev/" + name + ".txt"));
        Set<Integer> gold = new HashSet<>(Corpus.goldStarts("gold/wikiwars-dev-full/" + name + ".gold.json", "headings"));

        assertThat(new HashSet<>(s.headings().stream().map(h -> h.span().start()).toList())).isEqualTo(gold);
    }

    private static List<String> headings(String text) {
        return PlainTextStructure.detect(text).headings().stream().map(Heading::text).toList();
    }
}
