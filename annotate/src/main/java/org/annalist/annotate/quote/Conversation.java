package org.annalist.annotate.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.annalist.annotate.quote.EntityIndex.Placed;
import org.annalist.model.Span;

/**
 * Speakers that dialogue shows without saying: the second stage of a sieve after the cues of
 * each quote's own sentence, after Muzny et al. (2017), "A Two-stage Sieve Approach for Quote
 * Attribution", and He et al. (2013). A paragraph (up to {@link #TURN_LENGTH} characters) is
 * a turn: its quotes are one speaker's.
 * For the quotes still without a speaker, in text order, the first rule that applies decides:
 * <ol>
 *   <li><b>same turn</b>: a quote takes the speaker of the nearest attributed quote of its
 *       paragraph ({@code “Yes,” said Ann. “Come in.”});</li>
 *   <li><b>vocative</b>: the person the turn just before addressed by name
 *       ({@code “Tell me, Ann,”}) answers;</li>
 *   <li><b>sole person</b>: a paragraph with narrative names one person outside its quotes
 *       ({@code Ann looked up. “Never.”});</li>
 *   <li><b>conversation</b>: in a run of quote-only paragraphs, speakers alternate — the
 *       speaker of the turn before last speaks again when the last turn was someone else's
 *       (the narrator's {@code I said} too); a line or two of narrative between turns does not
 *       end the run;</li>
 *   <li><b>narrative before</b>: a quote-only paragraph after a paragraph of narrative is
 *       spoken by the person that narrative leaves on stage (the subject of its last sentence);</li>
 *   <li><b>the other one</b>: a quote-only paragraph answering an attributed turn is spoken by
 *       the last person named before that turn who is not its speaker.</li>
 * </ol>
 * A speaker is never the addressee its own words name. Not thread-safe: one per document.
 */
final class Conversation {

    /** The longest paragraph that is one turn of dialogue; a longer one is an essay's, quoting many. */
    static final int TURN_LENGTH = 2000;

    /**
     * How many paragraphs a turn may lie before the next and still be the turn before it: up
     * to two lines of narrative ({@code He tilted me again.}) do not break a conversation.
     */
    static final int GAP = 3;

    /** How far back, in characters, the other party of a conversation may have been named. */
    static final int OTHER_REACH = 2000;

    private final String text;
    private final List<Span> paragraphs;
    private final List<FoundQuote> speech;
    private final EntityIndex index;
    private final Function<Span, Optional<String>> onStage;
    private boolean[] cued = new boolean[0];

    /** The rule that gave a quote its speaker: what the speaker ranker weighs each by. */
    enum Rule { SAME_TURN, VOCATIVE, SOLE_PERSON, ALTERNATION, NARRATIVE_BEFORE, OTHER_PARTY }

    /**
     * The attributions after the dialogue filled the gaps, and the rule that filled each.
     *
     * @param rules for each quote, the rule that gave it its speaker; empty when the dialogue left it as it was
     */
    record Filled(List<Attribution> attributions, List<Optional<Rule>> rules) {
    }

    /** A paragraph with speech: its index among the paragraphs and its quotes' indices. */
    private record Turn(int paragraph, List<Integer> quotes, boolean quoteOnly) {
    }

    /**
     * @param onStage the person a narrative paragraph leaves on stage, if any
     */
    Conversation(String text, List<Span> paragraphs, List<FoundQuote> speech, EntityIndex index,
                 Function<Span, Optional<String>> onStage) {
        this.text = Objects.requireNonNull(text, "text");
        this.paragraphs = List.copyOf(paragraphs);
        this.speech = List.copyOf(speech);
        this.index = Objects.requireNonNull(index, "index");
        this.onStage = Objects.requireNonNull(onStage, "onStage");
    }

