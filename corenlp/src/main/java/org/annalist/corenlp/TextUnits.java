package org.annalist.corenlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import org.annalist.model.BlockQuote;
import org.annalist.model.Heading;
import org.annalist.model.Note;
import org.annalist.model.Paragraph;
import org.annalist.model.Region;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;

/**
 * Cuts a document into the stretches CoreNLP tokenises one at a time, so that no sentence
 * can cross a paragraph, a heading or a transcript label, and set-aside text and notes are
 * never read.
 *
 * <p>The units are the paragraphs, headings and block quotes (or, when the reader found neither, the
 * blank-line separated blocks of the whole text), minus notes and set-aside regions, cut
 * before and after every transcript label ({@code STALIN:} is a unit of its own), trimmed
 * of blanks. A unit longer than {@link #MAX_UNIT_CHARS} is cut at a sentence end or a
 * space so that one huge line never becomes one huge job.
 */
final class TextUnits {

    /** A cut inside a longer paragraph may split a sentence; paragraphs this long are rare. */
    static final int MAX_UNIT_CHARS = 20_000;

    private TextUnits() {
    }

    /** {@return the units of {@code masked}, sorted, disjoint, none blank} */
    static List<Span> of(Structure structure, String masked) {
        int n = masked.length();
        BitSet covered = new BitSet(n);
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Paragraph p : structure.paragraphs()) mark(covered, cuts, p.span());
        for (Heading h : structure.headings()) mark(covered, cuts, h.span());
        for (BlockQuote q : structure.blockQuotes()) mark(covered, cuts, q.span());
        if (structure.paragraphs().isEmpty() && structure.headings().isEmpty() && structure.blockQuotes().isEmpty()) {
            for (Span block : blankLineBlocks(masked)) mark(covered, cuts, block);
        }
        for (Note note : structure.notes()) covered.clear(note.span().start(), note.span().end());
        for (Region r : structure.setAside()) covered.clear(r.span().start(), r.span().end());
        for (TranscriptTurn t : structure.turns()) {
            cuts.add(t.label().start());
            int end = t.label().end();
            // the colon after the label belongs to the label's unit
            while (end < n && masked.charAt(end) == ':') end++;
            cuts.add(end);
        }
        List<Span> units = new ArrayList<>();
        int start = covered.nextSetBit(0);
        while (start >= 0 && start < n) {
            int runEnd = covered.nextClearBit(start);
            Integer cut = cuts.higher(start);
            int end = cut == null ? runEnd : Math.min(runEnd, cut);
            addTrimmed(units, masked, start, end);
            start = covered.nextSetBit(end);
        }
        return units;
    }

    private static void mark(BitSet covered, TreeSet<Integer> cuts, Span span) {
        covered.set(span.start(), span.end());
        cuts.add(span.start());
        cuts.add(span.end());
    }

    private static List<Span> blankLineBlocks(String text) {
        List<Span> blocks = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\n') {
                int j = i + 1;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j++;
                if (j < text.length() && text.charAt(j) == '\n') {
                    if (i > start) blocks.add(Span.of(start, i));
                    while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
                    start = j;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        if (start < text.length()) blocks.add(Span.of(start, text.length()));
        return blocks;
    }

    private static void addTrimmed(List<Span> units, String masked, int start, int end) {
        while (start < end && Character.isWhitespace(masked.charAt(start))) start++;
        while (end > start && Character.isWhitespace(masked.charAt(end - 1))) end--;
        while (end - start > MAX_UNIT_CHARS) {
            int cut = cutPoint(masked, start, start + MAX_UNIT_CHARS);
            addTrimmed(units, masked, start, cut);
            start = cut;
            while (start < end && Character.isWhitespace(masked.charAt(start))) start++;
        }
        if (end > start) units.add(Span.of(start, end));
    }

    /** {@return where to cut {@code [start, limit)}: after the last sentence end, else at the last space, else at limit} */
    private static int cutPoint(String masked, int start, int limit) {
        int half = start + (limit - start) / 2;
        int space = -1;
        for (int i = limit - 1; i > half; i--) {
            char c = masked.charAt(i);
            if (Character.isWhitespace(c)) {
                char before = masked.charAt(i - 1);
                if (before == '.' || before == '?' || before == '!') return i;
                if (space < 0) space = i;
            }
        }
        return space > 0 ? space : limit;
    }
}
