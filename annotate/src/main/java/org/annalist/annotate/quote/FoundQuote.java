package org.annalist.annotate.quote;

import java.util.Objects;
import org.annalist.model.Span;

/**
 * A quotation as its marks delimit it, before it is classified or attributed.
 *
 * @param span   from the opening mark to the closing mark inclusive (to the last
 *               non-blank character of the paragraph when left open)
 * @param inner  the words between the marks
 * @param depth  0 at top level, 1 inside another quote, …
 * @param closed false when no closing mark was found before the paragraph ended
 */
public record FoundQuote(Span span, Span inner, int depth, boolean closed) {
    public FoundQuote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(inner, "inner");
        if (!span.contains(inner)) {
            throw new IllegalArgumentException("inner " + inner + " outside quote " + span);
        }
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be non-negative; got " + depth);
        }
    }
}
