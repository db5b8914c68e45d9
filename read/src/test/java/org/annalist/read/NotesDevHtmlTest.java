package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.annalist.model.NoteCall;
import org.annalist.model.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Project Gutenberg HTML editions of three notes-dev books: their calls are plain
 * numbers linked to the note ({@code <a href="#linknote-4">4</a>}, Josephus and Tacitus) or
 * written in the running text as in the .txt ({@code (1)}, Xenophon). The calls found stay
 * within 3% of the text edition's gold count, and each is linked (Xenophon's "(3)" has no note).
 */
class NotesDevHtmlTest {

    private static final Path NOTES_DEV = Path.of(System.getProperty("annalist.shared"), "corpus/notes-dev");

    @ParameterizedTest
    @CsvSource({"josephus_wars, 196, 0", "tacitus_germany_agricola, 436, 0", "xenophon_anabasis, 158, 1"})
    void calls_are_within_three_percent_of_the_text_edition_and_linked(String book, int goldCalls, int noNote)
            throws Exception {
        SourceDocument doc = Readers.standard().read(NOTES_DEV.resolve("html/" + book + ".html"));
        List<NoteCall> calls = doc.structure().noteCalls();

        assertThat(calls.size()).isBetween((int) Math.floor(goldCalls * 0.97), goldCalls);
        assertThat(calls.stream().filter(c -> c.noteId().isEmpty()).count()).isEqualTo(noNote);
    }
}
