package org.annalist.annotate.quote;

import org.annalist.annotate.Pronouns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;

/** Every mention of an {@link Entities} layer, sorted by offset, with its entity. */
final class EntityIndex {

    /** @param text the mention's words, lower-cased */
    record Placed(Span span, Entity entity, String text) {
    }

    /** What a pronoun can tell of an entity. */
    enum Gender { MASCULINE, FEMININE, UNKNOWN }

    private static final java.util.Set<String> MASCULINE = java.util.Set.of(
            "he", "him", "his", "himself", "mr", "mr.", "sir", "lord", "king", "prince", "duke", "count", "baron",
            "father", "uncle", "brother", "son", "monsieur", "herr", "signor", "señor");
    private static final java.util.Set<String> FEMININE = java.util.Set.of(
            "she", "her", "hers", "herself", "mrs", "mrs.", "miss", "ms", "ms.", "lady", "queen", "princess",
            "duchess", "countess", "baroness", "mother", "aunt", "sister", "daughter", "madame", "mme", "frau",
            "signora", "señora", "empress");

    /** Mentions no {@code he} or {@code she} takes up: the narrator's {@code I}, the reader's {@code you}. */
    private static final java.util.Set<String> NOT_THIRD_PERSON = java.util.Set.of(
            "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
            "yourself", "yourselves", "thou", "thee", "thy");

    /** Nouns that tell a person's gender ({@code the old man}, {@code a girl}); not what a pronoun asks for. */
    private static final java.util.Set<String> MASCULINE_NOUNS = java.util.Set.of(
            "man", "boy", "gentleman", "husband", "fellow", "lad", "mister", "master", "nephew", "grandfather",
            "papa", "brother-in-law", "father-in-law", "son-in-law", "widower", "bachelor", "monk", "priest");
    private static final java.util.Set<String> FEMININE_NOUNS = java.util.Set.of(
            "woman", "girl", "wife", "widow", "maid", "maiden", "lass", "madam", "mistress", "niece",
            "grandmother", "mamma", "mama", "nun", "actress", "sister-in-law", "mother-in-law", "daughter-in-law",
            "governess", "housekeeper");


    private final List<Placed> mentions;
    private final java.util.Map<String, Gender> genders = new java.util.HashMap<>();
    private final java.util.Set<String> firstPerson = new java.util.HashSet<>();
    private final java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    private final java.util.Map<String, Entity> byId = new java.util.HashMap<>();

    /** The longest mention we look back for when a span's covering mention starts before it. */
    private static final int LONGEST_MENTION = 200;

    private final List<Span> quotes;

    /** @param quotes quotation spans, sorted by start: mentions inside them are no pronoun's antecedent */
    EntityIndex(Entities entities, List<Span> quotes) {
        this.quotes = List.copyOf(quotes);
        List<Placed> all = new ArrayList<>();
        for (Entity e : entities.entities()) {
            for (Mention m : e.mentions()) all.add(new Placed(m.span(), e, m.text().toLowerCase(java.util.Locale.ROOT)));
        }
        all.sort(Comparator.comparing(Placed::span));
        this.mentions = List.copyOf(all);
        for (Entity e : entities.entities()) {
            counts.put(e.id(), e.mentions().size());
            byId.put(e.id(), e);
            genders.put(e.id(), genderOf(e));
            long own = e.mentions().stream().filter(m -> NOT_THIRD_PERSON.contains(m.text().toLowerCase(java.util.Locale.ROOT))).count();
            if (2 * own > e.mentions().size()) firstPerson.add(e.id());
        }
    }

