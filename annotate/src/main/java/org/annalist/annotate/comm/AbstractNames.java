package org.annalist.annotate.comm;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.annalist.annotate.Lexicons;

/**
 * Capitalised abstractions a writer personifies ("Royalism demands", "Feudality proclaims"),
 * which a name recogniser takes for names: one word ending in a suffix of abstract nouns, read
 * from {@code abstract-suffixes.txt}. They cannot send a message.
 */
final class AbstractNames {

    /** shorter words are too often names that merely end so */
    private static final int MIN_LENGTH = 7;

    private final List<String> suffixes;

    AbstractNames(List<String> suffixes) {
        this.suffixes = suffixes.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
        if (this.suffixes.isEmpty()) throw new IllegalArgumentException("no suffixes");
    }

    /** {@return the suffixes shipped with annalist} */
    static AbstractNames standard() {
        return new AbstractNames(Lexicons.lines(AbstractNames.class, "abstract-suffixes.txt"));
    }

    /** {@return true when {@code name} is one word of letters ending in an abstract noun's suffix} */
    boolean abstraction(String name) {
        Objects.requireNonNull(name, "name");
        if (name.length() < MIN_LENGTH || !name.chars().allMatch(Character::isLetter)) return false;
        String lower = name.toLowerCase(Locale.ROOT);
        return suffixes.stream().anyMatch(lower::endsWith);
    }
}
