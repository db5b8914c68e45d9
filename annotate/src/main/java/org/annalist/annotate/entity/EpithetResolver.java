package org.annalist.annotate.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.layer.MentionKind;

/**
 * Links a definite nominal to the person it refers back to, in this order:
 * <ol>
 * <li>an earlier definite nominal with the same head whose modifiers include its own
 *     ({@code The emperor} after {@code the Japanese emperor}; not after {@code a born
 *     king} or {@code their king});</li>
 * <li>the latest person given that title with a name ({@code the marshal} after
 *     {@code Marshal X});</li>
 * <li>for an epithet or rank ({@code the despot}, {@code the Chinese leader}), the latest
 *     person mentioned earlier in the sentence or in the sentence before — never the
 *     subject of the verb whose object the nominal is ({@code X summoned the marshal}), nor
 *     the person a relative clause holding it describes ({@code X, whom the leader …}).</li>
 * </ol>
 * Offices qualified by a noun or a country ({@code the defense commissar},
 * {@code the German ambassador}) usually introduce someone new: they link only by 1 or 2.
 * Indefinite nominals never link; a definite plural links only to the same words said nearby
 * ({@code the men} … {@code the men}). A possessive one links only to the same words
 * said before of the same possessor: the narrator's own ({@code my mother} outside
 * quotations) in the narration, else {@code his uncle} after {@code his uncle} or
 * {@code Tom's uncle} whose {@code his} and {@code Tom} are one person — one relation of one
 * person is one person, and {@code his companions} again the same people.
 */
final class EpithetResolver {

    /** How many earlier mentions steps 1 and 2 look through: a few pages of prose. */
    static final int REACH = 2000;

    /** {@return the chain {@code nominal} refers to}, or empty */
    Optional<Chain> resolve(Candidate nominal, List<Linked> before, TokenIndex idx) {
        if (narratorsOwn(nominal, idx)) return earlierNarratorsOwn(nominal, before, idx);
        if (nominal.article() == Candidate.Article.POSSESSIVE) return samePossessor(nominal, before, idx);
        if (nominal.article() == Candidate.Article.DEFINITE && nominal.plural()) return sameGroup(nominal, before);
        if (nominal.article() != Candidate.Article.DEFINITE || nominal.plural()) return Optional.empty();
        int floor = Math.max(0, before.size() - REACH);
        for (int i = before.size() - 1; i >= floor; i--) {
            Candidate m = before.get(i).mention();
            // "the farmer" after "the old farmer" or "a farmer": the same person, introduced before
            if (m.kind() == MentionKind.NOMINAL && m.head().equals(nominal.head()) && !m.plural()
                    && (m.article() == Candidate.Article.DEFINITE || m.article() == Candidate.Article.INDEFINITE)
                    && m.modifiers().containsAll(nominal.modifiers())) {
                return Optional.of(before.get(i).chain());
            }
        }
        for (int i = before.size() - 1; i >= floor; i--) {
            Chain c = before.get(i).chain();
            if (!c.person()) continue;
            for (String role : c.roles()) {
                String last = role.substring(role.lastIndexOf(' ') + 1);
                if (last.equals(nominal.head()) && nominal.modifiers().stream().allMatch(role::contains)) {
                    return Optional.of(c);
                }
            }
        }
        if (!nominal.epithet() || idx.quoted(nominal.first())) return Optional.empty();
        int s = idx.sentence(nominal.first());
        Set<Chain> excluded = new HashSet<>();
        for (int i = before.size() - 1; i >= 0 && idx.sentence(before.get(i).mention().first()) >= s; i--) {
            Linked l = before.get(i);
            if (Salience.subjectOfSameClause(nominal, l.mention(), idx)
                    || Salience.insideRelativeOn(nominal, l.mention(), idx)) {
                excluded.add(l.chain());
            }
        }
        for (int sentence = s; sentence >= Math.max(0, s - 1); sentence--) {
            for (int i = before.size() - 1; i >= 0 && idx.sentence(before.get(i).mention().first()) >= sentence; i--) {
                Linked l = before.get(i);
                Candidate m = l.mention();
                if (idx.sentence(m.first()) != sentence || !l.chain().person() || excluded.contains(l.chain())) continue;
                if (m.kind() == MentionKind.NOMINAL && m.article() != Candidate.Article.DEFINITE) continue;
                if (m.plural() || idx.quoted(m.first()) || !l.chain().gender().agrees(nominal.gender())) continue;
                return Optional.of(l.chain());
            }
        }
        return Optional.empty();
    }

