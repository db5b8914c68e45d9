package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.model.CallStyle;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Structure;
import org.junit.jupiter.api.Test;

/**
 * Note apparatus in styles no shared book uses, on invented hard-wrapped texts: reference
 * marks, Unicode superscripts, calls glued to a word with a notes section after each
 * chapter, bare numbers with notes after each book, curly brackets, lettered notes; and the
 * distractors and misprints a book holds. Each text's calls are listed as
 * {@code marker/STYLE/covered text → marker of the linked note}.
 */
class NoteStylesTest {

    @Test
    void reference_marks_link_to_the_notes_after_their_paragraph_and_restart_with_each() {
        String text = """
                CHAPTER I.

                The king left the palace a little before midnight, disguised as a
                valet de chambre.* The queen followed on foot, and lost her way in the
                narrow streets near the Louvre.† At the barrier the carriage waited for
                more than an hour, and the coachman grew anxious.‡

                * So says Madame Campan; others deny it.

                † The account of Moustier differs in every point.

                ‡ He was no other than Count Fersen.

                At Sainte-Menehould the postmaster recognised the king from his
                portrait on an assignat.* He rode ahead by a shorter road, and the
                bridge at Varennes was blocked with a cart of furniture.**

                * His own deposition, printed in the Moniteur of June 1791.

                ** The cart stood there until the morning.
                """;
        assertCalls(text, "*/SYMBOL/* → *", "†/SYMBOL/† → †", "‡/SYMBOL/‡ → ‡", "*/SYMBOL/* → *", "**/SYMBOL/** → **");
        Structure s = PlainTextStructure.detect(text);
        assertThat(s.paragraphs()).hasSize(2);
        assertThat(s.notes()).hasSize(5);
    }

    @Test
    void a_mark_without_its_note_is_no_call_nor_is_an_asterism_or_emphasis() {
        String text = """
                The expiration of their term of service.* In estimating our strength
                every man was counted. The *whole* army moved.

                *        *        *        *

                The enemy are relying on their railroads for supplies.
                """;
        assertThat(PlainTextStructure.detect(text).noteCalls()).isEmpty();
    }

    @Test
    void unicode_superscripts_link_to_notes_set_line_by_line_after_the_paragraph() {
        String text = """
                The senate met on the Ides.¹ Caesar was warned by a soothsayer² and
                by his wife,³ and went all the same. The hall measured 40 m² and more.

                ¹ Suetonius, Julius, 81.
                ² Plutarch, Caesar, 63.
                ³ Ibid.

                Brutus struck last.¹

                ¹ Appian, ii. 117.
                """;
        assertCalls(text, "1/SUPERSCRIPT/¹ → 1", "2/SUPERSCRIPT/² → 2", "3/SUPERSCRIPT/³ → 3", "1/SUPERSCRIPT/¹ → 1");
        Structure s = PlainTextStructure.detect(text);
        assertThat(s.notes()).extracting(Note::marker).containsExactly("1", "2", "3", "1");
        assertThat(s.paragraphs()).hasSize(2);
    }

    @Test
    void calls_glued_to_a_word_link_to_the_notes_section_after_each_chapter() {
        String text = """
                CHAPTER I

                The army crossed1 the river at dawn and camped on the heights2 above
                the town. In 1812 the same ground had been held by three regiments3 of
                the line, and 400 men were lost there.

                NOTES TO CHAPTER I

                1. Marbot, Memoirs, ii. 40.

                2. The heights of Pratzen, so called by the peasants.

                3. Segur, Histoire, i. 12.

                CHAPTER II

                The retreat began on the fourth day. The rearguard held the bridge4
                until nightfall, then burned it.5

                NOTES TO CHAPTER II

                4. Fezensac, Journal, 88.

                5. The bridge of Borisov.
                """;
        assertCalls(text, "1/GLUED/1 → 1", "2/GLUED/2 → 2", "3/GLUED/3 → 3", "4/GLUED/4 → 4", "5/GLUED/5 → 5");
        Structure s = PlainTextStructure.detect(text);
        assertThat(s.headings()).extracting(h -> h.text()).containsExactly("CHAPTER I", "CHAPTER II");
        assertThat(s.paragraphs()).hasSize(2);
    }

