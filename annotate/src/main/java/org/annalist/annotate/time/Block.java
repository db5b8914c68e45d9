package org.annalist.annotate.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.model.BlockQuote;
import org.annalist.model.Heading;
import org.annalist.model.Paragraph;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;

/**
 * A block of text read in document order.
 *
 * @param title true for a heading, or a paragraph that reads as a title: one short line
 *              without the punctuation that ends a sentence ("2005: Elections and transitional
 *              government", "Eastern Theater 1861-1863")
 */
record Block(Span span, boolean title) {

    /** a gap of three or more spaces inside a line: a column of a table */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {3,}\\S");

    /**
     * {@return true for a block laid out as a table}: two lines or more, most of them in columns
     * ("Nivose   20   December   31"); its dates are a record's, and do not move the story
     */
    static boolean tabular(String text, Span block) {
        String[] lines = text.substring(block.start(), block.end()).split("\n");
        int filled = 0;
        int columns = 0;
        for (String line : lines) {
            if (line.isBlank()) continue;
            filled++;
            if (COLUMN_GAP.matcher(line).find()) columns++;
        }
        return filled >= 2 && columns * 3 >= filled * 2;
    }

    /** {@return true when the yearless dates of a table name three months or more: a calendar, not a record of days} */
    static boolean calendarScheme(List<Candidate> found) {
        Set<Integer> months = new HashSet<>();
        for (Candidate c : found) {
            if (c.expr() instanceof TimeExpr.Calendar cal && cal.year() == TimeExpr.NONE && cal.month() > 0) months.add(cal.month());
        }
        return months.size() >= 3;
    }

    static List<Block> of(Structure s, String text) {
        List<Block> all = new ArrayList<>();
        for (Paragraph p : s.paragraphs()) all.add(new Block(p.span(), titleLike(text, p.span())));
        for (Heading h : s.headings()) all.add(new Block(h.span(), true));
        for (BlockQuote b : s.blockQuotes()) all.add(new Block(b.span(), false));
        for (TranscriptTurn t : s.turns()) all.add(new Block(t.span(), false));
        if (all.isEmpty()) return List.of(new Block(Span.of(0, text.length()), false));
        all.sort(Comparator.comparing((Block b) -> b.span().start()).thenComparing(b -> -b.span().end()));
        List<Block> kept = new ArrayList<>();
        int reached = 0;
        for (Block b : all) {
            if (b.span().end() <= reached) continue;
            Span span = b.span().start() < reached ? Span.of(reached, b.span().end()) : b.span();
            kept.add(new Block(span, b.title()));
            reached = span.end();
        }
        return kept;
    }

    private static final Pattern TITLE_LINE = Pattern.compile(
            "[\\p{Lu}\\d][^\\n]{0,88}(?<![.,;:!?\"”'’\\-—])");

    /** {@return true when the paragraph at {@code span} is a single short line that ends no sentence} */
    static boolean titleLike(String text, Span span) {
        if (span.length() > 90 || span.length() < 2) return false;
        String line = text.substring(span.start(), span.end()).strip();
        if (!TITLE_LINE.matcher(line).matches()) return false;
        if (line.endsWith(")") && line.indexOf('(') < 0) return false;
        return line.split("\\s+").length <= 12;
    }
}
