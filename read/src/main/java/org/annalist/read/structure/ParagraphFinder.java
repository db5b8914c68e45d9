package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Span;

/**
 * Splits a text into blocks according to its {@link Layout}: every non-blank line, or
 * every run of non-blank lines. Blocks that touch a set-aside region are left out, and
 * no block crosses into one.
 */
final class ParagraphFinder {

    private ParagraphFinder() {
    }

    static List<Block> blocks(String text, Layout layout, SpanSet setAside) {
        List<Block> blocks = new ArrayList<>();
        int blockStart = -1;
        int lastEnd = -1;
        int lines = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            boolean skip = Layout.isBlank(text, start, end) || setAside.overlaps(Span.of(start, end));
            if (skip || layout == Layout.LINE_PER_PARAGRAPH) {
                if (blockStart >= 0) {
                    add(blocks, text, blockStart, lastEnd, lines);
                    blockStart = -1;
                }
                if (!skip) {
                    add(blocks, text, start, end, 1);
                }
            } else {
                if (blockStart < 0) {
                    blockStart = start;
                    lines = 0;
                }
                lines++;
                lastEnd = end;
            }
            start = end + 1;
        }
        if (blockStart >= 0) {
            add(blocks, text, blockStart, lastEnd, lines);
        }
        return List.copyOf(blocks);
    }

    private static void add(List<Block> blocks, String text, int start, int end, int lines) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            blocks.add(new Block(Span.of(s, e), start, lines));
        }
    }
}
