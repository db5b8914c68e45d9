package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.BlockQuote;
import org.annalist.model.Heading;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Paragraph;
import org.annalist.model.Region;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;

/**
 * Finds the layout of plain text: paragraphs, headings, transcript turns, block quotes,
 * note calls and notes, and set-aside boilerplate. Used for .txt and PDF input, and for
 * the text of marked-up sources where the markup says nothing.
 *
 * <p>Order of work: Project Gutenberg boilerplate and footnote blocks are set aside first;
 * the layout (one paragraph per line, or blank lines between wrapped paragraphs) is
 * decided on what remains; notes sections are found among the blocks and set aside; the
 * remaining blocks are headings or paragraphs (some of them transcript turns or block
 * quotes); calls are sought in paragraphs and linked to notes. Nothing inside a set-aside
 * region yields a paragraph, heading or call. Offsets are into {@code text} as given
 * (LF line ends); paragraph and heading spans exclude surrounding white space. Runs in
 * time linear in the text's length.
 */
public final class PlainTextStructure {

    private PlainTextStructure() {
    }

    /** {@return the structure of {@code text}}; every span lies inside it */
    public static Structure detect(String text) {
        Objects.requireNonNull(text, "text");
        List<Region> regions = new ArrayList<>(GutenbergBoilerplate.find(text));
        SpanSet boilerplate = new SpanSet(regions.stream().map(Region::span).toList());

        List<Note> blockNotes = FootnoteBlockFinder.find(text, boilerplate);
        blockNotes.forEach(n -> regions.add(new Region(n.span(), Region.Kind.NOTES)));
        SpanSet setAside = boilerplate.plus(blockNotes.stream().map(Note::span).toList());

        Layout layout = Layout.of(text, setAside);
        List<Block> blocks = ParagraphFinder.blocks(text, layout, setAside);

        List<NotesSection> sections = NotesSectionFinder.find(text, blocks, layout);
        List<Note> notes = new ArrayList<>(blockNotes);
        for (NotesSection s : sections) {
            notes.addAll(s.notes());
            regions.add(new Region(s.span(), Region.Kind.NOTES));
        }
        SpanSet notesSections = new SpanSet(sections.stream().map(NotesSection::span).toList());

        List<Paragraph> paragraphs = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<TranscriptTurn> turns = new ArrayList<>();
        List<BlockQuote> quotes = new ArrayList<>();
        for (Block b : blocks) {
            if (notesSections.overlaps(b.span())) {
                continue;
            }
            Optional<TranscriptTurn> turn = TranscriptTurnFinder.turn(text, b);
            Optional<Heading> heading = turn.isPresent() ? Optional.empty() : HeadingFinder.heading(text, b);
            if (heading.isPresent()) {
                headings.add(heading.get());
                continue;
            }
            paragraphs.add(new Paragraph(b.span()));
            turn.ifPresent(turns::add);
            BlockQuoteFinder.quote(text, b, layout).ifPresent(quotes::add);
        }

        Set<String> noteNumbers = new HashSet<>();
        for (NotesSection s : sections) {
            s.notes().forEach(n -> noteNumbers.add(n.marker()));
        }
        List<NoteCall> calls = NoteCallFinder.find(text, paragraphs.stream().map(Paragraph::span).toList(), noteNumbers);
        calls = NoteLinker.link(calls, blockNotes, sections);

        return new Structure(paragraphs, headings, quotes, turns, calls, notes, regions);
    }
}
