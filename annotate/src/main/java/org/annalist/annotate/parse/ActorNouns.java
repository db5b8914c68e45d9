package org.annalist.annotate.parse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.annalist.annotate.Lexicons;
import org.annalist.annotate.entity.EntityStage;

/**
 * Nouns for those who can act: persons, titles and groups, as the entity stage lists them
 * ({@code person-nouns.txt}, {@code titles.txt}, {@code group-nouns.txt}), and the craft,
 * units, bodies and communities of {@code acting-nouns.txt}. "The envoys of Varga" stand for
 * Varga's side; "an inroad of the Franks" or "the history of the East" is no one.
 */
final class ActorNouns {

    private static final Set<String> WORDS = load();

    private ActorNouns() {
    }

    /** {@return true when the lemma {@code lemma} names those who can act} */
    static boolean actor(String lemma) {
        return WORDS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String list : new String[] {"person-nouns.txt", "titles.txt", "group-nouns.txt"}) {
            for (String w : Lexicons.firstColumn(EntityStage.class, list)) out.add(w.startsWith("*") ? w.substring(1) : w);
        }
        out.addAll(Lexicons.lines(ActorNouns.class, "acting-nouns.txt"));
        return Set.copyOf(out);
    }
}