    /** How many earlier mentions a plural looks back through: the same words name the same people only nearby. */
    static final int GROUP_REACH = 100;

    /** {@code the men} again, nearby: the same people, named by the same words */
    private static Optional<Chain> sameGroup(Candidate nominal, List<Linked> before) {
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - GROUP_REACH); i--) {
            Candidate m = before.get(i).mention();
            if (m.kind() == MentionKind.NOMINAL && m.plural() && m.head().equals(nominal.head())
                    && m.article() != Candidate.Article.POSSESSIVE && m.article() != Candidate.Article.INDEFINITE
                    && m.modifiers().equals(nominal.modifiers())) {
                return Optional.of(before.get(i).chain());
            }
        }
        return Optional.empty();
    }

    /** {@code his uncle} again, of the same person: the chain of the earlier one */
    private static Optional<Chain> samePossessor(Candidate nominal, List<Linked> before, TokenIndex idx) {
        Optional<Chain> owner = possessor(nominal, before, idx);
        if (owner.isEmpty()) return Optional.empty();
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - REACH); i--) {
            Candidate m = before.get(i).mention();
            if (m.kind() == MentionKind.NOMINAL && m.article() == Candidate.Article.POSSESSIVE && m.plural() == nominal.plural()
                    && m.head().equals(nominal.head()) && m.modifiers().equals(nominal.modifiers())
                    && possessor(m, before.subList(0, i), idx).equals(owner)) {
                return Optional.of(before.get(i).chain());
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the chain of a possessive nominal's possessor}: its {@code his} or {@code her}
     * as linked, or the name before its {@code ’s}; {@code before} ends before the nominal
     */
    private static Optional<Chain> possessor(Candidate nominal, List<Linked> before, TokenIndex idx) {
        int mark = idx.possessiveMark(nominal.first() - 1) ? nominal.first() - 1 : -1;
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 20); i--) {
            Candidate m = before.get(i).mention();
            if (m.kind() == MentionKind.PRONOUN && m.first() == nominal.first() && !idx.lower(m.first()).equals("my")) {
                return Optional.of(before.get(i).chain());
            }
            if (mark >= 0 && m.kind() != MentionKind.PRONOUN && (m.last() == mark - 1 || m.last() == mark)) {
                return Optional.of(before.get(i).chain());
            }
            if (m.last() < nominal.first() - 3) break;
        }
        return Optional.empty();
    }

    /**
     * {@return true for {@code my mother} or {@code my companions} in the narration}: outside
     * quotes, my is the narrator's, always the same
     */
    private static boolean narratorsOwn(Candidate nominal, TokenIndex idx) {
        return nominal.article() == Candidate.Article.POSSESSIVE
                && idx.lower(nominal.first()).equals("my") && !idx.quoted(nominal.first());
    }

    /** {@code my mother} again in the narration: the narrator's mother named before, the same words */
    private static Optional<Chain> earlierNarratorsOwn(Candidate nominal, List<Linked> before, TokenIndex idx) {
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - REACH); i--) {
            Candidate m = before.get(i).mention();
            if (m.kind() == MentionKind.NOMINAL && narratorsOwn(m, idx) && m.head().equals(nominal.head())
                    && m.plural() == nominal.plural()
                    && m.modifiers().equals(nominal.modifiers())) {
                return Optional.of(before.get(i).chain());
            }
        }
        return Optional.empty();
    }
}
