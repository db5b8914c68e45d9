package org.annalist.annotate.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.layer.EntityType;

/**
 * Names the name finder missed, found from general patterns of prose:
 * <ul>
 * <li>a capitalised word listed with people is a person ({@code to X, Y, and Z} when X and
 *     Z are people; {@code Y, as well as Z}), and so is one that says, writes or decides
 *     ({@code Y averred});</li>
 * <li>a place or organisation name followed by capitalised words and an organisation head
 *     noun is one organisation ({@code China Communist party}), the place a mention inside it;</li>
 * <li>a nationality adjective before a capitalised plural is a political group
 *     ({@code the Chinese Communists});</li>
 * <li>capitalised proper nouns after "the" name a body, a group, a state or a region: a plural
 *     always ({@code the Girondins}), a singular when the text calls it so twice
 *     ({@code the Directory}).</li>
 * </ul>
 * The found names go through the same {@link NameCleaner}.
 */
final class NameFallback {

    private static final Set<String> LINKS = Set.of(",", "and", "or");
    /** Verbs whose subject is a person: "X averred", "X wrote". */
    private static final Set<String> HUMAN_VERBS = Set.copyOf(Resources.lines("human-verbs.txt"));
    /** Lower-case heads that close an organisation's name: "X Workers party". */
    private static final Set<String> ORG_HEADS = Set.copyOf(Resources.lines("organisation-heads.txt"));
    /** Heads of "the county of X". */
    static final Set<String> COUNTY_HEADS = Set.copyOf(Resources.lines("county-heads.txt"));

    private final NameCleaner cleaner;
    private final Gazetteer gazetteer;
    private final Titles titles;

    NameFallback(NameCleaner cleaner, Gazetteer gazetteer, Titles titles) {
        this.cleaner = cleaner;
        this.gazetteer = gazetteer;
        this.titles = titles;
    }

