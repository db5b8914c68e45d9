package org.annalist.annotate;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The English personal pronouns and what each tells of its referent, one table for every stage that reads
 * them: the entity stage links them, the quote stage weighs speakers by them, the comm stage keeps the sure
 * ones. Words are matched in any case.
 */
public final class Pronouns {

    /** What a third-person pronoun tells of its referent. */
    public enum Kind { MALE, FEMALE, PLURAL, NEUTER }

    private static final Map<String, Kind> THIRD_PERSON = Map.ofEntries(
            Map.entry("he", Kind.MALE), Map.entry("him", Kind.MALE), Map.entry("his", Kind.MALE),
            Map.entry("himself", Kind.MALE), Map.entry("she", Kind.FEMALE), Map.entry("her", Kind.FEMALE),
            Map.entry("hers", Kind.FEMALE), Map.entry("herself", Kind.FEMALE), Map.entry("they", Kind.PLURAL),
            Map.entry("them", Kind.PLURAL), Map.entry("their", Kind.PLURAL), Map.entry("theirs", Kind.PLURAL),
            Map.entry("themselves", Kind.PLURAL), Map.entry("it", Kind.NEUTER), Map.entry("its", Kind.NEUTER),
            Map.entry("itself", Kind.NEUTER));
    /** the object forms that are no reflexive: binding keeps them from their own clause's subject */
    private static final Set<String> OBJECTS = Set.of("him", "her", "them");
    private static final Set<String> FIRST_PERSON_SINGULAR = Set.of("i", "me", "my", "mine", "myself");

    private Pronouns() {
    }

    /** {@return what the third-person pronoun {@code word} tells of its referent}; empty for any other word */
    public static Optional<Kind> kind(String word) {
        return Optional.ofNullable(THIRD_PERSON.get(word.toLowerCase(Locale.ROOT)));
    }

    /** {@return true for a form of "he" or "she"}: a pronoun that takes up one person */
    public static boolean personal(String word) {
        return kind(word).filter(k -> k == Kind.MALE || k == Kind.FEMALE).isPresent();
    }

    /** {@return true for a form of "they"} */
    public static boolean plural(String word) {
        return kind(word).filter(k -> k == Kind.PLURAL).isPresent();
    }

    /** {@return true for a form of "it"} */
    public static boolean neuter(String word) {
        return kind(word).filter(k -> k == Kind.NEUTER).isPresent();
    }

    /** {@return true for "him", "her", "them"} */
    public static boolean object(String word) {
        return OBJECTS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@return true for "I", "me", "my", "mine", "myself"} */
    public static boolean firstPersonSingular(String word) {
        return FIRST_PERSON_SINGULAR.contains(word.toLowerCase(Locale.ROOT));
    }
}
