package org.annalist.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Metonymy;

/**
 * Turns a name as the name finder saw it into a clean name mention for history prose:
 * titles, ranks and offices become roles ({@code Marshal X}, {@code comrade X},
 * {@code air force commander X}); an editorial bracket gives the full name and role
 * ({@code [air force commander Ivan] Marov} → mention {@code Marov}, full name
 * {@code Ivan Marov}); a possessive {@code ’s} and a leading {@code the} are left out;
 * nationality adjectives ({@code Japanese}, {@code Soviets}) are not names; the type is
 * corrected from the {@link Gazetteer} and head words ({@code Lake X} → LOC).
 */
final class NameCleaner {

    private static final Set<String> PLACE_PREPOSITIONS =
            Set.of("in", "at", "near", "outside", "from", "to", "via", "around", "into", "through");
    private static final int BRACKET_REACH = 12;
    /** Calendar words a name finder sometimes glues to a name ("July Johnston"). */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    /** Forms of address: a name they open is a person's whatever the finder said ("Miss X" as ORG). */
    private static final Set<String> ADDRESS = Set.of("mr", "mr.", "mrs", "mrs.", "miss", "ms", "ms.", "sir", "lady",
            "lord", "madame", "mme", "mme.", "monsieur", "herr", "frau", "dr", "dr.", "comrade", "mlle", "mademoiselle",
            "dame", "signor", "signora", "señor", "senor");

    private final Titles titles;
    private final Gazetteer gazetteer;

    NameCleaner(Titles titles, Gazetteer gazetteer) {
        this.titles = titles;
        this.gazetteer = gazetteer;
    }

    /** {@return the clean mention of the name at tokens {@code [a, b]}} typed {@code type} by the finder */
    Optional<Candidate> clean(int a, int b, EntityType type, TokenIndex idx) {
        if (type == EntityType.PERSON && idx.word(b + 1).equals("]") && idx.capitalised(b + 2)) {
            return Optional.empty(); // "[… Ivan] Marov": the given name belongs to the name after the bracket
        }
        // a name broken at a line end (Musso¬⏎lini) takes the rest of its word
        a = idx.wordStart(a);
        b = idx.wordEnd(b);
        List<String> roles = new ArrayList<>();
        List<String> given = new ArrayList<>();
        int close = -1;
        for (int i = a; i <= b; i++) if (idx.word(i).equals("]")) close = i;
        if (close >= 0) {
            bracket(idx, close, a, roles, given);
            a = close + 1;
        } else if (idx.word(a - 1).equals("]") && type == EntityType.PERSON) {
            bracket(idx, a - 1, a - 1, roles, given);
        }
        while (a <= b && (punctuation(idx.word(a)) || idx.lower(a).equals("the")
                || a < b && CALENDAR.contains(idx.lower(a)) && !idx.pos(a + 1).equals("CD"))) a++;
        while (b >= a && (idx.possessiveMark(b) || punctuation(idx.word(b)))) b--;
        // "Tom Jumped": a capitalised past tense the document writes elsewhere as a verb ends no name
        while (b > a && idx.wordStart(b) == b && idx.pastTenseElsewhere(b)) b--;
        if (a > b) return Optional.empty();
        if (type != EntityType.PERSON && a < b && ADDRESS.contains(idx.lower(a))) type = EntityType.PERSON;
        if (type == EntityType.PERSON) {
            a = leadingTitles(idx, a, b, roles);
            if (close < 0 && given.isEmpty()) titlesBefore(idx, a, roles);
        }
        List<String> words = idx.words(a, b);
        if (words.stream().allMatch(w -> gazetteer.demonym(w))) return Optional.empty();
        if (titles.phrase(words).isPresent()) return Optional.empty(); // a title alone ("GENERAL", "the King") is no name
        if (a == b && type != EntityType.PERSON && idx.pos(a).startsWith("JJ")) return Optional.empty();
        if (words.stream().noneMatch(w -> !w.isEmpty() && Character.isLetter(w.codePointAt(0)))) return Optional.empty();
        Optional<Gazetteer.Kind> place = placeKind(words);
        EntityType refined = refine(type, words, place, idx, a);
        Metonymy metonymy = place.isPresent() && refined != EntityType.PERSON
                ? MetonymyCues.of(place.get(), idx, a, b) : Metonymy.NONE;
        List<String> full = new ArrayList<>(given);
        for (String w : words) full.add(type == EntityType.PERSON ? unshout(w) : w);
        Gender gender = gender(roles);
        if (gender == Gender.UNKNOWN && refined == EntityType.PERSON) gender = GivenNames.standard().of(full.get(0));
        return Optional.of(Candidate.name(idx.span(a, b), refined, a, b, full, roles, gender, metonymy));
    }

