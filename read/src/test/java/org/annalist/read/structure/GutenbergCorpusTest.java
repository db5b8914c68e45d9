package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.CallStyle;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Region;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Measures {@link PlainTextStructure} on whole Project Gutenberg books. */
class GutenbergCorpusTest {

    private static String gibbon;
    private static Structure gibbonStructure;
    private static String grant;
    private static Structure grantStructure;
    private static String carlyle;
    private static Structure carlyleStructure;

    @BeforeAll
    static void read() {
        gibbon = Corpus.text("corpus/gutenberg/gibbon_decline_and_fall_vol1.txt");
        gibbonStructure = PlainTextStructure.detect(gibbon);
        grant = Corpus.text("corpus/gutenberg/grant_personal_memoirs_pg4367.txt");
        grantStructure = PlainTextStructure.detect(grant);
        carlyle = Corpus.text("corpus/gutenberg/carlyle_french_revolution_pg1301.txt");
        carlyleStructure = PlainTextStructure.detect(carlyle);
    }

    @Test
    void gibbon_has_a_note_for_every_footnote_block() {
        int blocks = count(gibbon, "[Footnote");

        assertThat(blocks).isEqualTo(1686);
        assertThat(gibbonStructure.notes()).hasSize(blocks);
        assertThat(gibbonStructure.notes()).allSatisfy(n ->
                assertThat(gibbon.substring(n.span().start(), n.span().end())).startsWith("[Footnote"));
        assertThat(gibbonStructure.notes().stream().map(Note::id).distinct().count()).isEqualTo(blocks);
    }

    @Test
    void gibbon_calls_number_within_two_percent_of_its_footnote_blocks() {
        int calls = gibbonStructure.noteCalls().size();

        assertThat(calls).isBetween((int) Math.floor(1686 * 0.98), (int) Math.ceil(1686 * 1.02));
        assertThat(calls).isEqualTo(1679);
        assertThat(gibbonStructure.noteCalls()).extracting(NoteCall::style).containsOnly(CallStyle.BRACKETED);
    }

    @Test
    void every_gibbon_call_links_to_the_footnote_with_its_marker_or_the_one_its_misprint_stands_for() {
        List<NoteCall> calls = gibbonStructure.noteCalls();
        // printed calls whose number differs from their note's: the only note left between the calls around them
        Map<String, String> misprints = Map.of("282", "281", "581", "681", "*871", "871");

        assertThat(calls).allSatisfy(c -> assertThat(c.noteId()).isPresent());
        for (NoteCall c : calls) {
            Note note = gibbonStructure.notes().stream().filter(n -> n.id().equals(c.noteId().get())).findFirst().orElseThrow();
            assertThat(note.marker()).as(c.toString()).isEqualTo(misprints.getOrDefault(c.marker(), c.marker()));
            assertThat(note.span().start()).isGreaterThan(c.span().start());
        }
    }

    @Test
    void gibbon_footnote_blocks_are_set_aside_and_yield_no_paragraphs() {
        List<Span> notesRegions = gibbonStructure.setAside().stream()
                .filter(r -> r.kind() == Region.Kind.NOTES).map(Region::span).toList();
        SpanSet aside = new SpanSet(gibbonStructure.setAside().stream().map(Region::span).toList());

        assertThat(notesRegions).hasSize(1686);
        assertThat(gibbonStructure.paragraphs()).noneMatch(p -> aside.overlaps(p.span()));
        assertThat(gibbonStructure.noteCalls()).noneMatch(c -> aside.overlaps(c.span()));
    }

    @Test
    void gutenberg_header_and_licence_are_boilerplate() {
        for (var entry : List.of(List.of(gibbon, gibbonStructure), List.of(grant, grantStructure), List.of(carlyle, carlyleStructure))) {
            String text = (String) entry.get(0);
            Structure s = (Structure) entry.get(1);
            List<Region> boiler = s.setAside().stream().filter(r -> r.kind() == Region.Kind.BOILERPLATE).toList();
            assertThat(boiler).hasSize(2);
            assertThat(boiler.get(0).span().start()).isZero();
            assertThat(text.substring(boiler.get(0).span().start(), boiler.get(0).span().end()))
                    .contains("*** START OF THIS PROJECT GUTENBERG EBOOK");
            assertThat(text.substring(boiler.get(1).span().start())).startsWith("End of the Project Gutenberg EBook");
            assertThat(boiler.get(1).span().end()).isEqualTo(text.length());
        }
    }

    @Test
    void gibbon_chapter_heads_are_level_two_headings() {
        long chapters = gibbonStructure.headings().stream().filter(h -> h.text().startsWith("Chapter ")).count();

        assertThat(chapters).isEqualTo(count(gibbon, "\nChapter "));
        assertThat(gibbonStructure.headings()).filteredOn(h -> h.text().startsWith("Chapter ")).allMatch(h -> h.level() == 2);
    }

    @Test
    void carlyle_has_no_note_calls_at_all() {
        assertThat(carlyleStructure.noteCalls()).isEmpty();
        assertThat(carlyleStructure.notes()).isEmpty();
    }

    @Test
    void grant_calls_are_only_its_starred_calls_and_each_finds_its_footnote() {
        int starred = 0;
        Matcher m = Pattern.compile("\\(\\*\\d+\\)").matcher(grant);
        int footnotes = grant.indexOf("FOOTNOTES\n");
        while (m.find()) {
            if (m.start() < footnotes) {
                starred++;
            }
        }

        assertThat(starred).isEqualTo(44);
        assertThat(grantStructure.noteCalls()).hasSize(starred);
        assertThat(grantStructure.noteCalls()).allSatisfy(c -> {
            assertThat(c.marker()).matches("\\*\\d+");
            assertThat(c.noteId()).isPresent();
        });
        assertThat(grantStructure.notes()).hasSize(44);
    }

    @Test
    void years_and_quantities_in_grant_and_carlyle_are_never_calls() {
        for (var pair : List.of(List.of(grant, grantStructure), List.of(carlyle, carlyleStructure))) {
            String text = (String) pair.get(0);
            Structure s = (Structure) pair.get(1);
            assertThat(s.noteCalls()).allSatisfy(c -> {
                String covered = text.substring(c.span().start(), c.span().end());
                assertThat(covered).doesNotMatch("1[5-9]\\d\\d");
                assertThat(covered).doesNotMatch("\\d+");
            });
        }
        // the books are full of years and counts, so the check above is not vacuous
        assertThat(count(grant, " 1864")).isGreaterThan(50);
        assertThat(count(carlyle, " 1789")).isGreaterThan(20);
    }

    @Test
    void with_its_starred_calls_disguised_grant_yields_no_spaced_or_bare_calls() {
        // without bracketed calls the weak styles are open: every number in the book is a candidate
        String plain = grant.replaceAll("\\(\\*(\\d+)\\)", "(+$1)");

        assertThat(PlainTextStructure.detect(plain).noteCalls()).isEmpty();
    }

    @Test
    void with_its_numbered_calls_removed_gibbon_yields_only_its_two_starred_calls() {
        String plain = gibbon.replaceAll("\\[(\\d+)\\]", "");

        assertThat(PlainTextStructure.detect(plain).noteCalls()).extracting(NoteCall::marker)
                .containsExactly("*", "*871");
    }

    @Test
    void grant_letter_salutations_are_not_transcript_turns() {
        assertThat(grant).contains("\nGENERAL:  I have received your note");
        assertThat(grantStructure.turns()).isEmpty();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
