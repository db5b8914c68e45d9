package org.annalist.annotate.entity;

import org.annalist.annotate.Pronouns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.quote.FoundQuote;
import org.annalist.annotate.quote.QuoteFinder;
import org.annalist.model.BlockQuote;
import org.annalist.model.Heading;
import org.annalist.model.Span;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Metonymy;

/**
 * The person who writes or tells the text: one entity for the first-person singular
 * pronouns ({@code I, me, my, mine, myself}) outside quotations, block quotes, headings and
 * transcript turns — there {@code I} is whoever speaks or wrote the quoted words.
 *
 * <p>The narrator is named by the document's author when its metadata names one, else
 * {@value #UNNAMED}. When the author's name is also a person of the text ({@code General
 * Grant} in Grant's memoirs), the pronouns join that person instead of making a second one:
 * same surname, given names that agree ({@code U. S.} and {@code Ulysses S.}), gender and
 * form of address that agree. First-person plural ({@code we, us, our}) is left out: it is a
 * group — the narrator's army, family or party — whose members the text does not say.
 *
 * <p>The narrator entity is flagged ({@code Entity.narrator()}), so that a historian's
 * {@code I} of a preface is not mistaken for a participant of the history; nothing else in
 * the entity stage links to the narrator's pronouns.
 */
final class Narrator {

