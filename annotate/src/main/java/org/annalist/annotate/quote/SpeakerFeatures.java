package org.annalist.annotate.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.quote.EntityIndex.Gender;
import org.annalist.annotate.quote.EntityIndex.Placed;
import org.annalist.annotate.quote.SpeakerAttributor.Cue;
import org.annalist.annotate.quote.SpeakerAttributor.Sieve;
import org.annalist.model.Span;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.MentionKind;

/**
 * The people who may have spoken each quotation, and what the text says of each, as numbers
 * a {@link SpeakerRanker} weighs. The candidates: every person mentioned from
 * {@link #BACK} characters before the quote to {@link #AHEAD} after it, the speakers and
 * addressees the sieve gave the quotes around it, and the narrator. The features, each in
 * [0, 1], are general: the sieve's verdict and its cue, turn-taking (who spoke the quotes before
 * and after, whether narrative lies between), who is addressed, how near and how recent each
 * person's mentions are, a person named as the subject of a reporting verb next to the quote,
 * the same sentence or paragraph, salience, the narrator, and agreement with a {@code he}/{@code
 * she} cue. Not thread-safe: one per document.
 */
final class SpeakerFeatures {

    /** The features, in the order of a row. */
    static final List<String> NAMES = List.of(
            "sieve.verb",            // the sieve's speaker, named by a reporting verb of the quote's sentence
            "sieve.verb.pronoun",    // … where that subject was he or she
            "sieve.subject",         // the sieve's speaker, the subject of the sentence framing the quote
            "sieve.previous",        // the sieve's speaker, named in the sentence before a quote standing alone
            "sieve.continued",       // the sieve's speaker, the speaker of the line before going on after its cue
            "sieve.same-turn",       // the sieve's speaker, found by turn-taking: another quote of the paragraph's
            "sieve.vocative",        // … addressed by the turn before
            "sieve.sole-person",     // … the one person the paragraph's narrative names
            "sieve.alternation",     // … the speaker of the turn before last
            "sieve.narrative-before",// … the one the narrative before leaves on stage
            "sieve.other-party",     // … the last other person named before the turn answered
            "addressed",             // addressed in the quote (a vocative, told X)
            "prev1.speaker.adjacent",// spoke the quote before, nothing but quotes between
            "prev1.speaker.narrative",// spoke the quote before, narrative between
            "prev1.cue.between",     // spoke the quote before, only its reporting clause between (“…,” said X. “…”)
            "prev1.cue.between.asked",// the same, the quote before a question (“…?” said X. “…”: the other answers)
            "prev2.speaker.adjacent",// spoke the quote before last, the turns adjacent (A, B, A)
            "prev1.addressee",       // addressed by the quote before: answers
            "next1.addressee",       // addressed by the quote after: the one it answers spoke this
            "next1.cued.adjacent",   // named by a verb as the speaker of the next quote, adjacent
            "next1.cued.narrative",  // the same, narrative between
            "turn.before.same",      // named by a verb as the speaker of an earlier quote of the same turn
            "turn.before.even",      // … of an earlier quote an even number of turns back (A, B, A)
            "turn.before.odd",       // … of an earlier quote an odd number of turns back: the other party
            "turn.before.same.cue",  // the same three, across a line after narrative, which may or may not end a turn
            "turn.before.even.cue",
            "turn.before.odd.cue",
            "turn.after.same",       // the same six, for the quotes after
            "turn.after.even",
            "turn.after.odd",
            "turn.after.same.cue",
            "turn.after.even.cue",
            "turn.after.odd.cue",
            "before.rank1",          // the last person mentioned outside quotes before the quote
            "before.rank2",
            "before.rank3",
            "before.near",           // 1 / (1 + characters to the last mention before / 100)
            "after.near",            // 1 / (1 + characters to the first mention after / 100)
            "after.inverted",        // “…,” said X
            "after.subject",         // “…,” X said
            "before.subject",        // X said, “…”
            "sentence.same",         // mentioned outside quotes in the quote's sentence
            "paragraph.same",        // mentioned outside quotes in the quote's paragraph (when paragraphs are turns)
            "in.quote",              // mentioned inside the quote's own words
            "salience.window",       // mentions in reach, out of 10
            "salience.document",     // mentions in the document, on a log scale against the most mentioned
            "narrator",              // the narrator (I outside quotes)
            "named",                 // has a proper name
            "gender.agrees",         // a he/she cue next to the quote agrees with the person's gender
            "gender.disagrees");

