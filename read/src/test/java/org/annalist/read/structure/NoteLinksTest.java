package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Region;
import org.annalist.model.Structure;
import org.junit.jupiter.api.Test;

/** Calls find their notes ({@link NoteCallFinder}): footnote blocks, notes sections per chapter and at the book's end, Markdown. */
class NoteLinksTest {

    @Test
    void a_bracketed_call_links_to_the_next_footnote_block_with_its_number_even_when_numbering_restarts() {
        String text = """
                CHAPTER I.

                The legions held the Rhine, [1] and the fleet the sea. [2]

                [Footnote 1: Tacitus, Annals, i. 3 [and see c. 9].]

                [Footnote 2: Dion, l. 53.]

                CHAPTER II.

                The provinces paid tribute. [1]

                [Footnote 1: Strabo, l. 4.]
                """;
        Structure s = PlainTextStructure.detect(text);
        Map<String, Note> notes = byId(s);

        assertThat(s.notes()).hasSize(3);
        assertThat(s.noteCalls()).hasSize(3);
        assertThat(s.noteCalls()).allSatisfy(c -> assertThat(c.noteId()).isPresent());
        List<String> bodies = s.noteCalls().stream()
                .map(c -> notes.get(c.noteId().get()))
                .map(n -> text.substring(n.body().start(), n.body().end())).toList();
        assertThat(bodies).containsExactly("Tacitus, Annals, i. 3 [and see c. 9].", "Dion, l. 53.", "Strabo, l. 4.");
        assertThat(s.setAside()).extracting(Region::kind).containsOnly(Region.Kind.NOTES);
        assertThat(s.headings()).extracting(h -> h.level()).containsExactly(2, 2);
        assertThat(s.paragraphs()).hasSize(2);
    }

    @Test
    void a_footnote_block_that_never_closes_ends_before_the_next_block() {
        String text = """
                The gods were many. [1] The laws were few. [2]

                [Footnote 1: This facility has not always prevented intolerance.

                1st. The Persians.

                [Footnote 2: Cicero, de Legibus.]
                """;
        Structure s = PlainTextStructure.detect(text);

        assertThat(s.notes()).extracting(Note::marker).containsExactly("1", "2");
        assertThat(text.substring(s.notes().get(0).span().start(), s.notes().get(0).span().end()))
                .endsWith("1st. The Persians.");
        assertThat(s.noteCalls()).allSatisfy(c -> assertThat(c.noteId()).isPresent());
        assertThat(s.paragraphs()).hasSize(1);
    }

    @Test
    void glued_calls_link_to_the_notes_section_after_their_chapter() {
        String text = """
                Chapter 1
                The army crossed the river.1 It camped on the far bank.2
                Notes
                1. Smith, History, 12.
                2. Jones, Memoirs, 40.
                Chapter 2
                The siege began in spring.1 It lasted a year.2
                Notes
                1. Brown, Siege, 3.
                2. Green, Letters, 9.
                """;
        Structure s = PlainTextStructure.detect(text);

        assertThat(s.noteCalls()).extracting(c -> c.noteId().orElse("-"))
                .containsExactly("n1-1", "n1-2", "n2-1", "n2-2");
        assertThat(s.notes()).extracting(Note::id).containsExactly("n1-1", "n1-2", "n2-1", "n2-2");
        assertThat(s.headings()).extracting(h -> h.text()).containsExactly("Chapter 1", "Chapter 2");
        assertThat(s.paragraphs()).hasSize(2);
    }

    @Test
    void calls_of_each_chapter_link_to_their_own_run_of_book_end_notes() {
        String text = """
                Chapter 1
                The army crossed the river.1 It camped on the far bank.2
                Chapter 2
                The siege began in spring.1 It lasted a year.2 The town fell.3
                NOTES
                Chapter 1
                1. Smith, History, 12.
                2. Jones, Memoirs, 40.
                Chapter 2
                1. Brown, Siege, 3.
                2. Green, Letters, 9.
                3. White, Diary, 7.
                """;
        Structure s = PlainTextStructure.detect(text);

        assertThat(s.noteCalls()).extracting(c -> c.noteId().orElse("-"))
                .containsExactly("n1-1", "n1-2", "n2-1", "n2-2", "n2-3");
        // one notes section, one region, from its heading to its last note
        assertThat(s.setAside()).hasSize(1);
        assertThat(text.substring(s.setAside().get(0).span().start())).startsWith("NOTES\nChapter 1\n1. Smith");
        assertThat(s.headings()).hasSize(2);
    }

    @Test
    void notes_numbered_through_one_section_split_into_runs_where_the_numbering_restarts() {
        String text = """
                The army crossed the river.1 It camped.2
                The siege began.1 The town fell.2
                Notes
                1. Smith, History, 12.
                2. Jones, Memoirs, 40.
                1. Brown, Siege, 3.
                2. Green, Letters, 9.
                """;
        Structure s = PlainTextStructure.detect(text);

        assertThat(s.noteCalls()).extracting(c -> c.noteId().orElse("-"))
                .containsExactly("n1-1", "n1-2", "n2-1", "n2-2");
    }

    @Test
    void bracketed_entries_and_a_multi_paragraph_note_belong_to_the_notes_section() {
        String text = """
                The treaty was signed in the spring. [1] It held for a decade. [2]

                ENDNOTES

                [1] Archives, file 12.

                It was printed twice.

                [2] Ibid., file 13.
                """;
        Structure s = PlainTextStructure.detect(text);

        assertThat(s.notes()).extracting(Note::marker).containsExactly("1", "2");
        assertThat(text.substring(s.notes().get(0).body().start(), s.notes().get(0).body().end()))
                .isEqualTo("Archives, file 12.\n\nIt was printed twice.");
        assertThat(s.noteCalls()).extracting(c -> c.noteId().orElse("-")).containsExactly("n1-1", "n1-2");
        assertThat(s.paragraphs()).hasSize(1);
    }

    @Test
    void with_one_paragraph_per_line_a_prose_line_ends_the_notes_section() {
        String text = """
                The army crossed the river.1 It camped on the far bank.2
                Notes
                1. Smith, History, 12.
                2. Jones, Memoirs, 40.
                THE SECOND CAMPAIGN
                The siege began in spring and lasted a year.
                """;
        Structure s = PlainTextStructure.detect(text);

        assertThat(s.notes()).hasSize(2);
        assertThat(s.headings()).extracting(h -> h.text()).containsExactly("THE SECOND CAMPAIGN");
        assertThat(s.paragraphs()).hasSize(2);
    }

    @Test
    void markdown_calls_link_to_their_definitions() {
        String text = """
                The Senate met at dawn.[^1] The consuls were absent.[^note]

                [^1]: Livy, i. 4.
                [^note]: Polybius, vi.
                """;
        Structure s = PlainTextStructure.detect(text);

        assertThat(s.noteCalls()).extracting(NoteCall::marker).containsExactly("1", "note");
        assertThat(s.noteCalls()).allSatisfy(c -> assertThat(c.noteId()).isPresent());
        assertThat(s.notes()).hasSize(2);
    }

    @Test
    void a_call_without_a_note_stays_unlinked() {
        Structure s = PlainTextStructure.detect("The army crossed the river.217 It camped.218");

        assertThat(s.noteCalls()).hasSize(2).allSatisfy(c -> assertThat(c.noteId()).isEmpty());
    }

    private static Map<String, Note> byId(Structure s) {
        return s.notes().stream().collect(Collectors.toMap(Note::id, Function.identity()));
    }
}
