package org.annalist.model.layer;

import java.util.List;

/** The tokens layer: sentences with their tokens and parts of speech. */
public record Tokens(List<Sentence> sentences) implements Layer {
    public Tokens {
        sentences = List.copyOf(sentences);
    }

    /** {@return the number of tokens in all sentences} */
    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) n += s.tokens().size();
        return n;
    }
}