    /** The name of a narrator whose document names no author. */
    static final String UNNAMED = "the narrator";

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "esq");
    private static final Set<String> FEMALE_ADDRESS = Set.of("mrs", "miss", "madame", "mme", "lady", "ms");

    private final GivenNames givenNames;

    Narrator(GivenNames givenNames) {
        this.givenNames = givenNames;
    }

    /**
     * {@return the narrator's pronouns}: first-person singular pronouns (tagged {@code PRP} or
     * {@code PRP$}) outside quotations, block quotes, headings, transcript turns and names
     * ({@code Charles I})
     */
    List<Candidate> mentions(TokenIndex idx, AnnotatedText text, List<Candidate> names) {
        // inside quotation marks "I" is the speaker's: the quote stage's own pairing tells where
        List<Span> quoted = new ArrayList<>();
        for (FoundQuote q : new QuoteFinder().find(text.maskedText(), text.structure().paragraphs())) {
            if (q.depth() == 0) quoted.add(q.span());
        }
        quoted.sort(Comparator.naturalOrder());
        List<Span> apart = new ArrayList<>();
        for (BlockQuote b : text.structure().blockQuotes()) apart.add(b.span());
        for (Heading h : text.structure().headings()) apart.add(h.span());
        for (TranscriptTurn t : text.structure().turns()) apart.add(t.span());
        for (Candidate n : names) apart.add(n.span());
        apart.sort(Comparator.naturalOrder());
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < idx.size(); i++) {
            if (!Pronouns.firstPersonSingular(idx.lower(i)) || !idx.pos(i).startsWith("PRP")) continue;
            Span span = idx.token(i).span();
            if (inside(quoted, span) || inside(apart, span) || romanNumeral(idx, i)) continue;
            out.add(new Candidate(span, MentionKind.PRONOUN, EntityType.PERSON, i, i, List.of(), List.of(),
                    Gender.UNKNOWN, idx.lower(i), List.of(), Candidate.Article.NONE, false, false, Metonymy.NONE));
        }
        return out;
    }

    /** "Charles I", "CHAPTER I.", "Part I": a capital I after a capitalised word, not followed by a verb */
    private static boolean romanNumeral(TokenIndex idx, int i) {
        if (!idx.word(i).equals("I") || i == 0 || idx.sentence(i - 1) != idx.sentence(i) || !idx.capitalised(i - 1)) {
            return false;
        }
        if (i + 1 >= idx.size() || idx.sentence(i + 1) != idx.sentence(i)) return true;
        String next = idx.pos(i + 1);
        return !(next.startsWith("VB") || next.equals("MD") || next.startsWith("RB"));
    }

    private static boolean inside(List<Span> sorted, Span span) {
        // sorted by start: the candidates holding span start at or before it
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() <= span.start()) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo - 1; k >= 0 && k >= lo - 8; k--) {
            if (sorted.get(k).contains(span)) return true;
        }
        return false;
    }

    /**
     * Joins {@code mentions} to the author's chain among {@code chains}, or to a new chain
     * inserted in order of first mention; marks it as the narrator. Nothing happens when
     * there are no mentions: an author who never says {@code I} does not narrate.
     */
    void attach(List<Candidate> mentions, List<Chain> chains, Optional<String> author, TokenIndex idx) {
        if (mentions.isEmpty()) return;
        Optional<Chain> named = author.flatMap(a -> authorChain(a, chains));
        Chain chain;
        if (named.isPresent()) {
            chain = named.get();
            for (Candidate c : mentions) chain.add(c);
        } else {
            chain = new Chain(mentions.get(0));
            for (Candidate c : mentions.subList(1, mentions.size())) chain.add(c);
            int at = 0;
            Span first = mentions.get(0).span();
            while (at < chains.size() && chains.get(at).mentions().get(0).span().compareTo(first) < 0) at++;
            chains.add(at, chain);
        }
        chain.narrate(author.orElse(UNNAMED));
        for (int i = chains.size() - 1; i >= 0; i--) {
            Chain other = chains.get(i);
            if (other != chain && theAuthor(other, idx)) {
                chain.absorb(other);
                chains.remove(i);
            }
        }
    }

    /**
     * {@return true for a chain of {@code the author} in the narration and its pronouns}: a
     * text that says {@code I} calls its teller {@code the author} in its chapter summaries
     * ({@code The author gives some account of himself}); not {@code the author of …}
     */
    private static boolean theAuthor(Chain chain, TokenIndex idx) {
        boolean author = false;
        for (Candidate m : chain.mentions()) {
            if (m.kind() == MentionKind.PRONOUN) continue;
            if (m.kind() != MentionKind.NOMINAL || !m.head().equals("author") || !m.modifiers().isEmpty()
                    || m.article() != Candidate.Article.DEFINITE || m.plural() || idx.quoted(m.first())
                    || m.last() + 1 < idx.size() && idx.lower(m.last() + 1).equals("of")) {
                return false;
            }
            author = true;
        }
        return author;
    }

    /** {@return the person of the text the author's name names}, the one most named when several may */
    Optional<Chain> authorChain(String author, List<Chain> chains) {
        List<String> words = nameWords(author);
        if (words.isEmpty()) return Optional.empty();
        String surname = words.get(words.size() - 1);
        List<String> given = words.subList(0, words.size() - 1);
        Gender gender = given.isEmpty() ? Gender.UNKNOWN : givenNames.of(given.get(0));
        Chain best = null;
        int bestScore = -1;
        for (Chain c : chains) {
            if (!c.person() || !c.surnames().contains(surname) || !c.gender().agrees(gender)) continue;
            if (gender == Gender.MALE && c.roles().stream().anyMatch(r -> FEMALE_ADDRESS.contains(r.replace(".", "")))) {
                continue;
            }
            boolean givenAgree = true;
            for (List<String> g : c.givenNames()) givenAgree &= given.isEmpty() || NameVariants.compatible(g, given);
            if (!givenAgree) continue;
            int named = (int) c.mentions().stream().filter(m -> m.kind() == MentionKind.NAME).count();
            // a chain whose given names agree is surer than one known by surname only
            int score = (c.givenNames().isEmpty() ? 0 : 1_000_000) + named;
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * {@return the author's name as lower-case words, surname last}: "Grant, Ulysses S." and
     * "Ulysses S. Grant (1822-1885)" both give {@code [ulysses, s., grant]}; suffixes
     * ({@code Jr.}) are left out
     */
    static List<String> nameWords(String author) {
        String plain = author.replaceAll("\\([^)]*\\)", " ").replaceAll("[0-9]+(?:\\s*[-–]\\s*[0-9]*)?", " ").strip();
        String[] parts = plain.split("\\s*,\\s*");
        List<String> words = new ArrayList<>();
        if (parts.length >= 2 && !parts[1].isBlank() && !SUFFIXES.contains(key(parts[1]))) {
            words.addAll(split(parts[1]));
            words.addAll(split(parts[0]));
        } else {
            words.addAll(split(parts[0]));
        }
        words.removeIf(w -> SUFFIXES.contains(key(w)));
        return words;
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.strip().split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static String key(String w) {
        return w.strip().replace(".", "").toLowerCase(Locale.ROOT);
    }
}
