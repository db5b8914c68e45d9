package org.annalist.model.layer;

import java.util.Objects;
import org.annalist.model.Span;

/** A token with its part of speech (Penn Treebank tag). */
public record Token(Span span, String word, String pos) {
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(pos, "pos");
    }
}
