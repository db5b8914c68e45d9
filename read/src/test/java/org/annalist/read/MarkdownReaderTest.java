package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.annalist.model.CallStyle;
import org.annalist.model.Heading;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Region;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.Structure;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    static final String CHAPTER = """
            # The Lake Crisis #

            On 31 July 1938 the guards reported movement near the lake.[^1] The
            commander replied at once.

            > Hold the heights
            > at any cost.

            The conference
            --------------

            MARSHAL: We will not yield.[^x]

            ```
            # not a heading [^1]
            ```

            [^1]: District report, 1 August 1938.
                Second line of the note.
            """;

    private final MarkdownReader reader = new MarkdownReader();

    private SourceDocument read(String md) throws ReadException {
        return reader.read("chapter.md", md.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textIsTheFilesCharactersVerbatim() throws Exception {
        SourceDocument doc = read(CHAPTER);
        assertThat(doc.text().text()).isEqualTo(CHAPTER);
        assertThat(doc.text().verbatim()).isTrue();
        assertThat(doc.text().format()).isEqualTo(SourceFormat.MARKDOWN);
    }

    @Test
    void atxAndSetextHeadingsCoverTheTitleWithoutMarks() throws Exception {
        SourceDocument doc = read(CHAPTER);
        Structure declared = MarkdownReader.markdownStructure(CHAPTER);
        assertThat(declared.headings()).extracting(Heading::text, Heading::level)
                .containsExactly(tuple("The Lake Crisis", 1), tuple("The conference", 2));
        assertThat(declared.headings()).extracting(h -> h.span().coveredText(doc.text()))
                .containsExactly("The Lake Crisis", "The conference");
        assertThat(doc.structure().headings()).containsAll(declared.headings());
    }

    @Test
    void quotedLinesFormOneBlockQuote() throws Exception {
        SourceDocument doc = read(CHAPTER);
        assertThat(MarkdownReader.markdownStructure(CHAPTER).blockQuotes())
                .extracting(b -> b.span().coveredText(doc.text()))
                .containsExactly("> Hold the heights\n> at any cost.");
        assertThat(doc.structure().blockQuotes()).containsAll(MarkdownReader.markdownStructure(CHAPTER).blockQuotes());
    }

    @Test
    void footnoteReferencesAreCallsLinkedToTheirDefinitions() throws Exception {
        SourceDocument doc = read(CHAPTER);
        assertThat(doc.structure().noteCalls()).filteredOn(c -> c.style() == CallStyle.MARKDOWN)
                .extracting(c -> c.span().coveredText(doc.text()), NoteCall::marker, NoteCall::style, NoteCall::noteId)
                .containsExactly(tuple("[^1]", "1", CallStyle.MARKDOWN, Optional.of("n1")),
                        tuple("[^x]", "x", CallStyle.MARKDOWN, Optional.empty()));
        Note note = MarkdownReader.markdownStructure(CHAPTER).notes().get(0);
        assertThat(doc.structure().notes()).contains(note);
        assertThat(note.id()).isEqualTo("n1");
        assertThat(note.span().coveredText(doc.text()))
                .isEqualTo("[^1]: District report, 1 August 1938.\n    Second line of the note.");
        assertThat(note.body().coveredText(doc.text()))
                .isEqualTo("District report, 1 August 1938.\n    Second line of the note.");
        assertThat(doc.structure().setAside()).contains(new Region(note.span(), Region.Kind.NOTES));
    }

    @Test
    void superscriptCallsLinkToANotesSectionUnderAMarkdownHeading() throws Exception {
        SourceDocument doc = read("""
                # The siege

                The town held out for six weeks.¹ Its walls were older than the Romans.²

                ## Notes

                1. Livy, xxi. 7.
                2. Polybius, iii. 17.
                """);
        assertThat(doc.structure().noteCalls())
                .extracting(c -> c.span().coveredText(doc.text()), NoteCall::marker, NoteCall::style)
                .containsExactly(tuple("¹", "1", CallStyle.SUPERSCRIPT), tuple("²", "2", CallStyle.SUPERSCRIPT));
        assertThat(doc.structure().noteCalls()).allSatisfy(c -> assertThat(c.noteId()).isPresent());
        assertThat(doc.structure().notes()).extracting(Note::marker).containsExactly("1", "2");
    }

    @Test
    void markdownHeadingReplacesAnOverlappingPlainOne() throws Exception {
        SourceDocument doc = read(CHAPTER);
        assertThat(doc.structure().headings()).noneMatch(h -> h.span().coveredText(doc.text()).startsWith("#"));
    }

    @Test
    void windowsLineEndsAreReadAsLineFeeds() throws Exception {
        SourceDocument doc = reader.read("w.md", "# Title\r\n\r\nText.\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(doc.text().text()).isEqualTo("# Title\n\nText.\n");
        assertThat(doc.text().verbatim()).isFalse();
        assertThat(doc.structure().headings()).extracting(Heading::span).contains(org.annalist.model.Span.of(2, 7));
    }

    @Test
    void dashesUnderAListItemAreNotAHeading() throws Exception {
        SourceDocument doc = read("- first item\n---\n");
        assertThat(doc.structure().headings()).noneMatch(h -> h.text().contains("first item"));
    }

    @Test
    void runOfOpeningBracketsStillFindsTheOneCall() throws Exception {
        SourceDocument doc = read("[^".repeat(200_000) + "x]");
        assertThat(doc.structure().noteCalls()).filteredOn(c -> c.style() == CallStyle.MARKDOWN)
                .extracting(NoteCall::marker).containsExactly("x");
    }

    @Provide
    Arbitrary<String> markdownish() {
        return Arbitraries.of("# ", "## Title", " #", "> ", ">", "[^1]", "[^1]: ", "[^a]:", "```", "~~~", "---", "===",
                        "word", "Word.", "\n", "\n", "\n\n", " ", "    ", "\t", "#", "[", "]", "^")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property
    void anyMarkdownishTextReadsWithConsistentSpans(@ForAll("markdownish") String md) throws Exception {
        SourceDocument doc;
        try {
            doc = read(md);
        } catch (ReadException e) {
            assertThat(e.kind()).isEqualTo(ReadException.Kind.EMPTY);
            return;
        }
        assertThat(doc.text().text()).isEqualTo(md);
        for (Heading h : MarkdownReader.markdownStructure(md).headings()) {
            assertThat(h.span().coveredText(doc.text()).replaceAll("\\s+", " ")).isEqualTo(h.text());
            assertThat(h.text()).isNotBlank();
        }
        for (Note n : doc.structure().notes()) assertThat(n.span().contains(n.body())).isTrue();
        for (NoteCall c : MarkdownReader.markdownStructure(md).noteCalls()) {
            assertThat(c.span().coveredText(doc.text())).isEqualTo("[^" + c.marker() + "]");
        }
    }
}
