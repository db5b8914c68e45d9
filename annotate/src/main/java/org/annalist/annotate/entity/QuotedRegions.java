package org.annalist.annotate.entity;

import java.util.BitSet;
import java.util.Objects;

/**
 * The characters of a text that lie inside quotation marks, found cheaply by pairing marks
 * paragraph by paragraph (a blank line ends a paragraph). Unlike the quote stage this keeps
 * no structure: it answers only "is this character quoted?", for telling the narrator's
 * {@code I} from a speaker's.
 *
 * <ul>
 *   <li>Curly double quotes and guillemets nest: {@code “} and {@code «} open, {@code ”} and
 *       {@code »} close.</li>
 *   <li>A straight {@code "} toggles; one that can only close ({@code word" }) while none is
 *       open is a stray mark and ignored; one that can only open ({@code  "Word}) while one is
 *       open closes the one before and opens anew (the one before was never closed).</li>
 *   <li>A single quote ({@code ‘} or a straight {@code '}) opens at the start of a word outside
 *       double quotes, unless it elides ({@code 'tis}, {@code 'em}); {@code ’} or {@code '}
 *       closes it when no letter follows. A single quote never closed in its paragraph was an
 *       apostrophe and quotes nothing — unless the next paragraph opens with a single quote
 *       too, the convention for a quotation of several paragraphs (Carlyle quotes his sources
 *       so).</li>
 *   <li>A double quote still open at a paragraph's end ends there (the convention for a
 *       quotation of several paragraphs opens each with a mark).</li>
 * </ul>
 */
final class QuotedRegions {

    /**
     * Words that begin with an elision apostrophe ({@code 'tis}, {@code 'em}), and the
     * contractions a tokenised text splits off ({@code I 'm}, {@code he 's}, LitBank's form).
     */
    private static final java.util.Set<String> ELISIONS = java.util.Set.of(
            "tis", "twas", "twere", "twill", "em", "n", "cause", "til", "till", "round", "bout", "neath", "ere", "un",
            "s", "m", "d", "ll", "ve", "re", "t");

    private final BitSet quoted;

    private QuotedRegions(BitSet quoted) {
        this.quoted = quoted;
    }

    /** {@return the quoted regions of {@code text}} */
    static QuotedRegions of(String text) {
        Objects.requireNonNull(text, "text");
        BitSet q = new BitSet(text.length());
        int curlyDepth = 0;
        int curlyStart = -1;
        int straightStart = -1;
        int singleStart = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && blankLineAt(text, i)) {
                int start = curlyStart >= 0 ? curlyStart : straightStart;
                if (start >= 0) q.set(start, i);
                if (singleStart >= 0 && opensWithSingle(text, i)) q.set(singleStart, i);
                curlyDepth = 0;
                curlyStart = straightStart = singleStart = -1;
                continue;
            }
            boolean openedBefore = i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && !opening(text.charAt(i - 1));
            boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                    || ".,;:!?)]—–".indexOf(text.charAt(i + 1)) >= 0;
            if (c == '“' || c == '«') {
                if (curlyDepth++ == 0 && straightStart < 0) curlyStart = i;
            } else if (c == '”' || c == '»') {
                if (curlyDepth > 0 && --curlyDepth == 0 && curlyStart >= 0) {
                    q.set(curlyStart, i + 1);
                    curlyStart = -1;
                }
            } else if (c == '"') {
                boolean canOnlyClose = openedBefore && spaceAfter;
                boolean canOnlyOpen = !openedBefore && !spaceAfter;
                if (straightStart < 0) {
                    if (!canOnlyClose && curlyStart < 0) straightStart = i;
                } else if (canOnlyOpen) {
                    q.set(straightStart, i);
                    straightStart = i;
                } else {
                    q.set(straightStart, i + 1);
                    straightStart = -1;
                }
            } else if ((c == '‘' || c == '\'' && !spaceAfter) && !openedBefore) {
                if (curlyStart < 0 && straightStart < 0 && singleStart < 0 && !elision(text, i + 1)) singleStart = i;
            } else if (c == '’' || c == '\'') {
                boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
                if (singleStart >= 0 && !letterAfter) {
                    q.set(singleStart, i + 1);
                    singleStart = -1;
                }
            }
        }
        int start = curlyStart >= 0 ? curlyStart : straightStart;
        if (start >= 0) q.set(start, text.length());
        return new QuotedRegions(q);
    }

    /** {@return true when the word at {@code from} is one an apostrophe elides the start of} */
    private static boolean elision(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return ELISIONS.contains(text.substring(from, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** {@return true when the paragraph after the blank line at {@code i} opens with a single quote} */
    private static boolean opensWithSingle(String text, int i) {
        int k = i;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        return k < text.length() && (text.charAt(k) == '\'' || text.charAt(k) == '‘');
    }

    private static boolean opening(char c) {
        return "([{—–-“‘«".indexOf(c) >= 0;
    }

    /** {@return true when the line break at {@code i} is followed by a line of white space only} */
    private static boolean blankLineAt(String text, int i) {
        for (int k = i + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }

    /** {@return true when character {@code offset} lies inside a quotation, its marks included} */
    boolean quoted(int offset) {
        return quoted.get(offset);
    }
}
