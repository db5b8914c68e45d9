package org.annalist.annotate.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.parse.ParsedSentence;
import org.annalist.model.Span;
import org.annalist.model.layer.ClaimKind;

/**
 * Reads from the parse what a figure counts and whose it is: the noun the figure modifies
 * ("10,000 military engagements") or the noun of a partitive ("1,200 of his followers"), with
 * what befell the group when a verb of fate governs it ("were killed or wounded", "eliminated
 * 8,071,350 KMT forces"); whose figure it is comes from the phrase itself (a possessor, a name
 * or a nationality among its modifiers: "Lee's 45,000 men", "the 700,000 Japanese troops"), else
 * from the subject of the clause that has it ("The CPC brought 890,000 troops").
 */
final class CountReader {

    /** What a figure counts, as read from the parse. */
    record Count(String measure, ClaimKind kind, int end, Optional<String> subject) {
    }

    /** Verbs of what befalls a group: the measure carries them ("soldiers killed"). */
    private static final Set<String> FATES = Set.of("kill", "wound", "capture", "arrest", "execute", "shoot", "deport",
            "deploy", "massacre", "murder", "slay", "drown", "imprison", "intern", "exile", "evacuate", "mobilize",
            "mobilise", "repress", "purge", "lose", "eliminate", "surrender", "defect", "desert", "mutiny", "die",
            "perish", "escape", "destroy", "sink", "send", "take");
    private static final Set<String> DEATHS = Set.of("kill", "wound", "execute", "shoot", "massacre", "murder", "slay",
            "drown", "die", "perish", "lose");
    private static final Set<String> TAKEN = Set.of("capture", "arrest", "imprison", "intern", "surrender", "take");
    /** Words that say how many, not what: they stay out of the measure. */
    private static final Set<String> QUANTITY = Set.of("more", "other", "additional", "fresh", "extra", "some", "only",
            "several", "many", "few", "total", "least", "most", "further");

    private final Measures measures;
    private final Sides sides;

    CountReader(Measures measures, Sides sides) {
        this.measures = measures;
        this.sides = sides;
    }

    /** {@return the token of {@code s} heading the figure at {@code figure}}: the one whose head lies outside it */
    static int figureToken(ParsedSentence s, Span figure) {
        int found = -1;
        for (int i = 0; i < s.size(); i++) {
            if (!figure.overlaps(s.span(i))) continue;
            int h = s.head(i);
            if (h < 0 || !figure.overlaps(s.span(h))) return i;
            found = i;
        }
        return found;
    }

    /** {@return what the figure headed by token {@code k} counts}, when it counts a noun */
    Optional<Count> read(ParsedSentence s, int k) {
        int noun = -1;
        // a figure counts the noun after it: "the Eritreans 873" or "Resolution 505" count no Eritreans or resolutions
        if (s.is(k, "nummod") && s.head(k) > k && s.noun(s.head(k))) {
            noun = s.head(k);
        } else {
            for (int c : s.children(k, "nmod")) {
                if (s.caseOf(c).equals("of") && s.noun(c)) noun = c;
            }
        }
        if (noun < 0) return Optional.empty();
        List<String> words = new ArrayList<>();
        for (int c : s.children(noun)) {
            if (c >= noun || c <= k || !(s.is(c, "amod") || s.is(c, "compound"))) continue;
            String w = s.word(c);
            boolean proper = Character.isUpperCase(s.sentence().tokens().get(c).word().charAt(0));
            if (QUANTITY.contains(w) || sides.of(s.sentence().tokens().get(c).word()).isPresent()
                    || proper && s.mentionAt(c).isPresent()) {
                continue;
            }
            words.add(w);
        }
        words.add(s.word(noun));
        Optional<Measures.Entry> entry = measures.ofWord(s.word(noun));
        if (entry.isPresent() && entry.get().kind() == Measures.Kind.UNIT) return Optional.empty();
        ClaimKind kind = entry.flatMap(e -> e.kind().claimKind()).orElse(ClaimKind.COUNT);
        int end = s.span(noun).end();
        int fate = fate(s, noun);
        if (fate >= 0) {
            for (int v : s.conjuncts(fate)) {
                if (!s.verb(v)) continue;
                words.add(s.word(v));
                end = Math.max(end, s.span(v).end());
            }
            if (DEATHS.contains(s.lemma(fate)) && kind != ClaimKind.MATERIEL) kind = ClaimKind.CASUALTIES;
            else if (TAKEN.contains(s.lemma(fate)) && (kind == ClaimKind.FORCES || kind == ClaimKind.COUNT)) {
                kind = ClaimKind.PRISONERS;
            }
        }
        return Optional.of(new Count(String.join(" ", words).toLowerCase(Locale.ROOT), kind, end, subject(s, noun)));
    }

    /** {@return the verb of fate of a figure standing alone as its subject}: "40,000 mutinied" */
    Optional<String> fateOfBare(ParsedSentence s, int k) {
        int v = s.head(k);
        if (!s.is(k, "nsubj") || v < 0 || !s.verb(v) || !FATES.contains(s.lemma(v))) return Optional.empty();
        return Optional.of(s.word(v));
    }

    /** {@return the verb of fate governing the counted noun}: "were killed", "eliminated … forces", "mutinied"; or -1 */
    private static int fate(ParsedSentence s, int noun) {
        int v = s.head(noun);
        if (v < 0 || !s.verb(v) || !FATES.contains(s.lemma(v))) return -1;
        return s.is(noun, "nsubj") || s.is(noun, "obj") ? v : -1;
    }

    /** {@return whose figure it is}: the phrase's own possessor, name or side, else its clause's subject */
    Optional<String> subject(ParsedSentence s, int noun) {
        for (int c : s.children(noun, "nmod:poss")) {
            Optional<String> p = s.party(c);
            if (p.isPresent()) return p;
        }
        for (int c : s.children(noun)) {
            if (!(s.is(c, "amod") || s.is(c, "compound"))) continue;
            // a mention of the modifier alone ("Japanese"), not the group phrase of the figure itself
            Optional<String> own = s.mentionAt(c).filter(o -> !o.mention().span().contains(s.span(noun)))
                    .map(o -> o.entity().id());
            if (own.isPresent()) return own;
            Optional<String> side = sides.of(s.sentence().tokens().get(c).word());
            if (side.isPresent()) return side;
        }
        if (s.is(noun, "obj") || s.is(noun, "obl")) {
            int v = s.head(noun);
            if (v >= 0 && s.verb(v)) {
                List<Integer> who = s.passive(v) ? s.agents(v) : s.subjects(v);
                // "The Ostrovans lost 400": a side word names the side, one id in every document, whatever entity holds it
                for (int w : who) {
                    Optional<String> side = sides.of(s.sentence().tokens().get(w).word());
                    if (side.isPresent()) return side;
                }
                List<String> clause = s.parties(who);
                if (!clause.isEmpty()) return Optional.of(clause.get(0));
            }
        }
        return Optional.empty();
    }
}
