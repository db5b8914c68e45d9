package org.annalist.annotate.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.layer.EntityType;

/**
 * General place knowledge: countries, capitals and major cities, continents and regions,
 * seats of government ({@code places.txt}); head words that type a name ({@code Lake X},
 * {@code X Heights}, {@code X Army}: {@code cues.txt}); nationality adjectives
 * ({@code demonyms.txt}) and regime words ({@code Nazi Germany}: {@code regime-modifiers.txt});
 * abbreviations of places ({@code Mo.}, {@code N. Y.}: {@code place-abbreviations.txt}).
 * Nothing here is keyed to a particular text.
 */
public final class Gazetteer {

    /** What a gazetteer entry is. */
    public enum Kind {
        COUNTRY(EntityType.GPE), CAPITAL(EntityType.GPE), CITY(EntityType.GPE), STATE(EntityType.GPE),
        REGION(EntityType.LOC),
        BUILDING(EntityType.FAC);

        private final EntityType type;

        Kind(EntityType type) {
            this.type = type;
        }

        /** {@return the entity type of a name of this kind} */
        public EntityType type() {
            return type;
        }
    }

    private record Cue(EntityType type, boolean first) {
    }

    private static final Gazetteer STANDARD = new Gazetteer();

    private final Map<String, Kind> places = new HashMap<>();
    private final Map<String, Cue> cues = new HashMap<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Map<String, String> countryOf = new HashMap<>();
    private final Set<String> regimeWords = new HashSet<>();
    private final Map<String, String> abbreviations = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private int longestPlace = 1;

    private Gazetteer() {
        for (String[] p : Resources.table("places.txt", "kind", "name")) {
            places.putIfAbsent(key(p[1]), Kind.valueOf(p[0]));
            longestPlace = Math.max(longestPlace, p[1].split(" ").length);
        }
        for (String[] p : Resources.table("cues.txt", "type", "position", "word")) {
            cues.putIfAbsent(p[1] + " " + p[2], new Cue(EntityType.valueOf(p[0]), p[1].equals("FIRST")));
        }
        for (String[] p : Resources.table("demonyms.txt", "demonym", "country?")) {
            demonyms.add(p[0].toLowerCase(Locale.ROOT));
            if (p.length > 1) countryOf.put(p[0].toLowerCase(Locale.ROOT), p[1]);
        }
        for (String line : Resources.lines("regime-modifiers.txt")) regimeWords.add(line.toLowerCase(Locale.ROOT));
        for (String[] p : Resources.table("place-abbreviations.txt", "abbreviation", "name")) {
            abbreviations.putIfAbsent(letters(p[0]), p[1]);
        }
        for (String[] p : Resources.table("country-names.txt", "other name", "name")) {
            countryNames.putIfAbsent(key(p[0]), p[1]);
        }
    }

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(Character::isLetter).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** {@return the name a country is keyed under when {@code name} is another of its names}: Abyssinia → Ethiopia */
    public Optional<String> countryName(String name) {
        return Optional.ofNullable(countryNames.get(key(name)));
    }

    /** {@return the place the abbreviation {@code name} stands for}: {@code Mo.} → Missouri, {@code N. Y.} → New York */
    public Optional<String> expansion(String name) {
        return Optional.ofNullable(abbreviations.get(letters(name)));
    }

    /** {@return the standard gazetteer} */
    public static Gazetteer standard() {
        return STANDARD;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** {@return the kind of place {@code name} is}, when the gazetteer knows it */
    public Optional<Kind> place(String name) {
        return Optional.ofNullable(places.get(key(name)));
    }

    /** {@return the number of words of the longest place name} */
    int longestPlace() {
        return longestPlace;
    }

    /** {@return the type a head word gives a multi-word name}: {@code Lake Huron} → LOC */
    public Optional<EntityType> cue(List<String> words) {
        if (words.size() < 2) return Optional.empty();
        Cue last = cues.get("LAST " + key(words.get(words.size() - 1)));
        if (last != null) return Optional.of(last.type());
        Cue first = cues.get("FIRST " + key(words.get(0)));
        return first == null ? Optional.empty() : Optional.of(first.type());
    }

    /** {@return the type a name's last word gives it}: {@code river} → LOC */
    public Optional<EntityType> lastCue(String word) {
        Cue last = cues.get("LAST " + key(word));
        return last == null ? Optional.empty() : Optional.of(last.type());
    }

    /** {@return true when {@code word} is a nationality or people adjective}: Japanese, Soviets */
    public boolean demonym(String word) {
        return demonyms.contains(key(word));
    }

    /** {@return the country whose people {@code word} names}: Chinese → China */
    public Optional<String> countryOf(String word) {
        return Optional.ofNullable(countryOf.get(key(word)));
    }

    /** {@return true when {@code word} may stand before a country for its regime}: Nazi */
    public boolean regimeWord(String word) {
        return regimeWords.contains(key(word));
    }
}
