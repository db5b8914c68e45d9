package org.annalist.model;

import java.util.Objects;

/**
 * A heading line. {@code span} covers the heading's text only (no Markdown {@code #}
 * marks, no trailing line break); {@code level} is 1 for a top heading.
 */
public record Heading(Span span, int level, String text) {
    public Heading {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1..6; got " + level);
        }
    }
}
