package org.annalist.annotate.entity;

import org.annalist.annotate.Pronouns;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.layer.MentionKind;

/**
 * Links a third-person singular pronoun ({@code he, him, his, himself, she, her, hers,
 * herself}) to a person. Candidates are the persons mentioned earlier in the pronoun's
 * sentence, or failing those in the sentence before, whose gender agrees. For a subject
 * pronoun ({@code he}, {@code she}) the subject among them wins; else a lone candidate
 * wins; else the pronoun is left unlinked — a
 * missing link is better than a wrong one. Pronouns and candidates inside quotations are
 * not linked across the quotation mark. An object pronoun ({@code him}, {@code her}) is never
 * the subject of its own clause ({@code The child stared at him}: binding principle B); that
 * takes {@code himself}.
 */
final class PronounResolver {

    /** {@return the gender of the "he" or "she" form {@code word}}, empty for any other word */
    static Optional<Gender> gender(String word) {
        return Pronouns.kind(word).flatMap(k -> k == Pronouns.Kind.MALE ? Optional.of(Gender.MALE)
                : k == Pronouns.Kind.FEMALE ? Optional.of(Gender.FEMALE) : Optional.empty());
    }

    /** {@return the chain {@code pronoun} refers to}, or empty when unsure */
    Optional<Chain> resolve(Candidate pronoun, List<Linked> before, TokenIndex idx) {
        if (idx.quoted(pronoun.first())) return Optional.empty();
        int s = idx.sentence(pronoun.first());
        Optional<Chain> here = pick(pronoun, candidates(pronoun, before, idx, s), idx);
        if (!candidates(pronoun, before, idx, s).isEmpty()) return here;
        return s > 0 ? pick(pronoun, candidates(pronoun, before, idx, s - 1), idx) : Optional.empty();
    }

    /** {@return the mentions of sentence {@code sentence} that come before {@code pronoun}, in text order} */
    static List<Linked> earlierInSentence(Candidate pronoun, List<Linked> before, TokenIndex idx, int sentence) {
        List<Linked> out = new ArrayList<>();
        // "before" is in text order: walk back from its end to the sentence wanted
        for (int i = before.size() - 1; i >= 0; i--) {
            Linked l = before.get(i);
            int s = idx.sentence(l.mention().first());
            if (s < sentence) break;
            if (s == sentence && l.mention().first() < pronoun.first()) out.add(l);
        }
        Collections.reverse(out);
        return out;
    }

    private static List<Linked> candidates(Candidate pronoun, List<Linked> before, TokenIndex idx, int sentence) {
        List<Linked> out = new ArrayList<>();
        for (Linked l : earlierInSentence(pronoun, before, idx, sentence)) {
            Candidate m = l.mention();
            if (!l.chain().person() || !l.chain().gender().agrees(pronoun.gender())) continue;
            if (idx.quoted(m.first()) || m.plural()) continue;
            if (m.kind() == MentionKind.NOMINAL && m.article() != Candidate.Article.DEFINITE) continue;
            if (objectPronoun(pronoun, idx) && Salience.subjectOfClauseOf(m, pronoun, idx)) continue;
            out.add(l);
        }
        return out;
    }

    /** {@return true for {@code his}, {@code its}, {@code their} and a possessive {@code her}} */
    static boolean possessive(Candidate pronoun, TokenIndex idx) {
        return idx.pos(pronoun.first()).equals("PRP$");
    }

    /**
     * {@return the owner a possessive pronoun most likely names}: the one just before "and"
     * ({@code Marsh and his staff}), else, {@code bySubject}, the subject of the pronoun's own
     * clause ({@code the council sent its envoys to Marsh}), when exactly one candidate is that subject
     */
    static Optional<Chain> owner(Candidate pronoun, List<Linked> candidates, TokenIndex idx, boolean bySubject) {
        int and = pronoun.first() - 1;
        if (idx.lower(and).equals("and")) {
            for (Linked l : candidates) {
                if (l.mention().last() == and - 1 || idx.possessiveMark(and - 1) && l.mention().last() == and - 2) {
                    return Optional.of(l.chain());
                }
            }
        }
        if (!bySubject) return Optional.empty();
        Set<Chain> subjects = new LinkedHashSet<>();
        for (Linked l : candidates) if (Salience.subjectOfClauseOf(l.mention(), pronoun, idx)) subjects.add(l.chain());
        return subjects.size() == 1 ? Optional.of(subjects.iterator().next()) : Optional.empty();
    }

    /** {@return true for {@code him} and an object {@code her}}: not a possessive, not a reflexive */
    static boolean objectPronoun(Candidate pronoun, TokenIndex idx) {
        return (pronoun.head().equals("him") || pronoun.head().equals("her")) && idx.pos(pronoun.first()).equals("PRP");
    }

    private static Optional<Chain> pick(Candidate pronoun, List<Linked> candidates, TokenIndex idx) {
        // a subject pronoun continues the subject (parallelism); "his", "him" may point at anyone near
        boolean subjectPronoun = pronoun.head().equals("he") || pronoun.head().equals("she");
        if (subjectPronoun) {
            for (Linked l : candidates) if (Salience.subject(l.mention(), idx)) return Optional.of(l.chain());
        }
        if (possessive(pronoun, idx)) {
            // a person's possessive takes only the sure reading, "Marsh and his staff"; a clause's subject is a
            // group's likely owner but not surely a person's (dev fiction lost links to it)
            Optional<Chain> owner = owner(pronoun, candidates, idx, false);
            if (owner.isPresent()) return owner;
        }
        Set<Chain> distinct = new LinkedHashSet<>();
        for (Linked l : candidates) distinct.add(l.chain());
        return distinct.size() == 1 ? Optional.of(distinct.iterator().next()) : Optional.empty();
    }
}
