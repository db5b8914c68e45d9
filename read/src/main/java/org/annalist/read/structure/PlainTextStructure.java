package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.BlockQuote;
import org.annalist.model.Heading;
import org.annalist.model.Note;
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
        SpanSet setAside = boilerplate.plus(blockNotes.stream().map(Note::span).toList());

        Layout layout = Layout.of(text, setAside);
        List<Block> blocks = ParagraphFinder.blocks(text, layout, setAside);

        List<NoteGroup> groups = new ArrayList<>(FootnoteBlockFinder.groups(text, blockNotes));
        List<NoteGroup> sections = NotesSectionFinder.find(text, blocks, layout);
        groups.addAll(sections);
        SpanSet sectionSpans = new SpanSet(sections.stream().map(NoteGroup::span).toList());
        List<Block> running = blocks.stream().filter(b -> !sectionSpans.overlaps(b.span())).toList();
        groups.addAll(InterleavedNoteFinder.find(text, running));
        groups.sort(java.util.Comparator.comparing(NoteGroup::span));

        NoteCallFinder.Apparatus apparatus = NoteCallFinder.find(text, running.stream().map(Block::span).toList(), groups);
        List<Note> notes = new ArrayList<>();
        for (NoteGroup g : apparatus.groups()) {
            notes.addAll(g.notes());
            g.regions().forEach(r -> regions.add(new Region(r, Region.Kind.NOTES)));
        }
        SpanSet noteRegions = new SpanSet(apparatus.groups().stream().map(NoteGroup::span).toList());
        for (Note n : blockNotes) {
            if (!noteRegions.contains(n.span().start())) {
                notes.add(n); // a footnote block no call answered is a note all the same
                regions.add(new Region(n.span(), Region.Kind.NOTES));
            }
        }

        List<Paragraph> paragraphs = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<TranscriptTurn> turns = new ArrayList<>();
        List<BlockQuote> quotes = new ArrayList<>();
        List<Block> textBlocks = running.stream().filter(b -> !noteRegions.overlaps(b.span())).toList();
        LayoutHeadings.Verdicts byLayout = LayoutHeadings.find(text, textBlocks);
        for (int i = 0; i < textBlocks.size(); i++) {
            Block b = textBlocks.get(i);
            Optional<TranscriptTurn> turn = TranscriptTurnFinder.turn(text, b);
            Optional<Heading> heading = turn.isPresent() ? Optional.empty() : HeadingFinder.heading(text, b);
            if (heading.isPresent() && byLayout.listed()[i] && HeadingFinder.onlyByTitleCase(heading.get().text())) {
                heading = Optional.empty(); // "Flour", "Sugar", "Salt": a list, not three headings
            }
            if (heading.isEmpty() && turn.isEmpty() && byLayout.heading()[i]) {
                heading = Optional.of(new Heading(b.span(), 3, b.text(text)));
            }
            if (heading.isPresent()) {
                headings.add(heading.get());
                continue;
            }
            paragraphs.add(new Paragraph(b.span()));
            turn.ifPresent(turns::add);
            BlockQuoteFinder.quote(text, b, layout).ifPresent(quotes::add);
        }
        return new Structure(paragraphs, headings, quotes, turns, apparatus.calls(), notes, regions);
    }
}