    private Optional<Gazetteer.Kind> placeKind(List<String> words) {
        String joined = String.join(" ", words);
        Optional<Gazetteer.Kind> kind = gazetteer.place(joined);
        if (kind.isEmpty() && words.size() >= 2 && gazetteer.regimeWord(words.get(0))) {
            kind = gazetteer.place(String.join(" ", words.subList(1, words.size())));
        }
        return kind;
    }

    private EntityType refine(EntityType type, List<String> words, Optional<Gazetteer.Kind> place, TokenIndex idx,
            int a) {
        if (place.isPresent()) {
            Gazetteer.Kind kind = place.get();
            if (type != EntityType.PERSON || kind == Gazetteer.Kind.COUNTRY) return kind.type();
            return type;
        }
        Optional<EntityType> cue = gazetteer.cue(words);
        if (type == EntityType.PERSON) {
            // "Fort X", "Lake X" name a place even when X is a person's name
            return cue.filter(t -> t != EntityType.ORG).isPresent() ? cue.get() : type;
        }
        if (cue.isPresent()) return cue.get();
        boolean acronym = words.size() == 1 && words.get(0).length() > 1
                && words.get(0).equals(words.get(0).toUpperCase(Locale.ROOT));
        if (acronym) return EntityType.ORG;
        // a one-word "organisation" right after a place preposition is a town: "in Solikamsk"
        if (type == EntityType.ORG && words.size() == 1 && PLACE_PREPOSITIONS.contains(idx.lower(a - 1))) {
            return EntityType.GPE;
        }
        return type;
    }

    /** Reads {@code [role words Given] Surname}: the bracket closes at token {@code close}. */
    private void bracket(TokenIndex idx, int close, int nameStart, List<String> roles, List<String> given) {
        int open = -1;
        for (int i = close - 1; i >= Math.max(0, close - BRACKET_REACH); i--) {
            if (idx.word(i).equals("[")) {
                open = i;
                break;
            }
        }
        int from = open >= 0 ? open + 1 : nameStart;
        int g = close - 1;
        while (g >= from && idx.capitalised(g) && !titles.phrase(List.of(idx.word(g))).isPresent()) g--;
        for (int i = g + 1; i < close; i++) given.add(idx.word(i));
        if (g >= from) {
            List<String> roleWords = idx.words(from, g);
            roles.add(String.join(" ", roleWords).toLowerCase(Locale.ROOT));
        }
    }

    /** Strips titles at the start of the name ({@code Marshal X}) into {@code roles}. */
    private int leadingTitles(TokenIndex idx, int a, int b, List<String> roles) {
        boolean found = true;
        while (found && a < b) {
            found = false;
            for (int k = Math.min(titles.longest(), b - a); k >= 1; k--) {
                Optional<Titles.Title> t = titles.phrase(idx.words(a, a + k - 1));
                if (t.isPresent()) {
                    roles.add(t.get().phrase());
                    a += k;
                    found = true;
                    break;
                }
            }
        }
        return a;
    }

    /** Adds the titles written just before the name ({@code comrade X}, {@code chief of staff X}). */
    private void titlesBefore(TokenIndex idx, int a, List<String> roles) {
        int end = a - 1;
        int floor = a > 0 ? idx.firstOf(idx.sentence(a)) : 0;
        List<String> found = new ArrayList<>();
        boolean more = true;
        while (more && end >= floor) {
            more = false;
            for (int k = Math.min(titles.longest(), end - floor + 1); k >= 1; k--) {
                Optional<Titles.Title> t = titles.phrase(idx.words(end - k + 1, end));
                if (t.isPresent()) {
                    found.add(0, t.get().phrase());
                    end -= k;
                    more = true;
                    break;
                }
            }
        }
        roles.addAll(0, found);
    }

    private Gender gender(List<String> roles) {
        for (String r : roles) {
            Optional<Titles.Title> t = titles.phrase(List.of(r.split(" ")));
            if (t.isEmpty()) t = titles.head(r.substring(r.lastIndexOf(' ') + 1));
            if (t.isPresent() && t.get().gender() != Gender.UNKNOWN) return t.get().gender();
        }
        return Gender.UNKNOWN;
    }

    /** {@code GRANT} → {@code Grant}; other words unchanged */
    static String unshout(String w) {
        if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().allMatch(Character::isLetter)) {
            return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
        }
        return w;
    }

    private static boolean punctuation(String w) {
        return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