    @Test
    void bare_spaced_calls_link_to_the_notes_after_each_book_and_numbers_in_prose_are_left() {
        String text = """
                BOOK I

                1. When the war began 1 the king was at Susa, and he sent for his
                brother, 2 who was then in Lydia with 300 horsemen and some 20
                ships. The brother came with all speed, and those three 3. There was
                no delay.

                2. In the year 401 the army set out from Sardis (1870 is the date of
                the French edition), and marched 22 stages to the river. 4

                NOTES TO BOOK I

                1. That is, in the spring.

                2. Cyrus the younger.

                3. The three generals named above.

                4. The Euphrates, by the ford at Thapsacus.

                BOOK II

                1. The Greeks waited for the dawn 1 and then marched.

                NOTES TO BOOK II

                1. See the preceding book.
                """;
        assertCalls(text, "1/BARE/1 → 1", "2/BARE/2 → 2", "3/BARE/3 → 3", "4/BARE/4 → 4", "1/BARE/1 → 1");
    }

    @Test
    void curly_and_lettered_calls_link_to_their_labels() {
        String text = """
                The fleet sailed from Brundisium {1} and reached Dyrrachium on the
                third day. {2}

                {1} Caesar, Civil War, iii. 6.

                {2} Ibid., iii. 7.

                The letters were carried by a slave [A] and read aloud in the camp. [B]

                [A] His name was Philemon.

                [B] Cicero, ad Atticum, ix. 10.
                """;
        assertCalls(text, "1/BRACKETED/{1} → 1", "2/BRACKETED/{2} → 2", "A/BRACKETED/[A] → A", "B/BRACKETED/[B] → B");
    }

    @Test
    void misprints_gaps_and_doubled_calls_are_tolerated() {
        String text = """
                The first legion held the ford [1] and the second the bridge. [2] The
                third, which had no orders, [3] stood idle, as did the fourth [3] and
                the fifth. [5] The sixth [6] and the seventh [6] came up at noon.

                FOOTNOTES

                [1] Caesar, Gallic War, ii. 9.

                [2] Ibid., ii. 10.

                [4] The printed text has 3 for 4.

                [5] Frontinus, ii. 3.

                [6] Both legions are meant.

                [6] Both legions are meant.
                """;
        // the second [3] is a misprint for [4]; [6] is called twice; note [6] is printed twice
        assertCalls(text, "1/BRACKETED/[1] → 1", "2/BRACKETED/[2] → 2", "3/BRACKETED/[3] → -",
                "3/BRACKETED/[3] → 4", "5/BRACKETED/[5] → 5", "6/BRACKETED/[6] → 6", "6/BRACKETED/[6] → 6");
    }

    @Test
    void html_left_in_a_plain_text_keeps_its_calls() {
        String text = """
                How Eurycles <a href="#linknote-40" name="linknoteref-40" id="linknoteref-40">40</a> Calumniated
                the Sons of Mariamne, and how Herod was reconciled to them.

                WAR BOOK 1 FOOTNOTES

                40 (return) [ A Lacedemonian, as appears below.]
                """;
        assertCalls(text, "40/BARE/40 → 40");
    }

    @Test
    void enumerations_inside_notes_section_numbers_and_verse_lines_are_not_calls() {
        String text = """
                1. The general wrote (1) to the senate, and the senate replied. The    5
                army waited on the river, as the poet says of another war,

                     Arms and the man I sing, who first from Troy        10
                     Came to the shores of Italy, an exile

                and the letter was read at Rome. (2)

                 (1) He wrote (1) on the march, (2) from the camp, (3) from the city.

                 (2) The letter is lost.

                2. In the next year the consuls were Piso and Gabinius.
                """;
        assertCalls(text, "1/BRACKETED/(1) → 1", "2/BRACKETED/(2) → 2");
    }

    @Test
    void flattened_notes_after_numbered_paragraphs_are_told_from_the_paragraphs_by_their_label() {
        String text = """
                7. How Vespasian, with the elder of his sons 1 made an expedition into
                the country, and how many of his auxiliaries were cut off in all Galilee.

                1 Titus.

                8. After this the tyrants rose up against them, and fell into
                dissensions among themselves, 2 and the city was taken.

                2 See the sixth book.

                9. Then the temple was burnt by the soldiers.
                """;
        assertCalls(text, "1/BARE/1 → 1", "2/BARE/2 → 2");
        Structure s = PlainTextStructure.detect(text);
        assertThat(s.paragraphs()).hasSize(3);
        assertThat(s.notes()).extracting(Note::marker).containsExactly("1", "2");
    }

