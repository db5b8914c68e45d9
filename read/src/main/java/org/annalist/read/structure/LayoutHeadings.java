package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds headings written as plain lines in any case ({@code The war begins},
 * {@code Eastern Theater 1861-1863}, {@code 1917}) from the layout alone, where
 * {@link HeadingFinder}'s rules for capitals, title case and numbered heads do not reach: a
 * line standing alone between blank lines, short ({@value #MAX_LENGTH} characters or
 * less, and at most a {@value #SHARE_OF_PARAGRAPH} of the document's typical paragraph),
 * opening with a capital or a digit, without the end of a sentence, and followed by a
 * longer block; never a dateline, a letter's close or signature, a table row, a list item or
 * one of three short lines in a row (a list, a table of contents, verse). Such lines are headings only
 * as a pattern: at least {@value #MIN_PATTERN} of them in the document.
 */
final class LayoutHeadings {

    static final int MAX_LENGTH = 90;
    static final double SHARE_OF_PARAGRAPH = 0.33;
    static final int MIN_PATTERN = 2;
    private static final int MAX_WORDS = 14;
    /** a typical paragraph is at least this long where headings can be told by length */
    private static final int MIN_TYPICAL_PARAGRAPH = 150;

    private static final Pattern SENTENCE_END = Pattern.compile("[.,;:!?…][\"'”’)\\]]*$");
    /** a quoted subtitle may end in a question or exclamation: Italian perspective: "Will you be worthy of it?" */
    private static final Pattern QUOTED_SUBTITLE = Pattern.compile(".*:\\s*[\"“][^\"“”]+[?!][\"”]$");
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    /** "Bentinck Street, February 1, 1776", "Moscow, 12 August 1938": a place and a day */
    private static final Pattern DATELINE = Pattern.compile(
            ".*(?:" + MONTH + "\\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\\s+[0-9]{4}|[0-9]{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
                    + ",?\\s+[0-9]{4})\\W*$");
    /** a letter's close or signature: "Yours truly, U. S. GRANT", "A. LINCOLN" */
    private static final Pattern CLOSING = Pattern.compile(
            "^(?:Yours|Your obedient|Very respectfully|Respectfully|Sincerely|Faithfully|Truly)\\b.*"
                    + "|.*\\b(?:\\p{Lu}\\. ?){1,3}\\p{Lu}{2,}\\b.*");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*•–—]|\\([0-9a-z]{1,3}\\))\\s.*");

    private LayoutHeadings() {
    }

    /**
     * What the layout says of each block.
     *
     * @param heading a heading by layout
     * @param listed  one of three or more short lines in a row, which no rule of case makes a heading
     */
    record Verdicts(boolean[] heading, boolean[] listed) {
    }

    /** {@return for each of {@code blocks}, whether it is a heading by layout, or a member of a list} */
    static Verdicts find(String text, List<Block> blocks) {
        boolean[] heading = new boolean[blocks.size()];
        boolean[] listed = new boolean[blocks.size()];
        int typical = typicalParagraph(text, blocks);
        int limit = (int) Math.min(MAX_LENGTH, Math.max(typical, MIN_TYPICAL_PARAGRAPH) * SHARE_OF_PARAGRAPH);
        for (int i = 0; i < blocks.size(); i++) {
            listed[i] = inList(text, blocks, i, limit);
        }
        if (typical < MIN_TYPICAL_PARAGRAPH) {
            return new Verdicts(heading, listed);
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!listed[i] && isCandidate(text, blocks, i, limit)) {
                found.add(i);
            }
        }
        if (found.size() >= MIN_PATTERN) {
            found.forEach(i -> heading[i] = true);
        }
        return new Verdicts(heading, listed);
    }

    private static boolean isCandidate(String text, List<Block> blocks, int i, int limit) {
        Block b = blocks.get(i);
        String line = b.text(text);
        if (b.lines() != 1 || line.length() > limit || line.indexOf('\n') >= 0 || !standsAlone(text, b)) {
            return false;
        }
        char first = line.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) || line.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        if (SENTENCE_END.matcher(line).find() && !QUOTED_SUBTITLE.matcher(line).matches()) {
            return false;
        }
        if (DATELINE.matcher(line).matches() || LIST_ITEM.matcher(line).matches() || CLOSING.matcher(line).matches()
                || line.contains("  ")
                || line.indexOf('\t') >= 0) {
            return false;
        }
        // a heading is followed by its text: a longer block, or a sub-heading and then text
        for (int k = i + 1; k < Math.min(i + 3, blocks.size()); k++) {
            Block next = blocks.get(k);
            if (next.span().length() >= 2 * line.length() && next.span().length() > limit) {
                // a new paragraph, not the rest of a sentence
                return !Character.isLowerCase(text.charAt(next.span().start()));
            }
            if (next.lines() != 1 || next.span().length() > limit) {
                return false;
            }
        }
        return false;
    }

    /**
     * the block is one of three or more short lines in a row, at most a blank line apart: a
     * list, a table of contents, an address or verse (two headings in a row are common, a
     * part's and its first section's)
     */
    private static boolean inList(String text, List<Block> blocks, int i, int limit) {
        if (!isShortLine(blocks.get(i), limit)) {
            return false;
        }
        int first = i;
        while (first > 0 && isShortLine(blocks.get(first - 1), limit) && close(text, blocks.get(first - 1), blocks.get(first))) {
            first--;
        }
        int last = i;
        while (last + 1 < blocks.size() && isShortLine(blocks.get(last + 1), limit)
                && close(text, blocks.get(last), blocks.get(last + 1))) {
            last++;
        }
        return last - first + 1 >= 3;
    }

    /** one blank line at most between two blocks: items of one list (a title page spaces its lines wider) */
    private static boolean close(String text, Block a, Block b) {
        int newlines = 0;
        for (int k = a.span().end(); k < b.span().start(); k++) {
            if (text.charAt(k) == '\n') {
                newlines++;
            }
        }
        return newlines <= 2;
    }

    private static boolean isShortLine(Block b, int limit) {
        return b.lines() == 1 && b.span().length() <= limit;
    }

    /** a blank line (or the text's edge) before and after the block's line */
    private static boolean standsAlone(String text, Block b) {
        int before = b.lineStart() - 1;
        boolean blankBefore = before <= 0 || isBlankLineBefore(text, before);
        int after = text.indexOf('\n', b.span().end());
        boolean blankAfter = after < 0 || isBlankLineAfter(text, after + 1);
        return blankBefore && blankAfter;
    }

    /** {@code newline} ends the line before the block; is the line before it blank? */
    private static boolean isBlankLineBefore(String text, int newline) {
        int start = text.lastIndexOf('\n', newline - 1) + 1;
        return Layout.isBlank(text, start, newline);
    }

    private static boolean isBlankLineAfter(String text, int start) {
        if (start >= text.length()) {
            return true;
        }
        int end = text.indexOf('\n', start);
        return Layout.isBlank(text, start, end < 0 ? text.length() : end);
    }

    /** the median length of the blocks of several words */
    private static int typicalParagraph(String text, List<Block> blocks) {
        int[] lengths = blocks.stream().filter(b -> b.span().length() > 20).mapToInt(b -> b.span().length()).toArray();
        if (lengths.length == 0) {
            return 0;
        }
        Arrays.sort(lengths);
        return lengths[lengths.length / 2];
    }
}