    /** How far before a quote, in characters, a candidate may be mentioned. */
    static final int BACK = 2500;
    /** How far after a quote, in characters, a candidate may be mentioned. */
    static final int AHEAD = 300;
    /** How many words after a quote, or before it, a reporting-verb cue may lie. */
    private static final int CUE_WORDS = 8;
    private static final Set<String> HE_SHE = Set.of("he", "she");

    private final String text;
    private final List<Span> sentences;
    private final List<Span> paragraphs;
    private final boolean turnsKnown;
    private final List<FoundQuote> speech;
    private final List<Span> quotes;
    private final EntityIndex index;
    private final Sieve sieve;
    private final ReportingVerbs verbs;
    private final Optional<String> narrator;

    SpeakerFeatures(String text, List<Span> sentences, List<Span> paragraphs, boolean turnsKnown, List<FoundQuote> speech,
                    List<Span> quotes, EntityIndex index, Sieve sieve, ReportingVerbs verbs) {
        this.text = text;
        this.sentences = sentences;
        this.paragraphs = paragraphs;
        this.turnsKnown = turnsKnown;
        this.speech = speech;
        this.quotes = quotes;
        this.index = index;
        this.sieve = sieve;
        this.verbs = verbs;
        this.narrator = index.mentionsIn(Span.of(0, text.length())).stream().map(Placed::entity)
                .filter(Entity::narrator).map(Entity::id).findFirst();
    }

    /** {@return one choice for each speech quote, in order} */
    List<SpeakerChoice> choices() {
        List<SpeakerChoice> out = new ArrayList<>(speech.size());
        for (int k = 0; k < speech.size(); k++) out.add(choice(k));
        return out;
    }

    private SpeakerChoice choice(int k) {
        Span q = speech.get(k).span();
        Span reach = Span.of(Math.max(0, q.start() - BACK), Math.min(text.length(), q.end() + AHEAD));
        List<Placed> near = index.mentionsIn(reach);
        Set<String> ids = new LinkedHashSet<>();
        for (Placed p : near) if (p.entity().type() == EntityType.PERSON) ids.add(p.entity().id());
        for (int j = Math.max(0, k - 2); j <= Math.min(speech.size() - 1, k + 1); j++) {
            sieve.filled().get(j).speakerId().ifPresent(ids::add);
            sieve.filled().get(j).addresseeId().ifPresent(ids::add);
        }
        narrator.ifPresent(ids::add);

        Map<String, double[]> rows = new HashMap<>();
        for (String id : ids) rows.put(id, new double[NAMES.size()]);

        Attribution own = sieve.filled().get(k);
        Cue cue = sieve.kinds().get(k);
        own.speakerId().ifPresent(id -> {
            boolean pronoun = sieve.cues().get(k).cue().map(c -> HE_SHE.contains(lower(c))).orElse(false);
            switch (cue) {
                case VERB -> set(rows, id, pronoun ? "sieve.verb.pronoun" : "sieve.verb", 1);
                case SUBJECT -> set(rows, id, "sieve.subject", 1);
                case PREVIOUS_SENTENCE -> set(rows, id, "sieve.previous", 1);
                case CONTINUED -> set(rows, id, "sieve.continued", 1);
                case NONE -> sieve.rules().get(k).ifPresent(rule ->
                        set(rows, id, "sieve." + rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), 1));
            }
        });
        own.addresseeId().ifPresent(id -> set(rows, id, "addressed", 1));

