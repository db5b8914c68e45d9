package org.annalist.annotate.entity;

import java.util.Set;
import org.annalist.model.layer.MentionKind;

/** Where a mention stands in its clause, for the linkers: subject, object, relative antecedent. */
final class Salience {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "that", "who", "whom", "which", "—", "–",
            "(", ")", "and", "but");
    private static final Set<String> SUBORDINATORS = Set.of("after", "because", "if", "while", "although", "though",
            "since", "that", "before", "until", "unless", "as", "once", "whereas", "whether");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose");

    private Salience() {
    }

    /** {@return true when the mention is the subject of a finite verb}: {@code Grant well knew} */
    static boolean subject(Candidate m, TokenIndex idx) {
        if (m.kind() == MentionKind.PRONOUN && !SUBJECT_PRONOUNS.contains(m.head())) return false;
        int prev = m.first() - 1;
        if (prev >= 0 && idx.sentence(prev) == idx.sentence(m.first())
                && (idx.pos(prev).equals("TO") || idx.pos(prev).equals("IN") && !SUBORDINATORS.contains(idx.lower(prev)))) {
            return false; // "the letter from X reached": X is in a prepositional phrase
        }
        int next = m.last() + 1;
        if (idx.possessiveMark(next)) return false;
        while (next < idx.size() && idx.pos(next).startsWith("RB")) next++;
        return next < idx.size() && idx.sentence(next) == idx.sentence(m.first()) && FINITE.contains(idx.pos(next));
    }

    /**
     * {@return true when {@code other} is the subject of the verb whose object {@code m} is}:
     * in {@code X summoned the marshal}, X is not the marshal
     */
    static boolean subjectOfSameClause(Candidate m, Candidate other, TokenIndex idx) {
        int verb = m.first() - 1;
        if (verb < 0 || !idx.pos(verb).startsWith("VB") || other.last() >= verb) return false;
        for (int i = other.last() + 1; i < verb; i++) {
            if (CLAUSE_BREAKS.contains(idx.lower(i))) return false;
        }
        return idx.sentence(other.first()) == idx.sentence(m.first());
    }

    /**
     * {@return true when {@code subject} is the subject of the clause {@code m} stands in}:
     * {@code The child stared at him}, {@code Peter had asked him}; not across a clause break
     * ({@code X said that he}, {@code X came, and Y saw him})
     */
    static boolean subjectOfClauseOf(Candidate subject, Candidate m, TokenIndex idx) {
        if (subject.last() >= m.first() || idx.sentence(subject.first()) != idx.sentence(m.first())) return false;
        if (!subject(subject, idx)) return false;
        for (int i = subject.last() + 1; i < m.first(); i++) {
            if (CLAUSE_BREAKS.contains(idx.lower(i)) || SUBORDINATORS.contains(idx.lower(i)) || idx.pos(i).equals("TO")
                    || idx.pos(i).equals("VBG") || idx.pos(i).startsWith("W")) {
                return false;
            }
        }
        return true;
    }

    /** {@return true when {@code m} lies in a relative clause on {@code other}}: {@code X, whom the leader …} */
    static boolean insideRelativeOn(Candidate m, Candidate other, TokenIndex idx) {
        int comma = other.last() + 1;
        if (idx.possessiveMark(comma)) comma++;
        if (!idx.word(comma).equals(",") || !RELATIVES.contains(idx.lower(comma + 1))) return false;
        if (m.first() <= comma + 1) return false;
        for (int i = comma + 2; i < m.first(); i++) if (idx.word(i).equals(",")) return false;
        return true;
    }
}
