package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.annalist.model.Heading;
import org.annalist.model.Matter;
import org.annalist.model.MatterRegion;
import org.annalist.model.Paragraph;
import org.annalist.model.Span;
import org.annalist.model.Structure;

/**
 * Finds a book's front and back matter in its structure, so that the dates there (a preface
 * signed "March 3, 1919", a title page's printing year, an appendix's reports) are kept but do
 * not set the story's time.
 *
 * <ul>
 *   <li>A heading naming a part of the front matter (PREFACE, CONTENTS, LIST OF ILLUSTRATIONS,
 *       DEDICATION, ADVERTISEMENT, TO THE READER, …) opens a region that runs to the next heading
 *       that is not one; a contents list runs over its entries (short blocks, chapter titles) to
 *       the first block of prose.</li>
 *   <li>The title page and publication data: the short blocks before the first heading, when the
 *       book has front matter or chapters.</li>
 *   <li>Back matter: a heading naming an appendix, index, glossary, bibliography or notes in the
 *       second half of the text, after which no chapter begins, opens a region to the end.</li>
 * </ul>
 * Works on any format's structure (headings and paragraphs); runs in time linear in the blocks.
 */
public final class MatterFinder {

    private static final Pattern FRONT = Pattern.compile(
            "(?i)(?:the\\s+)?(?:author['’]s\\s+|translator['’]s\\s+|editor['’]s\\s+|publisher['’]s\\s+|original\\s+)?"
                    + "(?:preface|prefatory\\s+note|foreword|advertisement|dedication|acknowledg(?:e)?ments?|to\\s+the\\s+reader"
                    + "|note\\s+to\\s+the\\s+reader|introductory\\s+note|note|notice|contents|table\\s+of\\s+contents"
                    + "|(?:list\\s+of\\s+)?(?:illustrations|maps|plates|maps\\s+and\\s+(?:plans|illustrations)))"
                    + "(?:\\s+(?:to|by|of|for)\\s+[^.]{1,60})?\\.?");
    private static final Pattern CONTENTS = Pattern.compile("(?i)(?:table\\s+of\\s+)?contents\\.?");
    private static final Pattern BACK = Pattern.compile(
            "(?i)(?:appendix|appendices|index|general\\s+index|glossary|bibliography|notes|endnotes|footnotes"
                    + "|chronological\\s+table|errata|advertisements)(?:\\s+[IVXLC\\d]+|\\s+[A-Z])?\\.?(?:\\s*[-—:].*)?");
    private static final Pattern CHAPTER = Pattern.compile("(?i)(?:chapter|book|part)\\s+(?:[IVXLC\\d]+|[a-z]+)\\b.*");
    /** a contents entry: a chapter title, a numbered line, a line ending with a page number */
    private static final Pattern ENTRY = Pattern.compile(
            "(?is)(?:(?:chapter|book|part|volume|appendix|section)\\b.*|[IVXLC]+\\.\\s.*|\\d+\\.\\s.*|.*\\s\\d{1,4}\\.?)");
    /** the title page and publication data are short */
    private static final int TITLE_PAGE = 2_000;
    /** a block of prose ends a contents list */
    private static final int PROSE = 300;

    private MatterFinder() {
    }

    /** One block of the text in order: a heading or a paragraph. */
    private record Block(Span span, boolean heading, String line) {
    }