    @Test
    void notes_gathered_without_a_heading_at_a_chapters_end_answer_calls_from_the_whole_chapter() {
        String filler = """

                The march went on through the hills for many days, and the
                army suffered from the cold and from the want of bread.
                """;
        String text = "I\n\nThe army reached the river Zapatas (1), four hundred feet broad.\n"
                + filler.repeat(5) + "\nThen came the Egyptians (2), who were hostile.\n" + filler.repeat(5) + """

                 (1) The Greater Zab.

                 (2) Allies of the king.

                II

                The generals met in council (1) at dawn.

                 (1) Clearchus presided.
                """;
        assertCalls(text, "1/BRACKETED/(1) → 1", "2/BRACKETED/(2) → 2", "1/BRACKETED/(1) → 1");
    }

    @Test
    void notes_gathered_without_a_heading_after_a_book_answer_calls_from_all_its_chapters_despite_a_lost_note() {
        String filler = """

                The march went on through the hills for many days, and the
                army suffered from the cold and from the want of bread.
                """;
        String text = "BOOK I\n\nCHAPTER 1.\n\nThe elder of his sons 1 made an expedition.\n" + filler.repeat(4)
                + "\nCHAPTER 2.\n\nThe city that was like its temple 2 was taken.\n" + filler.repeat(4)
                + "\nThe priests 4 fled to the hills.\n" + filler + """

                1 (return) [ Titus.]

                2 (return) [ Onias built it.]

                4 (return) [ The number 3 is lost in every copy.]

                BOOK II

                CHAPTER 1.

                When the war began 1 the king was at Rome.

                1 (return) [ Nero.]
                """;
        assertCalls(text, "1/BARE/1 → 1", "2/BARE/2 → 2", "4/BARE/4 → 4", "1/BARE/1 → 1");
    }

    @Test
    void a_notes_section_ends_at_the_next_numbered_chapter_head() {
        String text = """
                I

                The army crossed the river (1) and camped.

                NOTES

                 (1) The Tigris.

                II

                The army rested (2) for three days, then marched on.
                """;
        Structure s = PlainTextStructure.detect(text);
        assertThat(s.paragraphs()).extracting(p -> text.substring(p.span().start(), p.span().start() + 14))
                .containsExactly("The army cross", "The army reste");
        assertThat(s.headings()).extracting(h -> h.text()).contains("II");
    }

    @Test
    void a_year_opening_a_heading_is_no_notes_label() {
        String paragraph = "The offensive of 1972 was a massive conventional invasion that tested the army,"
                + " and the bombing went on through the summer and into the autumn of that year.";
        String text = String.join("\n\n", "Vietnamization", paragraph, "1972 election and Paris Peace Accords",
                paragraph) + "\n";
        assertThat(PlainTextStructure.detect(text).noteCalls()).isEmpty();
        assertThat(PlainTextStructure.detect(text).notes()).isEmpty();
    }

    /** asserts the calls as "marker/STYLE/covered → linked note's marker, or -" */
    private static void assertCalls(String text, String... expected) {
        Structure s = PlainTextStructure.detect(text);
        Map<String, Note> notes = s.notes().stream().collect(Collectors.toMap(Note::id, Function.identity()));
        List<String> found = s.noteCalls().stream().map(c -> describe(text, c, notes)).toList();
        assertThat(found).isEqualTo(List.of(expected));
    }

    private static String describe(String text, NoteCall c, Map<String, Note> notes) {
        String linked = c.noteId().map(id -> notes.get(id).marker()).orElse("-");
        return c.marker() + "/" + c.style() + "/" + text.substring(c.span().start(), c.span().end()) + " → " + linked;
    }

    @Test
    void every_style_is_reported_with_its_call_style() {
        assertThat(CallStyle.values()).contains(CallStyle.SYMBOL, CallStyle.STARRED, CallStyle.SUPERSCRIPT);
    }
}