        if (k > 0) {
            boolean adjacent = nothingBetween(speech.get(k - 1).span().end(), q.start());
            Attribution prev = sieve.filled().get(k - 1);
            if (q.start() - speech.get(k - 1).span().end() < BACK) {
                String feature = adjacent ? "prev1.speaker.adjacent"
                        : !onlyCueBetween(k) ? "prev1.speaker.narrative"
                        : asked(speech.get(k - 1)) ? "prev1.cue.between.asked" : "prev1.cue.between";
                prev.speakerId().ifPresent(id -> set(rows, id, feature, 1));
                prev.addresseeId().ifPresent(id -> set(rows, id, "prev1.addressee", 1));
            }
            if (k > 1 && adjacent && nothingBetween(speech.get(k - 2).span().end(), speech.get(k - 1).span().start())) {
                sieve.filled().get(k - 2).speakerId().ifPresent(id -> set(rows, id, "prev2.speaker.adjacent", 1));
            }
        }
        if (k + 1 < speech.size() && speech.get(k + 1).span().start() - q.end() < BACK) {
            sieve.filled().get(k + 1).addresseeId().ifPresent(id -> set(rows, id, "next1.addressee", 1));
        }
        if (k + 1 < speech.size() && sieve.kinds().get(k + 1) == Cue.VERB) {
            Span next = speech.get(k + 1).span();
            if (next.start() - q.end() < BACK) {
                boolean adjacent = nothingBetween(q.end(), next.start());
                sieve.cues().get(k + 1).speakerId()
                        .ifPresent(id -> set(rows, id, adjacent ? "next1.cued.adjacent" : "next1.cued.narrative", 1));
            }
        }

        turns(k, rows);

        // recency and nearness, outside quotes
        List<String> recent = new ArrayList<>();
        Map<String, Integer> before = new HashMap<>();
        Map<String, Integer> after = new HashMap<>();
        Map<String, Integer> inReach = new HashMap<>();
        int sentence = Spans.indexHolding(sentences, q.start());
        int lastSentence = Spans.indexHolding(sentences, Math.max(q.start(), q.end() - 1));
        Span sentenceSpan = sentence < 0 ? q : Span.of(sentences.get(sentence).start(),
                sentences.get(Math.max(sentence, lastSentence)).end());
        int paragraph = turnsKnown ? Spans.indexHolding(paragraphs, q.start()) : -1;
        for (Placed p : near) {
            String id = p.entity().id();
            if (!rows.containsKey(id)) continue;
            if (q.contains(p.span())) {
                if (!isFirstPerson(p)) set(rows, id, "in.quote", 1);
                continue;
            }
            if (index.insideQuote(p.span())) continue;
            inReach.merge(id, 1, Integer::sum);
            if (p.span().end() <= q.start()) before.put(id, q.start() - p.span().end());
            else if (p.span().start() >= q.end()) after.putIfAbsent(id, p.span().start() - q.end());
            if (sentenceSpan.contains(p.span())) set(rows, id, "sentence.same", 1);
            if (paragraph >= 0 && paragraphs.get(paragraph).contains(p.span())) set(rows, id, "paragraph.same", 1);
        }
        for (int i = near.size() - 1; i >= 0 && recent.size() < 3; i--) {
            Placed p = near.get(i);
            if (p.span().end() > q.start() || !rows.containsKey(p.entity().id()) || index.insideQuote(p.span())) continue;
            if (!recent.contains(p.entity().id())) recent.add(p.entity().id());
        }
        for (int r = 0; r < recent.size(); r++) set(rows, recent.get(r), "before.rank" + (r + 1), 1);
        before.forEach((id, d) -> set(rows, id, "before.near", 1.0 / (1 + d / 100.0)));
        after.forEach((id, d) -> set(rows, id, "after.near", 1.0 / (1 + d / 100.0)));
        inReach.forEach((id, n) -> set(rows, id, "salience.window", Math.min(1.0, n / 10.0)));