    /**
     * {@return {@code explicit} with the speakers the dialogue shows filled in}; a quote whose
     * own sentence decided it has nobody (cued: {@code was told}, {@code I said}) keeps nobody
     */
    Filled fill(List<Attribution> explicit, boolean[] cued) {
        if (explicit.size() != speech.size() || cued.length != speech.size()) {
            throw new IllegalArgumentException(explicit.size() + " attributions and " + cued.length + " cues for "
                    + speech.size() + " quotes");
        }
        this.cued = cued.clone();
        List<Attribution> out = new ArrayList<>(explicit);
        List<Optional<Rule>> rules = new ArrayList<>(java.util.Collections.nCopies(out.size(), Optional.empty()));
        List<Turn> turns = turns();
        for (int i = 0; i < turns.size(); i++) {
            final int t = i;
            Turn turn = turns.get(t);
            sameTurn(turn, out, rules);
            if (speaker(turn, out).isPresent()) continue;
            Map<Rule, Supplier<Optional<String>>> tried = new LinkedHashMap<>();
            tried.put(Rule.VOCATIVE, () -> vocative(turns, t, out));
            tried.put(Rule.SOLE_PERSON, () -> solePerson(turn));
            tried.put(Rule.ALTERNATION, () -> alternation(turns, t, out));
            tried.put(Rule.NARRATIVE_BEFORE, () -> narrativeBefore(turn));
            tried.put(Rule.OTHER_PARTY, () -> otherParty(turns, t, out));
            for (Map.Entry<Rule, Supplier<Optional<String>>> rule : tried.entrySet()) {
                Optional<String> found = rule.getValue().get();
                if (found.isEmpty()) continue;
                if (found.equals(addressee(turn, out))) break;
                for (int k : turn.quotes()) {
                    if (cued[k]) continue;
                    Attribution a = out.get(k);
                    out.set(k, new Attribution(found, a.addresseeId(), a.cue()));
                    rules.set(k, Optional.of(rule.getKey()));
                }
                break;
            }
        }
        return new Filled(List.copyOf(out), List.copyOf(rules));
    }

    /** The paragraphs holding speech, in order. */
    private List<Turn> turns() {
        List<Turn> out = new ArrayList<>();
        int current = -1;
        List<Integer> quotes = new ArrayList<>();
        for (int k = 0; k < speech.size(); k++) {
            int p = Spans.indexHolding(paragraphs, speech.get(k).span().start());
            if (p < 0 || paragraphs.get(p).length() > TURN_LENGTH) continue;
            if (p != current && !quotes.isEmpty()) {
                out.add(new Turn(current, List.copyOf(quotes), quoteOnly(current, quotes)));
                quotes.clear();
            }
            current = p;
            quotes.add(k);
        }
        if (!quotes.isEmpty()) out.add(new Turn(current, List.copyOf(quotes), quoteOnly(current, quotes)));
        return out;
    }

    /** {@return true when no word of paragraph {@code p} lies outside its quotes} */
    private boolean quoteOnly(int p, List<Integer> quotes) {
        Span para = paragraphs.get(p);
        int at = para.start();
        for (int k : quotes) {
            Span q = speech.get(k).span();
            if (!Word.in(text, at, Math.max(at, Math.min(q.start(), para.end()))).isEmpty()) return false;
            at = Math.max(at, q.end());
        }
        return at >= para.end() || Word.in(text, at, para.end()).isEmpty();
    }

    /** Quotes of a turn without a speaker take the nearest attributed one's, the one before first. */
    private void sameTurn(Turn turn, List<Attribution> out, List<Optional<Rule>> rules) {
        List<Integer> ks = turn.quotes();
        for (int i = 0; i < ks.size(); i++) {
            if (out.get(ks.get(i)).speakerId().isPresent() || cued[ks.get(i)]) continue;
            Optional<Attribution> from = Optional.empty();
            for (int j = i - 1; j >= 0 && from.isEmpty(); j--) {
                if (out.get(ks.get(j)).speakerId().isPresent()) from = Optional.of(out.get(ks.get(j)));
            }
            for (int j = i + 1; j < ks.size() && from.isEmpty(); j++) {
                if (out.get(ks.get(j)).speakerId().isPresent()) from = Optional.of(out.get(ks.get(j)));
            }
            if (from.isPresent() && !from.get().speakerId().equals(out.get(ks.get(i)).addresseeId())) {
                Attribution a = out.get(ks.get(i));
                out.set(ks.get(i), new Attribution(from.get().speakerId(), a.addresseeId(), from.get().cue()));
                rules.set(ks.get(i), Optional.of(Rule.SAME_TURN));
            }
        }
    }

    /**
     * {@return who holds a turn}: its speaker, or someone we cannot name (the narrator's
     * {@code I said}, {@code said another}) standing for a party of the conversation all the same
     */
    private Optional<String> party(Turn turn, List<Attribution> out) {
        Optional<String> named = speaker(turn, out);
        if (named.isPresent()) return named;
        for (int k : turn.quotes()) if (cued[k]) return Optional.of(UNNAMED + turn.paragraph());
        return Optional.empty();
    }

