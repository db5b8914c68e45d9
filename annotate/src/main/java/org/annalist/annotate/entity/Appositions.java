package org.annalist.annotate.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.layer.MentionKind;

/**
 * Links a nominal set off by commas right after a person's name to that person:
 * {@code X, the government deputy head, …}, {@code X, his new chief of staff and …},
 * {@code X, the enemy's chief of staff, …}. The
 * nominal's words become a role of the person.
 */
final class Appositions {

    /** How many words a possessor may hold: {@code the enemy's}, {@code the old king's}. */
    private static final int POSSESSOR_WORDS = 4;

    private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", "and", "—", "–", ")", "who", "whom");

    private Appositions() {
    }

    /** {@return the chain of the name {@code nominal} stands in apposition to}, if any */
    static Optional<Chain> of(Candidate nominal, List<Linked> before, TokenIndex idx) {
        if (nominal.plural() || before.isEmpty()) return Optional.empty();
        int comma = nominal.first() - 1;
        if (nominal.article() == Candidate.Article.POSSESSIVE && comma > 0 && idx.possessiveMark(comma)) {
            // X, the enemy's chief of staff, …: the possessor stands between the comma and the nominal
            for (int k = comma - 1, words = 0; k > 0 && words < POSSESSOR_WORDS; k--, words++) {
                if (idx.word(k).equals(",")) {
                    comma = k;
                    break;
                }
            }
        }
        if (comma < 1 || !idx.word(comma).equals(",")) return Optional.empty();
        int after = nominal.last() + 1;
        boolean closed = after >= idx.size() || idx.sentence(after) != idx.sentence(nominal.last())
                || CLOSERS.contains(idx.lower(after));
        if (!closed) return Optional.empty();
        // the mention before the comma, past any inside the possessor ("the enemy" of "the enemy's chief")
        int k = before.size() - 1;
        while (k > 0 && before.get(k).mention().first() > comma) k--;
        Linked last = before.get(k);
        Candidate name = last.mention();
        boolean adjacent = name.kind() == MentionKind.NAME && name.last() == comma - 1
                || name.kind() == MentionKind.NAME && name.last() == comma - 2 && idx.possessiveMark(comma - 1);
        if (!adjacent || !last.chain().person() || idx.possessiveMark(name.last() + 1)) return Optional.empty();
        // "X, Y, and Z": a list of names, not an apposition
        int next = after + 1;
        if (idx.word(after).equals(",") && idx.capitalised(next) && idx.pos(next).startsWith("NNP")) return Optional.empty();
        return Optional.of(last.chain());
    }

    /**
     * {@return the nominal a name stands in apposition to}: {@code her nephew, Willie,},
     * {@code The heir presumptive, the very William Walter Elliot, …} — the last mention read,
     * a singular definite or possessive nominal that no earlier mention joined, set off by a
     * comma right before the name, the name closed after; not {@code the master, Tom, and Ann}
     */
    static Optional<Linked> nominalBefore(Candidate name, List<Linked> before, TokenIndex idx) {
        if (before.isEmpty() || name.type() != org.annalist.model.layer.EntityType.PERSON) return Optional.empty();
        Linked last = before.get(before.size() - 1);
        Candidate nominal = last.mention();
        if (nominal.kind() != MentionKind.NOMINAL || nominal.plural() || last.chain().mentions().size() != 1
                || !(nominal.article() == Candidate.Article.DEFINITE || nominal.article() == Candidate.Article.POSSESSIVE)) {
            return Optional.empty();
        }
        int comma = name.first() - 1;
        int from = comma;
        if (idx.lower(from).equals("the") || idx.lower(from).equals("very")) from--; // ", the very X"
        if (idx.lower(from).equals("the")) from--;
        if (from < 1 || !idx.word(from).equals(",") || nominal.last() != from - 1) return Optional.empty();
        if (idx.sentence(from) != idx.sentence(name.first())) return Optional.empty();
        int after = name.last() + 1;
        if (idx.possessiveMark(after)) return Optional.empty();
        boolean closed = after >= idx.size() || idx.sentence(after) != idx.sentence(name.last())
                || CLOSERS.contains(idx.lower(after)) && !idx.lower(after).equals("and");
        if (!closed) return Optional.empty();
        if (idx.word(after).equals(",") && after + 1 < idx.size()
                && (idx.lower(after + 1).equals("and") || idx.capitalised(after + 1) && idx.pos(after + 1).startsWith("NNP"))) {
            return Optional.empty();
        }
        if (from >= 1 && idx.word(nominal.first() - 1).equals(",")) return Optional.empty(); // inside a list
        return Optional.of(last);
    }

    /** {@return the role an apposition gives}: its words without the determiner, lower case */
    static String role(Candidate nominal, TokenIndex idx) {
        int from = nominal.article() == Candidate.Article.BARE ? nominal.first() : nominal.first() + 1;
        if (nominal.article() == Candidate.Article.POSSESSIVE && idx.possessiveMark(nominal.first() - 1)) {
            from = nominal.first();
        }
        return String.join(" ", idx.words(from, nominal.last())).toLowerCase(java.util.Locale.ROOT);
    }
}