        Optional<Gender> gender = verbCues(k, q, rows);
        double most = Math.log1p(index.mostMentions());
        for (String id : ids) {
            double[] row = rows.get(id);
            row[NAMES.indexOf("salience.document")] = Math.log1p(index.mentionCount(id)) / most;
            Optional<Entity> e = index.entity(id);
            if (narrator.isPresent() && narrator.get().equals(id)) row[NAMES.indexOf("narrator")] = 1;
            if (e.isPresent() && e.get().mentions().stream().anyMatch(m -> m.kind() == MentionKind.NAME)) {
                row[NAMES.indexOf("named")] = 1;
            }
            if (gender.isPresent()) {
                Gender g = index.genderOfEntity(id);
                if (g == gender.get()) row[NAMES.indexOf("gender.agrees")] = 1;
                else if (g != Gender.UNKNOWN) row[NAMES.indexOf("gender.disagrees")] = 1;
            }
        }
        List<String> candidates = List.copyOf(ids);
        List<double[]> features = candidates.stream().map(rows::get).toList();
        Optional<String> sieveSpeaker = own.speakerId();
        return new SpeakerChoice(q, candidates, features, sieveSpeaker, cue == Cue.VERB && sieveSpeaker.isPresent(),
                own.addresseeId());
    }

    /**
     * Marks the subjects of reporting verbs next to the quote ({@code “…,” said X},
     * {@code “…,” X said}, {@code X said, “…”}) and {@return the gender a he or she in that
     * place asks for}
     */
    private Optional<Gender> verbCues(int k, Span q, Map<String, double[]> rows) {
        Optional<Gender> gender = Optional.empty();
        int stop = Math.min(text.length(), q.end() + 120);
        if (k + 1 < speech.size()) stop = Math.min(stop, speech.get(k + 1).span().start());
        List<Word> right = Word.in(text, q.end(), stop);
        if (right.size() > CUE_WORDS) right = right.subList(0, CUE_WORDS);
        if (!right.isEmpty() && text.substring(q.end(), right.get(0).span().start()).matches("[\\s,;:—–-]*")) {
            int len = verbs.matchAt(right, 0);
            if (len > 0) {
                for (int i = len; i < Math.min(right.size(), len + 4); i++) {
                    Optional<Gender> g = mark(rows, right.get(i), "after.inverted");
                    if (g.isPresent()) return g.get() == Gender.UNKNOWN ? Optional.empty() : g;
                }
            } else {
                for (int i = 0; i < Math.min(right.size(), 4); i++) {
                    boolean verbNext = false;
                    for (int v = i + 1; v < Math.min(right.size(), i + 4) && !verbNext; v++) verbNext = verbs.matchAt(right, v) > 0;
                    if (!verbNext) continue;
                    Optional<Gender> g = mark(rows, right.get(i), "after.subject");
                    if (g.isPresent()) {
                        gender = g.get() == Gender.UNKNOWN ? Optional.empty() : g;
                        break;
                    }
                }
            }
        }
        int start = Math.max(0, q.start() - 160);
        if (k > 0) start = Math.max(start, speech.get(k - 1).span().end());
        int sentence = Spans.indexHolding(sentences, q.start());
        if (sentence >= 0) start = Math.max(start, sentences.get(sentence).start());
        List<Word> left = Word.in(text, Math.min(start, q.start()), q.start());
        for (int v = left.size() - 1; v >= Math.max(0, left.size() - CUE_WORDS); v--) {
            if (verbs.matchAt(left, v) == 0) continue;
            for (int i = v - 1; i >= Math.max(0, v - 3); i--) {
                Optional<Gender> g = mark(rows, left.get(i), "before.subject");
                if (g.isPresent()) {
                    if (gender.isEmpty() && g.get() != Gender.UNKNOWN) gender = g;
                    break;
                }
            }
            break;
        }
        return gender;
    }

    /**
     * Sets {@code feature} for the candidate whose mention covers {@code w}; {@return the
     * gender {@code w} asks for when it is he or she (UNKNOWN when another mention), empty when
     * no candidate's mention covers it and it is no pronoun}
     */
    private Optional<Gender> mark(Map<String, double[]> rows, Word w, String feature) {
        Optional<Placed> m = index.covering(w.span());
        boolean pronoun = HE_SHE.contains(w.lower());
        if (m.isPresent() && rows.containsKey(m.get().entity().id())) set(rows, m.get().entity().id(), feature, 1);
        if (pronoun) return Optional.of(EntityIndex.genderOf(w.lower()));
        return m.isPresent() ? Optional.of(Gender.UNKNOWN) : Optional.empty();
    }

    /** How many quotes before or after a quote turn-taking looks for one a verb attributes. */
    private static final int TURN_QUOTES = 6;

    /**
     * Turn-taking: the quotes before and after, within {@link #TURN_QUOTES} quotes and
     * {@link #BACK} characters, whose speakers reporting verbs name, the nearest of each
     * speaker in each direction; that speaker speaks this quote too when both lie in one turn
     * or an even number of turns apart.
     */
    private void turns(int k, Map<String, double[]> rows) {
        Set<String> seenSpeakers = new java.util.HashSet<>();
        for (int dir : new int[] {-1, 1}) {
            int turnsApart = 0;
            boolean unsure = false;
            for (int j = k + dir, seen = 0; j >= 0 && j < speech.size() && seen < TURN_QUOTES; j += dir, seen++) {
                int later = Math.max(j, j - dir);
                Boundary b = boundaryBefore(later);
                if (b == Boundary.TURN) turnsApart++;
                if (b == Boundary.MAYBE) unsure = true;
                if (speech.get(later).span().start() - speech.get(later - 1).span().end() > BACK) break;
                if (sieve.kinds().get(j) != Cue.VERB || sieve.cues().get(j).speakerId().isEmpty()) continue;
                String id = sieve.cues().get(j).speakerId().get();
                if (!seenSpeakers.add(dir + id)) continue;
                set(rows, id, (dir < 0 ? "turn.before." : "turn.after.")
                        + (turnsApart == 0 ? "same" : turnsApart % 2 == 0 ? "even" : "odd") + (unsure ? ".cue" : ""), 1);
            }
        }
    }

    /** What lies between a quote and the one before it. */
    private enum Boundary {
        /** the same turn: the quote does not open its paragraph (or line) */
        NONE,
        /** a new turn: it opens its paragraph, or opens a line right after the quote before */
        TURN,
        /** it opens a line after narrative: a new paragraph, or the same one's next sentence */
        MAYBE
    }

    /**
     * {@return what lies between quote {@code i} and the one before}: where paragraphs are
     * turns, a quote opening its paragraph opens a turn; where a line holds a sentence, a quote
     * opening its line opens a turn when nothing but quotes came since the quote before, and
     * may open one after narrative ({@code “…,” said Dick, kneeling.⏎“There's …”} goes on)
     */
    private Boundary boundaryBefore(int i) {
        int at = speech.get(i).span().start();
        List<Span> units = turnsKnown ? paragraphs : sentences;
        int u = Spans.indexHolding(units, at);
        boolean opens = u < 0 || Word.in(text, units.get(u).start(), at).isEmpty();
        if (!opens) return Boundary.NONE;
        if (turnsKnown || i == 0) return Boundary.TURN;
        return nothingBetween(speech.get(i - 1).span().end(), at) ? Boundary.TURN : Boundary.MAYBE;
    }

    /**
     * {@return true when all that lies between quote {@code k} and the one before is the
     * reporting clause of that one}: a verb named its speaker, and the words between are one
     * sentence of a few words ({@code “…,” said Good.⏎“…”}), where the speaker often goes on
     */
    private boolean onlyCueBetween(int k) {
        if (sieve.kinds().get(k - 1) != Cue.VERB) return false;
        List<Word> between = Word.in(text, speech.get(k - 1).span().end(), speech.get(k).span().start());
        if (between.isEmpty() || between.size() > CUE_WORDS + 2) return false;
        int first = Spans.indexHolding(sentences, between.get(0).span().start());
        int last = Spans.indexHolding(sentences, between.get(between.size() - 1).span().start());
        if (first != last) return false;
        for (int i = 0; i < between.size(); i++) if (verbs.matchAt(between, i) > 0) return true;
        return false;
    }

    /** {@return true when the words of a quote end in a question mark} */
    private boolean asked(FoundQuote q) {
        return text.substring(q.inner().start(), q.inner().end()).strip().endsWith("?");
    }

    /** {@return true when no word lies outside quotes between the two offsets} */
    private boolean nothingBetween(int from, int to) {
        if (to <= from) return true;
        for (Word w : Word.in(text, from, to)) {
            boolean quoted = false;
            for (int i = Spans.countStartingBefore(quotes, Span::start, w.span().start() + 1) - 1; i >= 0 && !quoted; i--) {
                Span s = quotes.get(i);
                if (s.contains(w.span())) quoted = true;
                if (w.span().start() - s.start() > BACK) break;
            }
            if (!quoted) return false;
        }
        return true;
    }

    private static boolean isFirstPerson(Placed p) {
        return Set.of("i", "me", "my", "mine", "myself").contains(p.text());
    }

    private String lower(Span s) {
        return text.substring(s.start(), s.end()).toLowerCase(java.util.Locale.ROOT);
    }

    private static void set(Map<String, double[]> rows, String id, String feature, double value) {
        double[] row = rows.get(id);
        if (row != null) row[NAMES.indexOf(feature)] = value;
    }
}
