package org.annalist.read.structure;

import org.annalist.model.Span;

/**
 * A paragraph-like block of text: one line, or a run of non-blank lines.
 *
 * @param span      the block without leading and trailing white space
 * @param lineStart the offset of the block's first line
 * @param lines     how many lines it spans
 */
record Block(Span span, int lineStart, int lines) {

    /** {@return the spaces and tabs before the block's first character on its line} */
    int indent() {
        return span.start() - lineStart;
    }

    String text(String source) {
        return source.substring(span.start(), span.end());
    }
}