    /**
     * An entity's gender as its own mentions show it: pronouns the entity stage linked to it
     * ({@code he}, {@code her}) or titles in its names ({@code Mrs}, {@code Sir}); unknown when
     * they are silent or disagree.
     */
    private static Gender genderOf(Entity e) {
        int m = 0, f = 0;
        for (Mention mention : e.mentions()) {
            String[] words = mention.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}.]+");
            for (String w : words) {
                // her visitor, his mother: a possessive tells the possessor's gender, not the entity's
                if (words.length > 1 && Pronouns.personal(w)) continue;
                if (MASCULINE.contains(w) || MASCULINE_NOUNS.contains(w)) m++;
                if (FEMININE.contains(w) || FEMININE_NOUNS.contains(w)) f++;
            }
        }
        // the entity stage may link a stray pronoun: the larger share decides, a clear one
        if (m > 2 * f) return Gender.MASCULINE;
        if (f > 2 * m) return Gender.FEMININE;
        return Gender.UNKNOWN;
    }


    /** {@return the gender a pronoun asks for}: {@code he} masculine, {@code she} feminine */
    static Gender genderOf(String pronoun) {
        return MASCULINE.contains(pronoun) ? Gender.MASCULINE : FEMININE.contains(pronoun) ? Gender.FEMININE : Gender.UNKNOWN;
    }

    /** {@return the mention that covers most of {@code span}}, the shortest on a tie */
    Optional<Placed> covering(Span span) {
        Placed best = null;
        int bestOverlap = 0;
        int from = startingBefore(span.start() - LONGEST_MENTION);
        for (int i = from; i < mentions.size(); i++) {
            Placed p = mentions.get(i);
            if (p.span().start() >= span.end()) break;
            if (!p.span().overlaps(span)) continue;
            int overlap = Math.min(p.span().end(), span.end()) - Math.max(p.span().start(), span.start());
            if (overlap > bestOverlap || overlap == bestOverlap && p.span().length() < best.span().length()) {
                best = p;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * {@return the last mention of a {@code type} entity ending before {@code offset} and after
     * {@code floor}, outside quotations, whose entity's gender does not contradict {@code gender}}
     */
    Optional<Placed> lastBefore(int offset, int floor, EntityType type, Gender gender) {
        if (gender != Gender.UNKNOWN) {
            // a person known to be of that gender, named lately, before anyone whose gender we do not know
            Optional<Placed> known = lastBefore(offset, Math.max(floor, offset - KNOWN_GENDER_REACH), type, gender, true);
            if (known.isPresent()) return known;
        }
        return lastBefore(offset, floor, type, gender, false);
    }

    /** How far back a pronoun prefers a person whose gender is known to one whose gender is not. */
    static final int KNOWN_GENDER_REACH = 600;

    private Optional<Placed> lastBefore(int offset, int floor, EntityType type, Gender gender, boolean known) {
        return lastBefore(offset, floor, type, gender, known, e -> true);
    }

    /**
     * {@return the last mention before {@code offset} and from {@code floor} of an entity of
     * {@code type} that {@code accept}s, whose gender does not contradict {@code gender}} (is
     * {@code gender}, when {@code known}); mentions inside quotations and first- or
     * second-person ones do not count
     */
    Optional<Placed> lastBefore(int offset, int floor, EntityType type, Gender gender, boolean known,
                                java.util.function.Predicate<Entity> accept) {
        for (int i = startingBefore(offset) - 1; i >= 0; i--) {
            Placed p = mentions.get(i);
            if (p.span().start() < floor) break;
            if (p.span().end() > offset || p.entity().type() != type || !accept.test(p.entity())) continue;
            Gender g = genders.getOrDefault(p.entity().id(), Gender.UNKNOWN);
            if (gender != Gender.UNKNOWN && g != Gender.UNKNOWN && g != gender || known && g != gender) continue;
            if (insideQuote(p.span()) || NOT_THIRD_PERSON.contains(p.text())) continue;
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** {@return the mentions of people inside {@code span} and outside quotations, in order} */
    List<Placed> peopleIn(Span span) {
        List<Placed> out = new ArrayList<>();
        for (int i = startingBefore(span.start()); i < mentions.size(); i++) {
            Placed p = mentions.get(i);
            if (p.span().start() >= span.end()) break;
            if (p.span().end() <= span.end() && p.entity().type() == EntityType.PERSON && !insideQuote(p.span())) out.add(p);
        }
        return out;
    }

    /**
     * {@return the last mention, between {@code floor} and {@code offset}, of a person whose
     * name, aliases or roles hold the word {@code role}}
     */
    Optional<Placed> lastWithRole(String role, int offset, int floor) {
        for (int i = startingBefore(offset) - 1; i >= 0; i--) {
            Placed p = mentions.get(i);
            if (p.span().start() < floor) break;
            if (p.entity().type() != EntityType.PERSON) continue;
            Entity e = p.entity();
            if (holdsWord(e.name(), role) || e.aliases().stream().anyMatch(a -> holdsWord(a, role))
                    || e.roles().stream().anyMatch(r -> holdsWord(r, role))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean holdsWord(String phrase, String word) {
        for (String w : phrase.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) if (w.equals(word)) return true;
        return false;
    }

    /** {@return true when most mentions of entity {@code id} are first- or second-person pronouns: the narrator} */
    boolean firstPerson(String id) {
        return firstPerson.contains(id);
    }

    /** {@return the gender of an entity as its mentions show it} */
    Gender genderOfEntity(String id) {
        return genders.getOrDefault(id, Gender.UNKNOWN);
    }

    /**
     * {@return the first mention starting inside {@code span}}, the longest of those starting
     * there: {@code my father}, not the {@code my} nested in it; a possessive word followed by
     * what it possesses gives way to that ({@code my [father]}: the father)
     */
    Optional<Placed> firstIn(Span span) {
        int i = startingBefore(span.start());
        if (i >= mentions.size() || mentions.get(i).span().start() >= span.end()) return Optional.empty();
        Placed best = longestAt(i);
        if (POSSESSIVE_WORDS.contains(best.text()) && best.span().length() == best.text().length()) {
            int j = i + 1;
            while (j < mentions.size() && mentions.get(j).span().start() == best.span().start()) j++;
            if (j < mentions.size() && mentions.get(j).span().start() < span.end()
                    && mentions.get(j).span().start() - best.span().end() <= 1) {
                return Optional.of(longestAt(j));
            }
        }
        return Optional.of(best);
    }

    private Placed longestAt(int i) {
        Placed best = mentions.get(i);
        for (int j = i + 1; j < mentions.size() && mentions.get(j).span().start() == best.span().start(); j++) {
            if (mentions.get(j).span().end() > best.span().end()) best = mentions.get(j);
        }
        return best;
    }

    private static final java.util.Set<String> POSSESSIVE_WORDS = java.util.Set.of(
            "my", "his", "her", "their", "our", "your", "its", "thy");

    /** {@return every mention inside {@code span}, quoted or not, in order} */
    List<Placed> mentionsIn(Span span) {
        List<Placed> out = new ArrayList<>();
        for (int i = startingBefore(span.start()); i < mentions.size(); i++) {
            Placed p = mentions.get(i);
            if (p.span().start() >= span.end()) break;
            if (p.span().end() <= span.end()) out.add(p);
        }
        return out;
    }

    /** {@return how many mentions entity {@code id} has in the whole document} */
    int mentionCount(String id) {
        return counts.getOrDefault(id, 0);
    }

    /** {@return the most mentions any entity has}, at least 1 */
    int mostMentions() {
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    /** {@return the entity of that id, if it has a mention} */
    Optional<Entity> entity(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private int startingBefore(int offset) {
        return Spans.countStartingBefore(mentions, p -> p.span().start(), offset);
    }

    boolean insideQuote(Span s) {
        // quotes may nest, so look at every quote starting before s, nearest first, within reach
        for (int i = Spans.countStartingBefore(quotes, Span::start, s.start() + 1) - 1; i >= 0; i--) {
            Span q = quotes.get(i);
            if (q.contains(s)) return true;
            if (s.start() - q.start() > 20_000) break;
        }
        return false;
    }
}
