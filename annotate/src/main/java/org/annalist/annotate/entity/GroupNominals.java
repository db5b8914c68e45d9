package org.annalist.annotate.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Metonymy;

/**
 * Finds noun phrases that name a group acting as one party: {@code the Republican
 * government}, {@code his advisers}, {@code six more Southern states}, {@code the rebels},
 * {@code a group of jeering Italian journalists}. The head is a word of
 * {@code group-nouns.txt}; modifiers are adjectives, participles, numbers, names and nouns to
 * its left, led by a determiner, a possessive or a quantifier. A head followed by another
 * noun is a modifier ({@code government troops}: the troops are the group); a predicate
 * ({@code formed a government}, {@code became the army}) refers to nobody new. A bare
 * singular ({@code government} alone) names no particular group and is left out.
 *
 * <p>Each phrase is a nominal mention of its own; the entity stage links a singular one to an
 * earlier phrase with the same head ({@code the government} after {@code the Republican
 * government}) and never joins a group to a named entity on likeness alone.
 */
final class GroupNominals {

    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "a", "an", "one",
            "another", "some", "any", "each", "every", "several", "all", "both", "many", "most", "few", "other", "such",
            "no");
    /** Words before "the" that quantify over the group: "all the states"; "that the rebels" is a clause */
    private static final Set<String> QUANTIFIERS = Set.of("all", "both", "half", "each", "some", "many", "most",
            "several", "any", "none");
    /** "all" and "both" quantify over a set already known: "all Italian armed forces" are the Italians' */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "all", "both");
    private static final Set<String> PREDICATE = Set.of("as", "was", "is", "were", "are", "be", "been", "being",
            "became", "become", "becomes", "remained", "remains", "formed", "form", "forms", "forming");
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "VBN", "VBG", "NN", "NNP", "NNPS", "CD",
            "HYPH");

    /** Heads of a people's forces and rule: "the Italian forces" are the Italians at war, "the Bolshevik government" the Bolsheviks. */
    private static final Set<String> ARMED = Set.of("forces", "troops", "army", "armies", "soldiers", "government",
            "regime", "authorities");

    /** Heads that name a rule: one people's government, regime or administration is one party. */
    private static final Set<String> RULE = Set.of("government", "regime", "administration", "authorities", "cabinet");

    /** How many earlier mentions a group phrase looks back through for what it refers to. */
    static final int REACH = 400;

    private final Map<String, EntityType> heads;
    private final Gazetteer gazetteer;

    GroupNominals(List<String[]> rows, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, EntityType> m = new HashMap<>();
        for (String[] f : rows) m.put(f[0].toLowerCase(Locale.ROOT), EntityType.valueOf(f[1].toUpperCase(Locale.ROOT)));
        this.heads = Map.copyOf(m);
    }

    /** {@return the finder of the standard lexicon, nations named by {@code gazetteer}'s demonyms} */
    static GroupNominals standard(Gazetteer gazetteer) {
        return new GroupNominals(Resources.table("group-nouns.txt", "word", "type"), gazetteer);
    }

    /**
     * {@return the group mentions of the document}; {@code taken} marks the tokens of names
     * and of nominals already found, which a group phrase never heads
     */
    List<Candidate> find(TokenIndex idx, BitSet taken) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < idx.size(); i++) {
            boolean people = nation(idx, i);
            EntityType type = people ? EntityType.ORG : heads.get(idx.lower(i));
            if (type == null || taken.get(i) || idx.quoted(i)) continue;
            if (!idx.pos(i).startsWith("NN") && !people) continue;
            group(idx, i, type, taken).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Candidate> group(TokenIndex idx, int head, EntityType type, BitSet taken) {
        int floor = idx.firstOf(idx.sentence(head));
        int next = head + 1;
        if (next < idx.size() && idx.sentence(next) == idx.sentence(head) && idx.pos(next).startsWith("NN")) {
            return Optional.empty(); // not the head: "government troops", "the army corps"
        }
        int a = head;
        // names inside the phrase are its modifiers: "the KMT government", "the Burmese government"
        while (a - 1 >= floor && modifier(idx, a - 1) && !DETERMINERS.contains(idx.lower(a - 1))) a--;
        int p = a - 1;
        Candidate.Article article;
        if (p >= floor && DETERMINERS.contains(idx.lower(p))) {
            article = DEFINITE.contains(idx.lower(p)) ? Candidate.Article.DEFINITE : Candidate.Article.INDEFINITE;
            a = p;
            // "all the states", "some of the rebels" stay "the states"
            if (a - 1 >= floor && QUANTIFIERS.contains(idx.lower(a - 1)) && idx.lower(a).equals("the")) a--;
        } else if (p >= floor && idx.pos(p).equals("PRP$")) {
            // "his advisers": the possessive is a mention of its own (the possessor's), so it stays out
            article = Candidate.Article.POSSESSIVE;
        } else if (p >= floor && idx.possessiveMark(p)) {
            article = Candidate.Article.POSSESSIVE;
        } else {
            article = Candidate.Article.BARE;
        }
        boolean plural = idx.pos(head).endsWith("S") || type != EntityType.ORG || idx.lower(head).endsWith("s");
        if (article == Candidate.Article.BARE && !plural) return Optional.empty();
        if (idx.lower(a).equals("no")) return Optional.empty();
        int before = a - 1;
        if (before >= floor && PREDICATE.contains(idx.lower(before))) return Optional.empty();
        List<String> modifiers = new ArrayList<>();
        for (int m = a; m < head; m++) {
            if (!DETERMINERS.contains(idx.lower(m)) && !idx.pos(m).equals("PRP$")) modifiers.add(idx.lower(m));
        }
        return Optional.of(new Candidate(idx.span(a, head), MentionKind.NOMINAL, type, a, head, List.of(), List.of(),
                Gender.UNKNOWN, idx.lower(head), modifiers, article, plural, false, Metonymy.NONE));
    }

    /**
     * {@return the chain a definite or bare group phrase refers to}: a named organisation or
     * state its proper words spell ({@code the Red army} is the {@code Red Army}), else the
     * latest group phrase with the same head whose modifiers hold its own ({@code the
     * government} after {@code the Republican government}; a plural only after the very same
     * words: {@code the rebels} after {@code the rebels})
     */
    Optional<Chain> resolve(Candidate c, List<Linked> before, TokenIndex idx) {
        boolean people = gazetteer.demonym(c.head()) || gazetteer.demonym(singular(c.head()))
                || c.plural() && idx.capitalised(c.last());
        if (c.kind() != MentionKind.NOMINAL || !heads.containsKey(c.head()) && !people) return Optional.empty();
        if (c.article() == Candidate.Article.POSSESSIVE) {
            Optional<Chain> same = samePossessor(c, before, idx);
            // "Moscow's Bolshevik government": a place's group is located there, not owned; read it as "the"
            if (same.isPresent() || !possessor(c, before, idx).map(GroupNominals::place).orElse(false)) return same;
        } else if (c.article() != Candidate.Article.DEFINITE && c.article() != Candidate.Article.BARE) {
            return Optional.empty();
        }
        StringBuilder proper = new StringBuilder();
        for (int k = c.first(); k < c.last(); k++) {
            if (idx.capitalised(k) && !DETERMINERS.contains(idx.lower(k))) proper.append(singular(idx.lower(k))).append(' ');
        }
        String spelled = proper.length() == 0 ? "" : proper.append(singular(c.head())).toString();
        int floor = Math.max(0, before.size() - REACH);
        Optional<String> nation = nation(c, idx, c.article() == Candidate.Article.POSSESSIVE);
        // a name the phrase spells is what it refers to, however near a look-alike phrase ("the White
        // army" is the White Army, not "a new White army" two sentences before)
        for (int i = before.size() - 1; i >= floor && !spelled.isEmpty(); i--) {
            Candidate m = before.get(i).mention();
            if (m.kind() == MentionKind.NAME && m.type() != EntityType.PERSON && spelled(m.name()).equals(spelled)) {
                return Optional.of(before.get(i).chain());
            }
        }
        List<String> properWords = properWords(c, idx);
        for (int i = before.size() - 1; i >= floor; i--) {
            Candidate m = before.get(i).mention();
            // "the Italian forces" after "the Italians": a nation at war is its forces
            if (nation.isPresent() && m.kind() == MentionKind.NOMINAL && nation(m, idx).equals(nation)) {
                return Optional.of(before.get(i).chain());
            }
            if (m.kind() != MentionKind.NOMINAL || m.article() == Candidate.Article.POSSESSIVE) continue;
            if (m.head().equals(c.head()) && m.plural() == c.plural()
                    && (c.plural() ? m.modifiers().equals(c.modifiers()) : m.modifiers().containsAll(c.modifiers()))) {
                return Optional.of(before.get(i).chain());
            }
            // "the right-wing KMT regime" after "the KMT government": one rule of the same proper name
            if (!c.plural() && !m.plural() && RULE.contains(c.head()) && RULE.contains(m.head())
                    && !properWords.isEmpty() && properWords(m, idx).equals(properWords)) {
                return Optional.of(before.get(i).chain());
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the chain of a group phrase before that the name {@code c} spells}: "White
     * Armies" after "the White armies"; a person's name is never a group's
     */
    Optional<Chain> named(Candidate c, List<Linked> before, TokenIndex idx) {
        if (c.kind() != MentionKind.NAME || c.type() == EntityType.PERSON || c.name().size() < 2) return Optional.empty();
        String spelled = spelled(c.name());
        int floor = Math.max(0, before.size() - REACH);
        for (int i = before.size() - 1; i >= floor; i--) {
            Candidate m = before.get(i).mention();
            if (m.kind() != MentionKind.NOMINAL || !heads.containsKey(m.head())
                    || m.article() != Candidate.Article.DEFINITE && m.article() != Candidate.Article.BARE) {
                continue;
            }
            List<String> proper = properWords(m, idx);
            if (proper.isEmpty()) continue;
            StringBuilder w = new StringBuilder();
            for (String p : proper) w.append(singular(p)).append(' ');
            if (w.append(singular(m.head())).toString().equals(spelled)) return Optional.of(before.get(i).chain());
        }
        return Optional.empty();
    }

    /** {@return the capitalised words before the head of {@code c}, lower-cased} ("the KMT government" → kmt) */
    private static List<String> properWords(Candidate c, TokenIndex idx) {
        List<String> out = new ArrayList<>();
        for (int k = c.first(); k < c.last(); k++) {
            if (idx.capitalised(k) && !DETERMINERS.contains(idx.lower(k))) out.add(idx.lower(k));
        }
        return out;
    }

    /**
     * {@return the people a group phrase names by its demonym alone}: "the Italians", "the
     * Italian forces", "Japanese troops" → italian, japanese; empty for any other phrase
     */
    private Optional<String> nation(Candidate c, TokenIndex idx) {
        return nation(c, idx, false);
    }

    /** as {@link #nation(Candidate, TokenIndex)}; {@code located}: a place's possessive reads as "the" */
    private Optional<String> nation(Candidate c, TokenIndex idx, boolean located) {
        if (c.article() == Candidate.Article.POSSESSIVE && !located || c.article() == Candidate.Article.INDEFINITE) {
            return Optional.empty();
        }
        boolean proper = c.plural() && idx.capitalised(c.last()) && c.head().endsWith("s");
        if (gazetteer.demonym(c.head()) || gazetteer.demonym(singular(c.head())) || proper) {
            // "the exhausted Ostrovans" are the Ostrovans; "the Northern Ostrovans", "3,000 Ostrovans" a part of them
            boolean plain = properWords(c, idx).isEmpty() && c.modifiers().stream().noneMatch(m -> m.matches(".*\\d.*"));
            return plain ? Optional.of(singular(c.head())) : Optional.empty();
        }
        if (!ARMED.contains(c.head())) return Optional.empty();
        // "the Bolshevik Communist government": the one people among its proper words
        List<String> peoples = properWords(c, idx).stream().filter(gazetteer::demonym).toList();
        if (peoples.size() != 1) return Optional.empty();
        return Optional.of(singular(peoples.get(0)));
    }

    /** "his army" … "Lee's army": the same possessor's group, named by the same words */
    private Optional<Chain> samePossessor(Candidate c, List<Linked> before, TokenIndex idx) {
        Optional<Chain> owner = possessor(c, before, idx);
        if (owner.isEmpty()) return Optional.empty();
        int floor = Math.max(0, before.size() - REACH);
        for (int i = before.size() - 1; i >= floor; i--) {
            Candidate m = before.get(i).mention();
            if (m.kind() == MentionKind.NOMINAL && m.article() == Candidate.Article.POSSESSIVE
                    && m.head().equals(c.head()) && m.modifiers().containsAll(c.modifiers())
                    && possessor(m, before.subList(0, i), idx).equals(owner)) {
                return Optional.of(before.get(i).chain());
            }
        }
        return Optional.empty();
    }

    private static boolean place(Chain c) {
        return c.type() == EntityType.GPE || c.type() == EntityType.LOC;
    }

    /** {@return the chain of the mention that possesses {@code c}}: the one ending just before it ("his", "Lee's") */
    private static Optional<Chain> possessor(Candidate c, List<Linked> before, TokenIndex idx) {
        int end = c.first() - 1;
        if (end >= 0 && idx.possessiveMark(end)) end--;
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - 8; i--) {
            Candidate m = before.get(i).mention();
            if (m.last() == end) return Optional.of(before.get(i).chain());
            if (m.last() < end) break;
        }
        return Optional.empty();
    }

    private static String spelled(List<String> name) {
        StringBuilder out = new StringBuilder();
        for (String w : name) out.append(out.length() == 0 ? "" : " ").append(singular(w.toLowerCase(Locale.ROOT)));
        return out.toString();
    }

    /** {@return the singular of a plural noun}, roughly: armies → army, states → state, men → man */
    static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("men")) return w.substring(0, w.length() - 3) + "man";
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }

    /** "the Germans", "his Eritreans", "the British": a people named by its demonym, acting as one */
    private boolean nation(TokenIndex idx, int i) {
        if (!idx.capitalised(i) || !gazetteer.demonym(idx.word(i)) && !gazetteer.demonym(singular(idx.lower(i)))) {
            return false;
        }
        boolean plural = idx.lower(i).endsWith("s") || idx.pos(i).endsWith("S");
        return led(idx, i) && last(idx, i) && (plural || idx.lower(i).endsWith("sh") || idx.lower(i).endsWith("ese")
                || idx.lower(i).endsWith("ch"));
    }

    /**
     * "the Marshites", "the Hale Loyalists": a capitalised plural noun after "the" or a
     * possessive, no name's word, is a party or people acting as one
     */
    private static boolean properPlural(TokenIndex idx, int i) {
        if (!idx.capitalised(i) || !idx.pos(i).startsWith("NN") || !idx.lower(i).endsWith("s") || idx.lower(i).endsWith("ss")
                || idx.word(i).length() < 4 || idx.word(i).equals(idx.word(i).toUpperCase(Locale.ROOT))) {
            return false;
        }
        return led(idx, i) && last(idx, i);
    }

    /**
     * {@return true when the word at {@code i} is led by "the" or a possessive}, maybe across
     * plain words that describe it: "the Ostrovans", "the exhausted Ostrovans", "his Ostrovans"
     */
    private static boolean led(TokenIndex idx, int i) {
        int k = i - 1;
        int floor = idx.firstOf(idx.sentence(i));
        while (k >= floor && k > i - 4 && !idx.capitalised(k) && describing(idx, k)) k--;
        return k >= floor && (idx.lower(k).equals("the") || idx.pos(k).equals("PRP$") || idx.possessiveMark(k));
    }

    /** "poorly equipped", "exhausted", "invading": a lower-case adjective, participle or adverb before a noun */
    private static boolean describing(TokenIndex idx, int k) {
        String pos = idx.pos(k);
        return pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG") || pos.equals("RB") && !idx.lower(k).equals("not");
    }

    private static boolean last(TokenIndex idx, int i) {
        return i + 1 >= idx.size() || idx.sentence(i + 1) != idx.sentence(i) || !idx.pos(i + 1).startsWith("NN");
    }

    private static boolean modifier(TokenIndex idx, int i) {
        if (idx.possessiveMark(i)) return false;
        String pos = idx.pos(i);
        if (MODIFIER_TAGS.contains(pos)) return true;
        // "newly formed": an adverb before an adjective or participle
        return pos.equals("RB") && (idx.pos(i + 1).startsWith("JJ") || idx.pos(i + 1).equals("VBN"));
    }
}
