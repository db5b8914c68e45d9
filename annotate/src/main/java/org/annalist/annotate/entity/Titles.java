package org.annalist.annotate.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Titles, ranks, offices and forms of address ({@code Marshal}, {@code comrade},
 * {@code air force commander}, {@code chief of staff}), read from {@code titles.txt}.
 * Phrases are matched on lower-cased words. Epithets ({@code marshal}, {@code despot},
 * {@code leader}) may head a definite noun phrase that refers back to a named person.
 */
public final class Titles {

    /** One entry: the phrase, the gender it implies, whether it is an epithet. */
    public record Title(String phrase, Gender gender, boolean epithet) {
    }

    private static final Titles STANDARD = new Titles(Resources.table("titles.txt", "phrase", "gender?"));

    private final Map<String, Title> byPhrase = new HashMap<>();
    private final Map<String, Title> oneWord = new HashMap<>();
    private final int longest;

    Titles(List<String[]> rows) {
        int max = 1;
        for (String[] parts : rows) {
            boolean epithet = parts[0].startsWith("*");
            String phrase = (epithet ? parts[0].substring(1) : parts[0]).toLowerCase(Locale.ROOT);
            Gender gender = parts.length < 2 ? Gender.UNKNOWN : parts[1].equals("F") ? Gender.FEMALE : Gender.MALE;
            Title title = new Title(phrase, gender, epithet);
            Title before = byPhrase.get(phrase);
            if (before == null || epithet) byPhrase.put(phrase, title);
            String[] words = phrase.split(" ");
            max = Math.max(max, words.length);
            if (words.length == 1) oneWord.put(phrase, byPhrase.get(phrase));
        }
        this.longest = max;
    }

    /** {@return the standard lexicon} */
    public static Titles standard() {
        return STANDARD;
    }

    /** {@return the number of words of the longest phrase} */
    int longest() {
        return longest;
    }

    /** {@return the title spelled by {@code words}} (any case), if it is one */
    public Optional<Title> phrase(List<String> words) {
        return Optional.ofNullable(byPhrase.get(String.join(" ", words).toLowerCase(Locale.ROOT)));
    }

    /**
     * {@return the one-word title a noun phrase headed by {@code word} may denote}:
     * {@code ambassadors} → ambassador; the last word of a longer title ({@code head} of
     * {@code deputy head}) is no title alone
     */
    public Optional<Title> head(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Title t = oneWord.get(w);
        if (t == null && w.endsWith("s") && w.length() > 3) t = oneWord.get(w.substring(0, w.length() - 1));
        return Optional.ofNullable(t);
    }
}