    /**
     * {@return the names missed among {@code found}}; organisations grown from a name are added
     * to {@code found} itself (the name stays, inside them); every token used is marked in
     * {@code taken}
     */
    List<Candidate> find(List<Candidate> found, BitSet taken, TokenIndex idx) {
        List<Candidate> out = new ArrayList<>();
        extendToOrganisations(found, taken, idx);
        extendByPlace(found, taken, idx);
        extendToPlaces(found, taken, idx);
        placesByHead(out, taken, idx);
        groups(out, taken, idx);
        definiteNames(out, taken, idx);
        BitSet persons = new BitSet();
        for (Candidate c : found) if (c.type() == EntityType.PERSON) persons.set(c.first(), c.last() + 1);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < idx.size(); i++) {
                if (taken.get(i) || !plainCapitalised(idx, i)) continue;
                if (listedWithPerson(idx, i, persons) || subjectOfHumanVerb(idx, i)) {
                    Optional<Candidate> c = cleaner.clean(i, i, EntityType.PERSON, idx);
                    if (c.isPresent()) {
                        out.add(c.get());
                        taken.set(i);
                        persons.set(i);
                        grew = true;
                    }
                }
            }
        }
        return out;
    }

    private boolean plainCapitalised(TokenIndex idx, int i) {
        if (!idx.capitalised(i) || !idx.pos(i).startsWith("NNP") || i == idx.firstOf(idx.sentence(i))) return false;
        String w = idx.word(i);
        if (w.equals(w.toUpperCase())) return false;
        return !gazetteer.demonym(w) && gazetteer.place(w).isEmpty() && titles.phrase(List.of(w)).isEmpty();
    }

    private static boolean subjectOfHumanVerb(TokenIndex idx, int i) {
        if (idx.capitalised(i + 1) || idx.capitalised(i - 1) && idx.pos(i - 1).startsWith("NNP")) return false;
        int next = i + 1;
        while (next < idx.size() && idx.pos(next).startsWith("RB")) next++;
        return next < idx.size() && idx.sentence(next) == idx.sentence(i) && HUMAN_VERBS.contains(idx.lower(next));
    }

    private static boolean listedWithPerson(TokenIndex idx, int i, BitSet persons) {
        if (idx.capitalised(i + 1) && idx.pos(i + 1).startsWith("NNP")) return false;
        if (idx.capitalised(i - 1) && idx.pos(i - 1).startsWith("NNP") && !persons.get(i - 1)) return false;
        // after: ", and Z" / "and Z" / ", Z" / ", as well as Z"
        int j = i + 1;
        int s = idx.sentence(i);
        int seen = 0;
        while (j < idx.size() && idx.sentence(j) == s && seen < 4
                && (LINKS.contains(idx.lower(j)) || Set.of("as", "well").contains(idx.lower(j)))) {
            j++;
            seen++;
        }
        if (seen > 0 && j < idx.size() && persons.get(j)) return true;
        // before: "X, Y" / "X and Y" / "X, and Y"
        int k = i - 1;
        seen = 0;
        while (k >= 0 && idx.sentence(k) == s && seen < 2 && LINKS.contains(idx.lower(k))) {
            k--;
            seen++;
        }
        return seen > 0 && k >= 0 && persons.get(k);
    }

    private void extendToOrganisations(List<Candidate> found, BitSet taken, TokenIndex idx) {
        for (Candidate c : List.copyOf(found)) {
            if (c.type() == EntityType.PERSON) continue;
            int j = c.last() + 1;
            int s = idx.sentence(c.last());
            while (j < idx.size() && idx.sentence(j) == s && idx.capitalised(j) && !taken.get(j)
                    && idx.pos(j).matches("NNP|JJ|NNPS")) j++;
            if (j == c.last() + 1 || j >= idx.size() || idx.sentence(j) != s) continue;
            if (idx.capitalised(j) || !ORG_HEADS.contains(idx.lower(j))) continue;
            Optional<Candidate> org = cleaner.clean(c.first(), j, EntityType.ORG, idx);
            if (org.isPresent()) {
                // the place stays a mention of its own inside the organisation's name
                found.add(org.get());
                taken.set(c.first(), j + 1);
            }
        }
    }

    /**
     * An organisation name followed by {@code of} and a place name is one organisation
     * ({@code Workers' Party of Ostrova}, {@code the Bank of Varga}), whose initials an
     * acronym may spell; the place stays a mention of its own inside it.
     */
    private void extendByPlace(List<Candidate> found, BitSet taken, TokenIndex idx) {
        for (Candidate c : List.copyOf(found)) {
            if (c.type() != EntityType.ORG || !idx.lower(c.last() + 1).equals("of")) continue;
            int s = idx.sentence(c.last());
            for (Candidate p : found) {
                if (p.first() != c.last() + 2 || idx.sentence(p.last()) != s
                        || p.type() != EntityType.GPE && p.type() != EntityType.LOC) {
                    continue;
                }
                if (idx.capitalised(p.last() + 1) && idx.sentence(p.last() + 1) == s) break; // a longer name goes on
                Optional<Candidate> org = cleaner.clean(c.first(), p.last(), EntityType.ORG, idx);
                if (org.isPresent()) {
                    found.remove(c);
                    found.add(org.get());
                    taken.set(c.first(), p.last() + 1);
                }
                break;
            }
        }
    }

    /**
     * A name followed by a lower-case place head is that place ({@code Jackson county},
     * {@code Coosa river}, {@code Main street}), and so is the name after {@code county of}
     * ({@code the county of Chariton}): old print writes the head word in lower case, and
     * the finder takes the name before it for a person's.
     */
    private void extendToPlaces(List<Candidate> found, BitSet taken, TokenIndex idx) {
        for (int k = 0; k < found.size(); k++) {
            Candidate c = found.get(k);
            if (!c.roles().isEmpty()) continue;
            int head = idx.wordEnd(c.last() + 1);
            int first = c.first();
            int last = c.last();
            if (head < idx.size() && placeHead(idx, c.last() + 1, head) && taken.get(c.last() + 1, head + 1).isEmpty()
                    && placeCue(idx.words(c.first(), head))) {
                last = head;
            } else if (idx.lower(first - 1).equals("of") && COUNTY_HEADS.contains(idx.lower(first - 2))
                    && idx.sentence(first - 2) == idx.sentence(first) && taken.get(first - 2, first).isEmpty()) {
                first -= 2;
            } else {
                continue;
            }
            Optional<Candidate> place = cleaner.clean(first, last, EntityType.LOC, idx);
            if (place.isPresent()) {
                found.set(k, place.get());
                taken.set(first, last + 1);
            }
        }
    }

    /** A capitalised word or two, not opening a sentence, before a lower-case place head: {@code Coosa river}. */
    private void placesByHead(List<Candidate> out, BitSet taken, TokenIndex idx) {
        for (int i = 0; i < idx.size(); i++) {
            if (taken.get(i) || !idx.capitalised(i) || idx.wordStart(i) != i || i == idx.firstOf(idx.sentence(i))) continue;
            int last = idx.wordEnd(i);
            if (last + 1 < idx.size() && idx.capitalised(last + 1) && !taken.get(last + 1) && idx.pos(last + 1).startsWith("NNP")
                    && idx.sentence(last + 1) == idx.sentence(i)) {
                last = idx.wordEnd(last + 1);
            }
            int head = idx.wordEnd(last + 1);
            if (head >= idx.size() || taken.get(last + 1, head + 1).cardinality() > 0 || !placeHead(idx, last + 1, head)) continue;
            List<String> words = idx.words(i, head);
            if (!placeCue(words) || gazetteer.demonym(words.get(0)) || titles.phrase(List.of(words.get(0))).isPresent()) continue;
            if (!idx.pos(i).startsWith("NNP") && !idx.pos(i).startsWith("JJ")) continue;
            Optional<Candidate> c = cleaner.clean(i, head, EntityType.LOC, idx);
            if (c.isPresent()) {
                out.add(c.get());
                taken.set(i, head + 1);
            }
            i = head;
        }
    }

    /** {@return true when tokens {@code [a, b]} are one lower-case word in the same sentence as the token before} */
    private static boolean placeHead(TokenIndex idx, int a, int b) {
        String w = idx.wordAt(a);
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && idx.wordEnd(a) == b
                && idx.sentence(b) == idx.sentence(a - 1);
    }

    /** {@return true when the last word of {@code words} types them a place or a facility} */
    private boolean placeCue(List<String> words) {
        Optional<EntityType> cue = gazetteer.lastCue(words.get(words.size() - 1));
        return cue.isPresent() && cue.get() != EntityType.ORG && cue.get() != EntityType.PERSON;
    }

    private void groups(List<Candidate> out, BitSet taken, TokenIndex idx) {
        for (int i = 0; i + 1 < idx.size(); i++) {
            if (taken.get(i) || taken.get(i + 1) || !gazetteer.demonym(idx.word(i)) || !idx.capitalised(i)) continue;
            int j = i + 1;
            while (j < idx.size() && idx.sentence(j) == idx.sentence(i) && idx.capitalised(j) && !taken.get(j)
                    && idx.pos(j).startsWith("NNP")) j++;
            int last = j - 1;
            if (last == i || !idx.pos(last).equals("NNPS")) continue;
            Optional<Candidate> c = cleaner.clean(i, last, EntityType.ORG, idx);
            if (c.isPresent()) {
                out.add(c.get());
                taken.set(i, last + 1);
            }
        }
    }

    /** Words that end a "the X" proper name by opening a longer one: "the Battle of ...", "the Army of ...". */
    private static final Set<String> LONGER_NAME = Set.of("of", "'s", "’s");

    /**
     * "the" and one to three capitalised proper nouns the name finder missed: a plural is a group
     * ("the Mensheviks"); a singular counts when the text names it so twice ("the Directory" ...
     * "the Directory"), once being as likely a heading word or a title. Never a title ("the
     * Emperor"), nor a name going on with "of" or a possessive.
     */
    private void definiteNames(List<Candidate> out, BitSet taken, TokenIndex idx) {
        List<int[]> spans = new ArrayList<>();
        java.util.Map<String, Integer> times = new java.util.HashMap<>();
        for (int i = 0; i + 1 < idx.size(); i++) {
            if (!idx.lower(i).equals("the") || taken.get(i + 1)) continue;
            int j = i + 1;
            while (j < idx.size() && j - i <= 3 && idx.sentence(j) == idx.sentence(i) && !taken.get(j)
                    && idx.capitalised(j) && idx.pos(j).startsWith("NNP") && !idx.word(j).equals(idx.word(j).toUpperCase())) {
                j++;
            }
            int last = j - 1;
            if (last == i || j < idx.size() && (taken.get(j) || idx.capitalised(j) && idx.sentence(j) == idx.sentence(i)
                    || LONGER_NAME.contains(idx.lower(j)))) {
                continue;
            }
            List<String> words = idx.words(i + 1, last);
            String head = words.get(words.size() - 1);
            // peoples ("the Ethiopians") are found and linked as peoples, elsewhere
            if (titles.phrase(words).isPresent() || titles.head(head).isPresent() || gazetteer.demonym(head)
                    || head.endsWith("s") && gazetteer.demonym(head.substring(0, head.length() - 1))) {
                continue;
            }
            spans.add(new int[] {i + 1, last});
            times.merge(String.join(" ", words), 1, Integer::sum);
        }
        for (int[] span : spans) {
            List<String> words = idx.words(span[0], span[1]);
            boolean plural = idx.pos(span[1]).equals("NNPS");
            if (!plural && times.get(String.join(" ", words)) < 2 || taken.get(span[0])) continue;
            EntityType type = gazetteer.place(String.join(" ", words)).isPresent() ? EntityType.GPE : EntityType.ORG;
            Optional<Candidate> c = cleaner.clean(span[0], span[1], type, idx);
            if (c.isPresent()) {
                out.add(c.get());
                taken.set(span[0], span[1] + 1);
            }
        }
    }
}
