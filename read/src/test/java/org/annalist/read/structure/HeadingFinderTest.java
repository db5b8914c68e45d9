package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingFinderTest {

    /** line | level (0 = not a heading) */
    private static final String LINES = """
            FIRST DEPUTY NKVD USSR | 3
            CHAPTER IV. | 2
            CHAPTER XXXVII | 2
            Chapter I: The Extent Of The Empire In The Age Of The Antonines--Part I. | 2
            Chapter 1.2.II. Petition in Hieroglyphs | 2
            BOOK II | 1
            BOOK 1.I. | 1
            PART II. | 1
            VOLUME I. | 1
            Volume One | 1
            IV. THE SIEGE OF VICKSBURG | 3
            XII. | 3
            Preface By The Editor | 3
            The Battle of the Wilderness | 3
            STALIN: Tell me, Blyukher, why is the order not being implemented? | 0
            Not a hint of humanity: pitiless raison d’état. | 0
            Bentinck Street, February 1, 1776. | 0
            Bentinck Street, February 1, 1776 | 0
            They would be back. | 0
            I. The first of these was the army, which was large. | 0
            by | 0
            A. | 0
            the end of the chapter | 0
            Edward Gibbon, Esq. | 0
            Volume one begins: | 0
            U. S. GRANT. | 0
            A. LINCOLN. | 0
            """;

    @Test
    void headings_and_their_levels_and_lines_that_are_not_headings() {
        for (String row : LINES.lines().toList()) {
            String[] cells = row.split(" \\| ");
            assertThat(HeadingFinder.level(cells[0])).as(cells[0]).isEqualTo(Integer.parseInt(cells[1].trim()));
        }
    }

    @Test
    void notes_headings_are_recognised() {
        assertThat(("NOTES|Notes|ENDNOTES|Endnotes|NOTES TO BOOK I|Notes to Chapter 3|FOOTNOTES|__________\n     FOOTNOTES"
                + "|WAR BOOK 3 FOOTNOTES|CHAPTER III NOTES|Footnotes:|## Notes|**Notes**").split("\\|"))
                .allMatch(HeadingFinder::isNotesHeading);
        assertThat("Notes on the war were kept.|NOTE.--It had been|Notable".split("\\|"))
                .noneMatch(HeadingFinder::isNotesHeading);
    }

    @Test
    void a_lone_roman_numeral_letter_is_judged_without_error() {
        // found by HtmlReaderTest's jqwik property: a one-letter line "I" overran the matcher
        assertThat(HeadingFinder.level("I")).isEqualTo(3);
        assertThat(HeadingFinder.level("V")).isEqualTo(3);
    }
}
