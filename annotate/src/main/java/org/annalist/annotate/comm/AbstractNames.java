package org.annalist.annotate.comm;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.annotate.Lexicons;

/**
 * Capitalised abstractions a writer personifies ("Royalism demands", "Rumour warns"), which a
 * name recogniser takes for names: one word ending in a suffix of abstract nouns, read from
 * {@code abstract-suffixes.txt}, or one of the abstractions of {@code abstractions.txt}. They
 * cannot send a message.
 */
final class AbstractNames {

    /** shorter words are too often names that merely end so */
    private static final int MIN_LENGTH = 7;

    private final List<String> suffixes;
    private final Set<String> words;

    AbstractNames(List<String> suffixes) {
        this(suffixes, List.of());
    }

    AbstractNames(List<String> suffixes, List<String> words) {
        this.suffixes = suffixes.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
        this.words = words.stream().map(x -> x.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (this.suffixes.isEmpty()) throw new IllegalArgumentException("no suffixes");
    }

    /** {@return the suffixes shipped with annalist} */
    static AbstractNames standard() {
        return new AbstractNames(Lexicons.lines(AbstractNames.class, "abstract-suffixes.txt"),
                Lexicons.lines(AbstractNames.class, "abstractions.txt"));
    }

    /** {@return true when {@code name} is one word of letters, an abstraction or ending in an abstract noun's suffix} */
    boolean abstraction(String name) {
        Objects.requireNonNull(name, "name");
        if (!name.chars().allMatch(Character::isLetter)) return false;
        String lower = name.toLowerCase(Locale.ROOT);
        if (words.contains(lower)) return true;
        return name.length() >= MIN_LENGTH && suffixes.stream().anyMatch(lower::endsWith);
    }
}
