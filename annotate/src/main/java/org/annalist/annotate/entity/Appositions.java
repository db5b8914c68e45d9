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
        // the last mention before the comma: the possessor's own ("the enemy") stands after it
        int at = before.size() - 1;
        while (at > 0 && before.get(at).mention().first() > comma) at--;
        Linked last = before.get(at);
        Candidate name = last.mention();
        boolean adjacent = name.kind() == MentionKind.NAME && name.last() == comma - 1
                || name.kind() == MentionKind.NAME && name.last() == comma - 2 && idx.possessiveMark(comma - 1);
        if (!adjacent || !last.chain().person() || idx.possessiveMark(name.last() + 1)) return Optional.empty();
        // "X, Y, and Z": a list of names, not an apposition
        int next = after + 1;
        if (idx.word(after).equals(",") && idx.capitalised(next) && idx.pos(next).startsWith("NNP")) return Optional.empty();
        return Optional.of(last.chain());
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