    /** {@return the front and back matter of {@code text}, whose layout is {@code structure}} */
    public static List<MatterRegion> find(String text, Structure structure) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(structure, "structure");
        List<Block> blocks = blocks(text, structure);
        List<MatterRegion> out = new ArrayList<>();
        int firstHeading = -1;
        boolean chapters = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.heading()) continue;
            if (firstHeading < 0) firstHeading = i;
            if (CHAPTER.matcher(b.line()).matches()) chapters = true;
        }
        if (firstHeading < 0) return List.of();

        int bodyStart = bodyStart(blocks);
        boolean front = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.heading() || !FRONT.matcher(b.line()).matches()) continue;
            // a preface stands before the story; a contents list may head any volume
            if (i > bodyStart && !CONTENTS.matcher(b.line()).matches()) continue;
            front = true;
            int end = CONTENTS.matcher(b.line()).matches() ? contentsEnd(blocks, i) : sectionEnd(blocks, i);
            MatterRegion.Kind kind = kind(b.line());
            out.add(new MatterRegion(Span.of(b.span().start(), blocks.get(end).span().end()), Matter.FRONT, kind));
            i = end;
        }
        if ((front || chapters) && firstHeading > 0) {
            int start = blocks.get(0).span().start();
            int end = blocks.get(firstHeading - 1).span().end();
            if (end - start <= TITLE_PAGE) {
                out.add(new MatterRegion(Span.of(start, end), Matter.FRONT, MatterRegion.Kind.PUBLICATION_DATA));
            }
        }
        int half = blocks.get(blocks.size() - 1).span().end() / 2;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.heading() || b.span().start() < half || !BACK.matcher(b.line()).matches()) continue;
            if (chapterAfter(blocks, i)) continue;
            out.add(new MatterRegion(Span.of(b.span().start(), blocks.get(blocks.size() - 1).span().end()), Matter.BACK,
                    MatterRegion.Kind.APPENDIX));
            break;
        }
        return disjoint(out);
    }

    /** {@return the first chapter heading followed by prose, else the first heading of prose not named as front matter} */
    private static int bodyStart(List<Block> blocks) {
        int fallback = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.heading() || !followedByProse(blocks, i)) continue;
            if (CHAPTER.matcher(b.line()).matches()) return i;
            if (fallback == blocks.size() && !FRONT.matcher(b.line()).matches()) fallback = i;
        }
        return fallback;
    }

    private static MatterRegion.Kind kind(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        if (l.contains("contents")) return MatterRegion.Kind.CONTENTS;
        if (l.contains("illustration") || l.contains("maps") || l.contains("plates")) return MatterRegion.Kind.ILLUSTRATIONS;
        if (l.contains("dedication")) return MatterRegion.Kind.DEDICATION;
        return MatterRegion.Kind.PREFACE;
    }

    /** {@return the last block of the front-matter section opened at {@code i}: before the next heading not of the front matter} */
    private static int sectionEnd(List<Block> blocks, int i) {
        int j = i + 1;
        while (j < blocks.size() && !blocks.get(j).heading()) j++;
        return j - 1 < i ? i : j - 1;
    }

    /** {@return the last entry of the contents list opened at {@code i}} */
    private static int contentsEnd(List<Block> blocks, int i) {
        int last = i;
        for (int j = i + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            boolean entry = b.heading() ? !followedByProse(blocks, j) : b.span().length() < PROSE
                    && (ENTRY.matcher(b.line()).matches() || b.span().length() < 80);
            if (!entry) break;
            last = j;
        }
        return last;
    }

    /** {@return true when the heading at {@code i} is followed by a paragraph of prose (a chapter begins, not a list)} */
    private static boolean followedByProse(List<Block> blocks, int i) {
        for (int j = i + 1; j < Math.min(blocks.size(), i + 4); j++) {
            Block b = blocks.get(j);
            if (!b.heading() && b.span().length() >= PROSE) return true;
            if (b.heading() && CHAPTER.matcher(b.line()).matches()) return false;
        }
        return false;
    }

    private static boolean chapterAfter(List<Block> blocks, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            if (blocks.get(j).heading() && CHAPTER.matcher(blocks.get(j).line()).matches() && followedByProse(blocks, j)) return true;
        }
        return false;
    }

    private static List<Block> blocks(String text, Structure s) {
        List<Block> out = new ArrayList<>();
        for (Heading h : s.headings()) out.add(new Block(h.span(), true, h.text().strip()));
        for (Paragraph p : s.paragraphs()) {
            String raw = text.substring(p.span().start(), p.span().end()).strip();
            String t = raw.replaceAll("\\s+", " ");
            // "Preface By The Editor." on a line of its own names its part, though it ends like a sentence
            boolean named = raw.indexOf('\n') < 0 && t.length() <= 80 && (FRONT.matcher(t).matches() || BACK.matcher(t).matches());
            out.add(new Block(p.span(), named, t));
        }
        out.sort(Comparator.comparingInt(b -> b.span().start()));
        return out;
    }

    /** {@return the regions sorted, a region inside an earlier one dropped} */
    private static List<MatterRegion> disjoint(List<MatterRegion> regions) {
        List<MatterRegion> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparing(MatterRegion::span));
        List<MatterRegion> out = new ArrayList<>();
        int reached = -1;
        for (MatterRegion r : sorted) {
            if (r.span().end() <= reached) continue;
            if (r.span().start() < reached) r = new MatterRegion(Span.of(reached, r.span().end()), r.matter(), r.kind());
            out.add(r);
            reached = r.span().end();
        }
        return out;
    }
}
