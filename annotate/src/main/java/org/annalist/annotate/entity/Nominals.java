package org.annalist.annotate.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Metonymy;

/**
 * Finds noun phrases that denote a person by a title, office or epithet: {@code the
 * marshal}, {@code The Chinese leader}, {@code the German ambassador}, {@code one newly
 * appointed provincial NKVD chief}, {@code their emperor}. The head is a word of the
 * {@link Titles} lexicon; modifiers are adjectives, participles and nouns to its left; the
 * determiner says whether it may refer back. A title written before a name
 * ({@code comrade X}) belongs to the name, and a predicate ({@code as commander},
 * {@code was a general}) refers to nobody new, so neither is a nominal.
 */
final class Nominals {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "any", "each", "every",
            "no", "several");
    private static final Set<String> PREDICATE = Set.of("as", "was", "is", "were", "are", "be", "been", "being",
            "became", "become", "becomes", "remained", "remains", "named", "appointed", "made", "elected");
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "VBN", "NN", "NNS", "NNP", "NNPS", "HYPH");

    /** Nouns for a person that are no title ("the old man", "a stranger"): singular heads only. */
    private static final Titles PERSON_NOUNS = new Titles(Resources.table("person-nouns.txt", "phrase", "gender?"));

    private final Titles titles;

    Nominals(Titles titles) {
        this.titles = titles;
    }

    /** {@return the nominal mentions of the document}; {@code names} marks the tokens of person names */
    List<Candidate> find(TokenIndex idx, BitSet personNames) {
        List<Candidate> out = new ArrayList<>();
        int lastEnd = -1;
        for (int i = 0; i < idx.size(); i++) {
            if (!idx.pos(i).startsWith("NN") || personNames.get(i) || i <= lastEnd) continue;
            boolean first = i == idx.firstOf(idx.sentence(i));
            // a capitalised title after "the" is a nominal too: "the Emperor", "the King"
            boolean theTitle = Set.of("the", "his", "her", "their").contains(idx.lower(i - 1))
                    && !(idx.capitalised(i + 1) && idx.pos(i + 1).startsWith("NNP"));
            if (idx.capitalised(i) && !first && !theTitle) continue;
            Optional<Titles.Title> title = titles.head(idx.word(i));
            for (int k = 2; title.isEmpty() && k <= titles.longest(); k++) {
                int from = i - k + 1; // a longer title ending here: "deputy head"
                if (from >= idx.firstOf(idx.sentence(i))) title = titles.phrase(idx.words(from, i));
            }
            if (title.isEmpty() && idx.pos(i).equals("NN") && !idx.capitalised(i)) {
                title = PERSON_NOUNS.phrase(List.of(idx.word(i)));
            }
            boolean group = false;
            if (title.isEmpty() && idx.pos(i).equals("NNS") && !idx.capitalised(i)) {
                title = personNounPlural(idx.lower(i)); // "his companions", "my parents": people of their own
                group = title.isPresent();
            }
            if (title.isEmpty()) continue;
            int end = i;
            for (int k = titles.longest(); k >= 2; k--) {
                int e = i + k - 1;
                if (e < idx.size() && idx.sentence(e) == idx.sentence(i) && titles.phrase(idx.words(i, e)).isPresent()) {
                    end = e;
                    break;
                }
            }
            Optional<Candidate> c = nominal(idx, i, end, title.get(), personNames, group);
            if (c.isPresent()) {
                out.add(c.get());
                lastEnd = end;
            }
        }
        return out;
    }

    /** @param group a plural person noun: a body of people, typed as a group is ({@link GroupNominals}) */
    private Optional<Candidate> nominal(TokenIndex idx, int head, int end, Titles.Title title, BitSet personNames,
                                        boolean group) {
        int floor = idx.firstOf(idx.sentence(head));
        int next = end + 1;
        if (next < idx.size() && idx.sentence(next) == idx.sentence(head)
                && ((idx.capitalised(next) && idx.pos(next).startsWith("NNP")) || idx.word(next).equals("]"))) {
            return Optional.empty(); // a title before a name, or inside an editorial bracket
        }
        if (insideBracket(idx, head, floor)) return Optional.empty();
        if (next < idx.size() && (idx.pos(next).equals("NN") || idx.pos(next).equals("NNS")) && !idx.capitalised(next)) {
            return Optional.empty(); // not the head: "the officer corps"
        }
        int a = head;
        while (a - 1 >= floor && modifier(idx, a - 1) && !personNames.get(a - 1)) a--;
        int p = a - 1;
        Candidate.Article article;
        if (p >= floor && DEFINITE.contains(idx.lower(p))) {
            article = Candidate.Article.DEFINITE;
            a = p;
        } else if (p >= floor && INDEFINITE.contains(idx.lower(p))) {
            article = Candidate.Article.INDEFINITE;
            a = p;
        } else if (p >= floor && idx.pos(p).equals("PRP$")) {
            article = Candidate.Article.POSSESSIVE;
            a = p;
        } else if (p >= floor && idx.possessiveMark(p)) {
            article = Candidate.Article.POSSESSIVE;
        } else {
            article = Candidate.Article.BARE;
        }
        boolean plural = idx.pos(head).endsWith("S") || idx.lower(head).endsWith("s") && !title.phrase().endsWith("s");
        if (article == Candidate.Article.BARE && !plural) return Optional.empty();
        // "men and women", "available workers": a bare plural of a person noun is people in general, no group
        if (article == Candidate.Article.BARE && group) return Optional.empty();
        int before = a - 1;
        if (before >= floor && PREDICATE.contains(idx.lower(before))) return Optional.empty();
        List<String> modifiers = new ArrayList<>();
        boolean nounModifier = false;
        int modFrom = article == Candidate.Article.BARE || (article == Candidate.Article.POSSESSIVE && idx.possessiveMark(p))
                ? a : a + 1;
        for (int m = modFrom; m < head; m++) {
            modifiers.add(idx.lower(m));
            if ((idx.pos(m).equals("NN") || idx.pos(m).equals("NNS")) && !idx.capitalised(m)) nounModifier = true;
        }
        List<String> phrase = new ArrayList<>(modifiers);
        phrase.addAll(idx.words(head, end));
        boolean office = titles.phrase(phrase).filter(t -> !t.epithet()).isPresent();
        boolean epithet = title.epithet() && article == Candidate.Article.DEFINITE && !plural && !nounModifier
                && !office && end == head;
        // the span leaves out a possessive pronoun, a mention of someone else: "his [uncle]", "his [friends]"
        int from = article == Candidate.Article.POSSESSIVE && idx.pos(a).equals("PRP$") ? a + 1 : a;
        return Optional.of(new Candidate(idx.span(from, end), MentionKind.NOMINAL, group ? EntityType.ORG : EntityType.PERSON,
                a, end, List.of(),
                List.of(), title.gender(), idx.lower(head), modifiers, article, plural, epithet, Metonymy.NONE));
    }

    /** Plurals whose singular is not the word less its {@code s}. */
    private static final java.util.Map<String, String> IRREGULAR_PLURALS = java.util.Map.of(
            "children", "child", "brethren", "brother", "folks", "folk", "wives", "wife");

    /** {@return the person noun {@code plural} is the plural of}: companions, ladies, workmen, children */
    static Optional<Titles.Title> personNounPlural(String plural) {
        List<String> singulars = new ArrayList<>();
        if (IRREGULAR_PLURALS.containsKey(plural)) singulars.add(IRREGULAR_PLURALS.get(plural));
        if (plural.endsWith("men")) singulars.add(plural.substring(0, plural.length() - 3) + "man");
        if (plural.endsWith("ies")) singulars.add(plural.substring(0, plural.length() - 3) + "y");
        if (plural.endsWith("es")) singulars.add(plural.substring(0, plural.length() - 2));
        if (plural.endsWith("s")) singulars.add(plural.substring(0, plural.length() - 1));
        for (String one : singulars) {
            Optional<Titles.Title> t = PERSON_NOUNS.phrase(List.of(one));
            if (t.isPresent()) return t;
        }
        return Optional.empty();
    }

    private static boolean modifier(TokenIndex idx, int i) {
        String pos = idx.pos(i);
        if (idx.possessiveMark(i)) return false;
        if (MODIFIER_TAGS.contains(pos)) return true;
        // "newly appointed": an adverb before an adjective or participle
        return pos.equals("RB") && (idx.pos(i + 1).startsWith("JJ") || idx.pos(i + 1).equals("VBN"));
    }

    private static boolean insideBracket(TokenIndex idx, int head, int floor) {
        for (int i = head - 1; i >= floor; i--) {
            if (idx.word(i).equals("]")) return false;
            if (idx.word(i).equals("[")) return true;
        }
        return false;
    }
}
