package org.annalist.annotate.entity;

import org.annalist.annotate.Pronouns;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.MentionKind;

/**
 * Links the pronouns of groups and bodies to what they stand for: {@code they, them, their,
 * themselves} to a plural group ({@code the rebels … their leaders}, {@code the Ostrovans …
 * they}), {@code it, its, itself} to an organisation or state ({@code the Varga Republic …
 * its army}). Candidates are the mentions earlier in the pronoun's sentence, or failing those
 * in the sentence before; a subject pronoun continues a subject among them, else a lone
 * candidate wins, else the pronoun is left unlinked. A person is never {@code it}, and one
 * person never {@code they}. Pronouns inside quotations are not linked, and an {@code it}
 * that only holds a place for a clause after it ({@code it was hard to see that …}) refers to
 * nobody.
 */
final class GroupPronouns {

    private static final Set<String> SUBJECTS = Set.of("they", "it");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> COPULAS = Set.of("is", "was", "be", "been", "seems", "seemed", "appears",
            "appeared", "became", "becomes", "'s", "’s");

    /** {@return true for a pronoun this resolver links} */
    static boolean handles(String lower) {
        return Pronouns.plural(lower) || Pronouns.neuter(lower);
    }

    /** {@return the chain {@code pronoun} refers to}, or empty when unsure */
    Optional<Chain> resolve(Candidate pronoun, List<Linked> before, TokenIndex idx) {
        if (idx.quoted(pronoun.first()) || placeholder(pronoun, idx)) return Optional.empty();
        Optional<Chain> emphatic = emphatic(pronoun, before);
        if (emphatic.isPresent()) return emphatic;
        int s = idx.sentence(pronoun.first());
        List<Linked> here = candidates(pronoun, before, idx, s);
        if (!here.isEmpty()) return pick(pronoun, here, idx);
        if (s == 0) return Optional.empty();
        List<Linked> last = candidates(pronoun, before, idx, s - 1);
        // a plain "it" reaches back a sentence only to its subject: things and events are "it" too
        if (pronoun.head().equals("it")) last = last.stream().filter(l -> subject(l.mention(), idx)).toList();
        return pick(pronoun, last, idx);
    }

    /** "the Ostrovans themselves", "the council itself": a reflexive right after a mention stresses it */
    private static Optional<Chain> emphatic(Candidate pronoun, List<Linked> before) {
        if (!pronoun.head().endsWith("self") && !pronoun.head().endsWith("selves") || before.isEmpty()) {
            return Optional.empty();
        }
        Linked l = before.get(before.size() - 1);
        return l.mention().last() == pronoun.first() - 1 && l.mention().kind() != MentionKind.PRONOUN
                && !l.chain().person() ? Optional.of(l.chain()) : Optional.empty();
    }

    private static List<Linked> candidates(Candidate pronoun, List<Linked> before, TokenIndex idx, int sentence) {
        boolean plural = Pronouns.plural(pronoun.head());
        List<Linked> out = new ArrayList<>();
        for (Linked l : PronounResolver.earlierInSentence(pronoun, before, idx, sentence)) {
            Candidate m = l.mention();
            if (idx.quoted(m.first())) continue;
            // "the council sent them": an object is never the subject of its own clause (binding principle B)
            if (object(pronoun) && Salience.subjectOfClauseOf(m, pronoun, idx)) continue;
            // a state is "they" only as the subject a subject "they" continues: "the Republic … They"
            boolean state = plural && m.kind() == MentionKind.NAME && m.type() == EntityType.GPE && subject(pronoun, idx)
                    && subject(m, idx);
            if (state || (plural ? group(m, l.chain()) : body(m, l.chain()))) out.add(l);
        }
        return out;
    }

    /**
     * {@return true for a mention "they" may stand for}: a plural noun phrase, a plural group
     * pronoun, a plural name, or a body of people ({@code the council … they}), never a state
     */
    private static boolean group(Candidate m, Chain chain) {
        return switch (m.kind()) {
            case NOMINAL -> m.article() != Candidate.Article.INDEFINITE
                    && (m.plural() || m.type() == EntityType.ORG && chain.type() == EntityType.ORG);
            case PRONOUN -> Pronouns.plural(m.head());
            case NAME -> m.type() != EntityType.PERSON && m.name().size() == 1
                    && m.surname().endsWith("s") && !m.surname().endsWith("ss") || m.type() == EntityType.ORG;
        };
    }

    /** {@return true for a singular organisation or state}: never a person, never a plural group */
    private static boolean body(Candidate m, Chain chain) {
        if (chain.person() || m.type() == EntityType.PERSON) return false;
        return switch (m.kind()) {
            case NOMINAL -> !m.plural() && m.article() != Candidate.Article.INDEFINITE
                    && (m.type() == EntityType.ORG || m.type() == EntityType.GPE);
            case PRONOUN -> Pronouns.neuter(m.head());
            case NAME -> m.type() == EntityType.ORG || m.type() == EntityType.GPE;
        };
    }

    private static Optional<Chain> pick(Candidate pronoun, List<Linked> candidates, TokenIndex idx) {
        if (subject(pronoun, idx)) {
            for (Linked l : candidates) if (subject(l.mention(), idx)) return Optional.of(l.chain());
        }
        if (PronounResolver.possessive(pronoun, idx)) {
            Optional<Chain> owner = PronounResolver.owner(pronoun, candidates, idx, true);
            if (owner.isPresent()) return owner;
        }
        Set<Chain> distinct = new LinkedHashSet<>();
        for (Linked l : candidates) distinct.add(l.chain());
        return distinct.size() == 1 ? Optional.of(distinct.iterator().next()) : Optional.empty();
    }

    /** {@return true when the mention is the subject of a finite verb}: {@code they marched}, {@code the rebels had} */
    private static boolean subject(Candidate m, TokenIndex idx) {
        if (m.kind() == MentionKind.PRONOUN) {
            if (!SUBJECTS.contains(m.head())) return false;
            int next = m.last() + 1;
            while (next < idx.size() && idx.pos(next).startsWith("RB")) next++;
            return next < idx.size() && idx.sentence(next) == idx.sentence(m.first()) && FINITE.contains(idx.pos(next));
        }
        return Salience.subject(m, idx);
    }

    private static boolean object(Candidate pronoun) {
        return pronoun.head().equals("them") || pronoun.head().equals("it");
    }

    /** {@return true for an {@code it} that holds a place for a clause}: {@code it was clear that}, {@code it seemed wise to} */
    private static boolean placeholder(Candidate pronoun, TokenIndex idx) {
        if (!pronoun.head().equals("it")) return false;
        int next = pronoun.last() + 1;
        if (next >= idx.size() || !COPULAS.contains(idx.lower(next))) return false;
        int s = idx.sentence(pronoun.first());
        for (int k = next + 1; k < idx.size() && k <= next + 5 && idx.sentence(k) == s; k++) {
            if (idx.pos(k).equals("TO") || idx.lower(k).equals("that")) return true;
            if (idx.word(k).equals(",") || idx.word(k).equals(".")) return false;
        }
        return false;
    }
}
