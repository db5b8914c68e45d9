package org.annalist.read.structure;

import java.util.Optional;
import org.annalist.model.BlockQuote;

/**
 * Finds block quotations among paragraphs. In a hard-wrapped text, a block whose every
 * line is indented by two or more spaces (verse, letters) unless it looks like a table
 * (inner runs of three or more spaces, or mostly digits) or a Title-Case subtitle. In any layout, a paragraph
 * wholly inside one pair of quotation marks.
 */
final class BlockQuoteFinder {

    private BlockQuoteFinder() {
    }

    static Optional<BlockQuote> quote(String source, Block block, Layout layout) {
        if (layout == Layout.BLANK_LINE_SEPARATED && isIndented(source, block) && !isTitleCase(block.text(source))) {
            return Optional.of(new BlockQuote(block.span()));
        }
        if (isQuotedWhole(block.text(source))) {
            return Optional.of(new BlockQuote(block.span()));
        }
        return Optional.empty();
    }

    private static boolean isIndented(String source, Block block) {
        int lineStart = block.lineStart();
        int end = block.span().end();
        int digits = 0;
        int letters = 0;
        while (lineStart < end) {
            int lineEnd = source.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
            int i = lineStart;
            while (i < lineEnd && source.charAt(i) == ' ') {
                i++;
            }
            if (i - lineStart < 2) {
                return false;
            }
            int spaces = 0;
            for (int k = i; k < lineEnd; k++) {
                char c = source.charAt(k);
                spaces = c == ' ' ? spaces + 1 : 0;
                if (spaces >= 3 || c == '\t' || c == '|') {
                    return false;
                }
                if (Character.isDigit(c)) {
                    digits++;
                } else if (Character.isLetter(c)) {
                    letters++;
                }
            }
            lineStart = lineEnd + 1;
        }
        return letters >= 10 && digits * 4 < letters;
    }

    /** an indented Title-Case block is a chapter's subtitle or contents, not a quotation */
    private static boolean isTitleCase(String text) {
        int long_ = 0;
        int capitalised = 0;
        for (String w : text.split("\\s+")) {
            String word = w.replaceAll("^[^\\p{L}]+", "");
            if (word.length() >= 4) {
                long_++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return long_ > 0 && capitalised * 10 >= long_ * 8;
    }

    private static boolean isQuotedWhole(String text) {
        if (text.length() < 40) {
            return false;
        }
        char open = text.charAt(0);
        String trimmed = text.replaceAll("[.,;:!?)\\]]+$", "");
        char close = trimmed.isEmpty() ? ' ' : trimmed.charAt(trimmed.length() - 1);
        if (open == '“' && close == '”') {
            return count(text, '“') == 1 && count(text, '”') == 1;
        }
        if (open == '"' && close == '"') {
            return count(text, '"') == 2;
        }
        return false;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
