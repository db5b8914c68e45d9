package org.annalist.model.layer;

import java.util.Objects;
import org.annalist.model.Span;

/**
 * A sentence in which the author marks uncertainty.
 *
 * @param span the sentence (its start is the sentence start)
 * @param cue  the words that mark it ("remains unclear"), inside the sentence
 * @param kind what kind of uncertainty the cue marks
 */
public record Hedge(Span span, Span cue, HedgeKind kind) {
    public Hedge {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(kind, "kind");
        if (!span.contains(cue)) {
            throw new IllegalArgumentException("cue " + cue + " must lie inside the sentence " + span);
        }
    }
}