    /** The prefix of an unnamed party: no entity id starts so. */
    private static final String UNNAMED = "\u0000unnamed@";

    private static Optional<String> speaker(Turn turn, List<Attribution> out) {
        for (int k : turn.quotes()) if (out.get(k).speakerId().isPresent()) return out.get(k).speakerId();
        return Optional.empty();
    }

    private static Optional<String> addressee(Turn turn, List<Attribution> out) {
        for (int k : turn.quotes()) if (out.get(k).addresseeId().isPresent()) return out.get(k).addresseeId();
        return Optional.empty();
    }

    /** {@return the turn before turn {@code t} when no more than {@link #GAP} paragraphs before it, else empty} */
    private Optional<Turn> adjacentBefore(List<Turn> turns, int t) {
        if (t == 0) return Optional.empty();
        Turn prev = turns.get(t - 1);
        // a quote running over paragraphs (or lines) ends its turn where its last mark stands
        Span last = speech.get(prev.quotes().get(prev.quotes().size() - 1)).span();
        int end = Math.max(prev.paragraph(), Spans.indexHolding(paragraphs, last.end() - 1));
        return end >= turns.get(t).paragraph() - GAP ? Optional.of(prev) : Optional.empty();
    }

    /** {@code “Tell me, Ann,”} in the turn before: Ann answers. */
    private Optional<String> vocative(List<Turn> turns, int t, List<Attribution> out) {
        return adjacentBefore(turns, t).flatMap(prev -> {
            Optional<String> addressed = addressee(prev, out);
            return addressed.isPresent() && !addressed.equals(speaker(prev, out)) ? addressed : Optional.empty();
        });
    }

    /** A paragraph with narrative that names one person outside its quotes. */
    private Optional<String> solePerson(Turn turn) {
        if (turn.quoteOnly()) return Optional.empty();
        List<Placed> people = index.peopleIn(paragraphs.get(turn.paragraph()));
        if (people.isEmpty()) return Optional.empty();
        String id = people.get(0).entity().id();
        return people.stream().allMatch(p -> p.entity().id().equals(id)) ? Optional.of(id) : Optional.empty();
    }

    /** A, B, A: in a run of quote-only turns the speaker of the turn before last speaks again. */
    private Optional<String> alternation(List<Turn> turns, int t, List<Attribution> out) {
        if (!turns.get(t).quoteOnly()) return Optional.empty();
        Optional<Turn> last = adjacentBefore(turns, t);
        if (last.isEmpty()) return Optional.empty();
        Optional<Turn> beforeLast = adjacentBefore(turns, t - 1);
        if (beforeLast.isEmpty()) return Optional.empty();
        Optional<String> a = party(last.get(), out);
        Optional<String> b = speaker(beforeLast.get(), out);
        return b.isPresent() && !b.equals(a) ? b : Optional.empty();
    }

    /** A quote-only paragraph after narrative: the person the narrative leaves on stage. */
    private Optional<String> narrativeBefore(Turn turn) {
        if (!turn.quoteOnly() || turn.paragraph() == 0) return Optional.empty();
        Span prev = paragraphs.get(turn.paragraph() - 1);
        boolean quoted = speech.stream().anyMatch(q -> q.span().overlaps(prev));
        return quoted ? Optional.empty() : onStage.apply(prev);
    }

    /** A quote-only paragraph answering an attributed turn: the last other person named before it. */
    private Optional<String> otherParty(List<Turn> turns, int t, List<Attribution> out) {
        if (!turns.get(t).quoteOnly()) return Optional.empty();
        Optional<Turn> last = adjacentBefore(turns, t);
        if (last.isEmpty()) return Optional.empty();
        Optional<String> a = party(last.get(), out);
        if (a.isEmpty()) return Optional.empty();
        int before = paragraphs.get(last.get().paragraph()).start();
        List<Placed> people = index.peopleIn(Span.of(Math.max(0, before - OTHER_REACH), before));
        for (int i = people.size() - 1; i >= 0; i--) {
            String id = people.get(i).entity().id();
            if (!Optional.of(id).equals(a)) return Optional.of(id);
        }
        return Optional.empty();
    }
}
