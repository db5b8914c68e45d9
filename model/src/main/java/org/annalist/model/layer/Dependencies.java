package org.annalist.model.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;

/**
 * The dependency parse of one sentence of the {@link Tokens} layer (Universal Dependencies,
 * basic relations), aligned with its tokens: entry {@code i} of each list belongs to token
 * {@code i}.
 *
 * @param sentence  the sentence's span, as in {@link Sentence#span()}
 * @param lemmas    each token's lemma, lower case ({@code told} → {@code tell})
 * @param heads     each token's head, an index into the sentence's tokens; {@code -1} for the root
 * @param relations each token's relation to its head ({@code nsubj}, {@code obl}, {@code nsubj:pass},
 *                  {@code root} for the root)
 */
public record Dependencies(Span sentence, List<String> lemmas, List<Integer> heads, List<String> relations) {

    public Dependencies {
        Objects.requireNonNull(sentence, "sentence");
        lemmas = List.copyOf(lemmas);
        heads = List.copyOf(heads);
        relations = List.copyOf(relations);
        if (lemmas.size() != heads.size() || heads.size() != relations.size()) {
            throw new IllegalArgumentException("lemmas, heads and relations must align; got " + lemmas.size() + ", "
                    + heads.size() + ", " + relations.size() + " at " + sentence);
        }
        for (int i = 0; i < heads.size(); i++) {
            int h = heads.get(i);
            if (h < -1 || h >= heads.size() || h == i) {
                throw new IllegalArgumentException("token " + i + " has head " + h + " in a sentence of " + heads.size()
                        + " tokens at " + sentence);
            }
        }
    }

    /** {@return the number of tokens} */
    public int size() {
        return heads.size();
    }

    /** {@return the head of token {@code i}}, {@code -1} for the root */
    public int head(int i) {
        return heads.get(i);
    }

    /** {@return the relation of token {@code i} to its head} */
    public String relation(int i) {
        return relations.get(i);
    }

    /** {@return the lemma of token {@code i}} */
    public String lemma(int i) {
        return lemmas.get(i);
    }

    /** {@return the dependents of token {@code i}, in order} */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            if (heads.get(k) == i) out.add(k);
        }
        return out;
    }

    /** {@return the dependents of token {@code i} whose relation is {@code relation} or a subtype of it ({@code nsubj} takes {@code nsubj:pass})} */
    public List<Integer> children(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            if (heads.get(k) == i && is(k, relation)) out.add(k);
        }
        return out;
    }

    /** {@return true when token {@code i}'s relation is {@code relation} or a subtype of it} */
    public boolean is(int i, String relation) {
        String r = relations.get(i);
        return r.equals(relation) || r.startsWith(relation) && r.charAt(relation.length()) == ':';
    }
}
