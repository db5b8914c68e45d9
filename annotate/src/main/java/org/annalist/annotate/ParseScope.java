package org.annalist.annotate;

import java.util.List;
import java.util.Objects;
import org.annalist.model.layer.Sentence;

/**
 * Which sentences of one text the parse stage parses: those where a stage that reads the
 * parse could find something (a verb of saying as a verb, a deed, a figure that may be a
 * count). Parsing costs more than every other stage together, so a sentence no later stage
 * could use is left unparsed. A scope is made for each text ({@link Factory}), so it may read
 * the layers written before the parse (the text's dates, for instance).
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

    /** Makes the scope of one text. */
    @FunctionalInterface
    interface Factory {
        ParseScope of(AnnotatedText text);

        /** {@return the factory of the same scope for every text} */
        static Factory always(ParseScope scope) {
            Objects.requireNonNull(scope, "scope");
            return text -> scope;
        }

        /** {@return a factory of the scope of sentences that any of {@code factories}' scopes needs} */
        static Factory anyOf(Factory... factories) {
            List<Factory> all = List.of(factories);
            all.forEach(f -> Objects.requireNonNull(f, "factory"));
            return text -> ParseScope.anyOf(all.stream().map(f -> f.of(text)).toArray(ParseScope[]::new));
        }
    }

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
