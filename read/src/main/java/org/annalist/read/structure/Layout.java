package org.annalist.read.structure;

/** How a plain text marks its paragraphs. */
enum Layout {
    /** each line is a whole paragraph (unwrapped text, as in the seed excerpts) */
    LINE_PER_PARAGRAPH,
    /** hard-wrapped lines, blank lines between paragraphs (Project Gutenberg) */
    BLANK_LINE_SEPARATED;

    /** a hard-wrapped text keeps most lines at or under this length */
    private static final int WRAP_WIDTH = 80;
    /** wrapped paragraphs are rarely longer than this many lines; fewer blank lines means stray ones */
    private static final int MAX_LINES_PER_BLANK = 30;

    /**
     * {@return the layout of {@code text}, outside {@code setAside}}: blank-line separated
     * when blank lines stand between lines of text (at least one per
     * {@value #MAX_LINES_PER_BLANK} lines) and the typical (median) non-blank line is at most
     * {@value #WRAP_WIDTH} characters long; otherwise one paragraph per line.
     */
    static Layout of(String text, SpanSet setAside) {
        int[] histogram = new int[WRAP_WIDTH + 2];
        int lines = 0;
        int blank = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (!setAside.contains(start)) {
                if (isBlank(text, start, end)) {
                    // only blank lines between text count: not a trailing line end
                    if (lines > 0 && end < text.length()) {
                        blank++;
                    }
                } else {
                    lines++;
                    histogram[Math.min(end - start, WRAP_WIDTH + 1)]++;
                }
            }
            start = end + 1;
        }
        if (blank == 0 || lines == 0 || blank * MAX_LINES_PER_BLANK < lines) {
            return LINE_PER_PARAGRAPH;
        }
        int seen = 0;
        for (int len = 0; len < histogram.length; len++) {
            seen += histogram[len];
            if (2 * seen >= lines) {
                return len <= WRAP_WIDTH ? BLANK_LINE_SEPARATED : LINE_PER_PARAGRAPH;
            }
        }
        return LINE_PER_PARAGRAPH;
    }

    static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
