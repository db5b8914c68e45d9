package org.annalist.export;

import java.util.Objects;

/**
 * A span of a stored document to annotate: what it is ({@code mention}, {@code timex},
 * {@code quote}), its UTF-16 offsets {@code [start, end)}, a label (the entity's name, the
 * TIMEX3 value, the speaker) and a class (entity type, TIMEX3 type, quote kind).
 */
public record TextSpan(String kind, int start, int end, String label, String category) {
    public TextSpan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(category, "category");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end + " of " + kind);
    }
}
