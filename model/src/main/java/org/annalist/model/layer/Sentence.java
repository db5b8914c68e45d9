package org.annalist.model.layer;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;

/** A sentence and its tokens, in order. */
public record Sentence(Span span, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
    }
}
