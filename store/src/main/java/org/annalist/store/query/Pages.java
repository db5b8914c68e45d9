package org.annalist.store.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document cut into pages for the reader: each page starts at a paragraph start once it holds at
 * least {@code target} characters; a paragraph run longer than twice the target is cut at the last
 * whitespace before the target, so that no page is unbounded. Offsets are the document's.
 */
public final class Pages {

    /** Characters a page aims at: some 3,000 words of English. */
    public static final int TARGET = 20_000;

    private final int[] starts;
    private final int length;

    private Pages(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    /**
     * {@return the pages of {@code text}, cut at the paragraph starts {@code paragraphStarts} (any order)}
     *
     * @throws IllegalArgumentException when {@code target} is not positive
     */
    public static Pages of(String text, int[] paragraphStarts, int target) {
        if (target < 1) throw new IllegalArgumentException("target must be positive; got " + target);
        int[] cuts = Arrays.stream(paragraphStarts).filter(p -> p > 0 && p < text.length()).sorted().distinct().toArray();
        List<Integer> starts = new ArrayList<>();
        int pos = 0;
        starts.add(0);
        while (text.length() - pos > target) {
            int i = Arrays.binarySearch(cuts, pos + target);
            if (i < 0) i = -i - 1;
            int cut = i < cuts.length && cuts[i] - pos <= 2 * target ? cuts[i] : whitespaceCut(text, pos, target);
            starts.add(cut);
            pos = cut;
        }
        return new Pages(starts.stream().mapToInt(Integer::intValue).toArray(), text.length());
    }

    /** The offset after the last whitespace before {@code pos + target}, else {@code pos + target}. */
    private static int whitespaceCut(String text, int pos, int target) {
        int limit = pos + target;
        for (int i = limit - 1; i > pos + target / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) return i + 1;
        }
        return limit;
    }

    public int count() {
        return starts.length;
    }

    /** {@return where page {@code page} (0-based) starts} */
    public int start(int page) {
        check(page);
        return starts[page];
    }

    /** {@return where page {@code page} ends (exclusive)} */
    public int end(int page) {
        check(page);
        return page + 1 < starts.length ? starts[page + 1] : length;
    }

    /** {@return the page holding {@code offset}; the last page for the text's end} */
    public int pageAt(int offset) {
        if (offset < 0 || offset > length) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text of " + length + " characters");
        }
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    private void check(int page) {
        if (page < 0 || page >= starts.length) {
            throw new IllegalArgumentException("no page " + page + "; the document has " + starts.length);
        }
    }
}
