package org.annalist.annotate;

import java.util.List;
import java.util.Objects;
import org.annalist.model.layer.Sentence;

/**
 * Which sentences the parse stage parses: those that hold a cue of a stage that reads the
 * parse (a verb of saying, a deed, a figure). Parsing costs more than every other stage
 * together, so a sentence no later stage will look at is left unparsed.
 */
@FunctionalInterface
public interface ParseScope {

    /** Every sentence. */
    ParseScope ALL = (sentence, lemmas) -> true;

    /**
     * {@return true when {@code sentence} needs a parse}
     *
     * @param lemmas the lower-case lemma of each of its tokens
     */
    boolean needs(Sentence sentence, List<String> lemmas);

    /** {@return the scope of sentences that any of {@code scopes} needs} */
    static ParseScope anyOf(ParseScope... scopes) {
        List<ParseScope> all = List.of(scopes);
        all.forEach(s -> Objects.requireNonNull(s, "scope"));
        return (sentence, lemmas) -> {
            for (ParseScope s : all) {
                if (s.needs(sentence, lemmas)) return true;
            }
            return false;
        };
    }
}
