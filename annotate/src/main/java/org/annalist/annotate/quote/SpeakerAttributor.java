package org.annalist.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.quote.EntityIndex.Placed;
import org.annalist.model.Span;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.MentionKind;

/**
 * Finds who spoke a quotation, and to whom, as entities of the {@link Entities} layer. Cues,
 * tried in this order:
 * <ol>
 *   <li>{@code according to Smith} in the sentence;</li>
 *   <li>a reporting verb after the words: {@code “…,” Smith would observe}, {@code “…,” said the envoy};</li>
 *   <li>a reporting verb before them in the same sentence: {@code Smith radioed that “…”},
 *       {@code He added, “…”}; a participle ({@code adding that “…”}) hands on the speaker of
 *       the sentence's earlier quote, else the sentence's subject;</li>
 *   <li>the subject of the sentence that frames the words: {@code He had dismissed it as “…”};</li>
 *   <li>for a quote that is a sentence of its own, the speaker named in the sentence before.</li>
 * </ol>
 * The first cue found decides: a reporting verb whose subject no entity covers ({@code the
 * report said}), or a passive one ({@code was told}), leaves the speaker empty.
 * A speaker is the entity one of whose mentions covers the cue's head word. A pronoun that no
 * mention covers ({@code he}, {@code she}) goes to the most recent person mentioned outside
 * quotations whose gender, as its own mentions show it, does not contradict the pronoun. When no entity mention covers the cue the speaker stays empty: we do not guess.
 * Addressees come from {@code told X}, {@code to X} after the verb, or a vocative inside the
 * words ({@code Tell me, X,}); the one addressed is never the speaker. Inversions after the
 * words name the speaker too ({@code said he}, {@code cried the parson}: a role word finds the
 * person last named with it). Given paragraphs, the quotes these cues leave without a speaker
 * go to {@link Conversation} (turn-taking); a cue that names nobody ({@code was told},
 * {@code I said}, a pronoun with no person near) keeps them empty. Stateless and thread-safe.
 */
public final class SpeakerAttributor {

    /** How far back, in characters, a pronoun looks for its person. */
    static final int PRONOUN_REACH = 3000;
    /**
     * A cue that decides nobody we can name spoke: a passive verb ({@code was told}) or the
     * narrator ({@code I said}); the dialogue may not fill it in. Compared by identity.
     */
    private static final Attribution NOBODY = new Attribution(Optional.empty(), Optional.empty(), Optional.empty());
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");

    /** How far back, in characters, a role word ({@code the parson}) looks for the person it names. */
    static final int ROLE_REACH = 20_000;
    private static final Set<String> ARTICLES = Set.of("the", "this", "that", "our", "my", "his", "her", "their");
    /** How many words may stand between a reporting verb and the quote it frames. */
    static final int VERB_REACH = 12;

    /** Third-person pronouns only: outside quotations {@code I} is the author or narrator, never the last person named. */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "i", "we", "they", "it", "you");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it");
    private static final Set<String> SKIP_BEFORE_VERB = Set.of(
            "would", "will", "had", "has", "have", "could", "might", "may", "should", "shall", "did", "does", "do",
            "later", "also", "again", "then", "once", "further", "afterwards", "subsequently", "well", "only",
            "even", "soon", "finally", "still", "himself", "herself", "themselves", "now", "too", "not",
            "never", "already", "thus", "so", "first");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are", "be");
    private static final Set<String> TAKES_OBJECT = Set.of(
            "told", "tells", "telling", "informed", "informs", "notified", "warned", "warns", "warning", "assured",
            "reassured", "asked", "asks", "asking", "urged", "ordered", "instructed", "advised", "cautioned",
            "radioed", "cabled", "wired", "telegraphed", "answered", "reminded");

    private final ReportingVerbs verbs;
    private final Optional<SpeakerRanker> ranker;

    /** An attributor by the sieve alone. */
    public SpeakerAttributor(ReportingVerbs verbs) {
        this(verbs, Optional.empty());
    }

    /** @param ranker decides the quotes no reporting verb of their sentence attributes; none: the sieve decides all */
    public SpeakerAttributor(ReportingVerbs verbs, Optional<SpeakerRanker> ranker) {
        this.verbs = Objects.requireNonNull(verbs, "verbs");
        this.ranker = Objects.requireNonNull(ranker, "ranker");
    }

    /**
     * {@return one attribution for each of {@code speech}, in the same order}
     *
     * @param text      the masked text
     * @param sentences the text's sentences, in order
     * @param speech    the speech quotes to attribute, sorted by start
     * @param quotes    every quotation span (mentions inside them are not antecedents)
     * @param entities  the document's entities
     */
    public List<Attribution> attribute(String text, List<Span> sentences, List<FoundQuote> speech,
                                       List<Span> quotes, Entities entities) {
        return attribute(text, sentences, List.of(), speech, quotes, entities);
    }

    /**
     * {@return one attribution for each of {@code speech}, in the same order}: the cues of each
     * quote's own sentence first, then, for the quotes they leave without a speaker, the
     * dialogue the paragraphs show ({@link Conversation})
     *
     * @param paragraphs the text's paragraphs, in order (each a turn of dialogue); none: no turns
     */
    public List<Attribution> attribute(String text, List<Span> sentences, List<Span> paragraphs,
                                       List<FoundQuote> speech, List<Span> quotes, Entities entities) {
        Sieve sieve = sieve(text, sentences, paragraphs, speech, quotes, entities);
        if (ranker.isEmpty()) return sieve.filled();
        List<SpeakerChoice> choices = sieve.features(verbs).choices();
        List<SpeakerRanker.Options> options = new ArrayList<>();
        List<TurnDecoder.Boundary> bounds = new ArrayList<>();
        for (int k = 0; k < speech.size(); k++) {
            // its own sentence said nobody we know spoke ("X was told that …"): no guess
            boolean nobody = sieve.cued().get(k) && sieve.cues().get(k).speakerId().isEmpty();
            options.add(nobody ? new SpeakerRanker.Options(List.of(sieve.filled().get(k).speakerId()), new double[] {0})
                    : ranker.get().options(choices.get(k)));
            bounds.add(TurnDecoder.before(text, speech, sieve.scene().paragraphs(), sieve.scene().turnsKnown(), k));
        }
        int[] picked = TurnDecoder.decode(options, bounds);
        List<Attribution> out = new ArrayList<>();
        for (int k = 0; k < speech.size(); k++) {
            Attribution a = sieve.filled().get(k);
            Optional<String> speaker = options.get(k).speakers().get(picked[k]);
            out.add(speaker.equals(a.speakerId()) ? a : new Attribution(speaker, a.addresseeId(), Optional.empty()));
        }
        EntityIndex index = sieve.scene().index();
        return AnsweredNames.joined(text, SpeakerNames.joined(out, index), speech, index);
    }

    /**
     * {@return each speech quote's candidate speakers with their features}, as the ranker sees
     * them: what {@code annalist train quotes} learns from
     */
    public List<SpeakerChoice> choices(String text, List<Span> sentences, List<Span> paragraphs,
                                       List<FoundQuote> speech, List<Span> quotes, Entities entities) {
        return sieve(text, sentences, paragraphs, speech, quotes, entities).features(verbs).choices();
    }

    /**
     * What the sieve found for each quote: the attribution its own sentence's cues gave, which
     * cue, and the attribution after the dialogue filled the gaps.
     */
    record Sieve(Scene scene, List<Attribution> cues, List<Cue> kinds, List<Attribution> filled, List<Boolean> cued,
                 List<Optional<Conversation.Rule>> rules) {
        SpeakerFeatures features(ReportingVerbs verbs) {
            return new SpeakerFeatures(scene.text(), scene.sentences(), scene.paragraphs(), scene.turnsKnown(),
                    scene.speech(), scene.quotes(), scene.index(), this, verbs);
        }
    }

    private Sieve sieve(String text, List<Span> sentences, List<Span> paragraphs,
                        List<FoundQuote> speech, List<Span> quotes, Entities entities) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(paragraphs, "paragraphs");
        List<Attribution> out = new ArrayList<>();
        List<Cue> kinds = new ArrayList<>();
        Scene scene = new Scene(text, sentences, paragraphs, !linesAreSentences(text, paragraphs, speech), quotes,
                new EntityIndex(entities, quotes), speech, out);
        boolean[] cued = new boolean[speech.size()];
        for (int k = 0; k < speech.size(); k++) {
            FoundQuote q = speech.get(k);
            Optional<Attribution> earlier = Optional.empty();
            int s = scene.sentenceOf(q.span().start());
            if (k > 0 && scene.sentenceOf(speech.get(k - 1).span().start()) == s) earlier = Optional.of(out.get(k - 1));
            Optional<Previous> previous = k == 0 ? Optional.empty()
                    : Optional.of(new Previous(speech.get(k - 1), out.get(k - 1)));
            Cued c = attributeOne(scene, q, s, earlier, previous);
            Attribution a = c.attribution();
            if (a.speakerId().isPresent() && a.speakerId().equals(a.addresseeId())) {
                // nobody calls himself by name: the one addressed is not the speaker; the dialogue decides
                out.add(new Attribution(Optional.empty(), a.addresseeId(), Optional.empty()));
                kinds.add(Cue.NONE);
                cued[k] = false;
                continue;
            }
            out.add(a);
            kinds.add((c.cued() || c.kind() == Cue.CONTINUED) && a.speakerId().isPresent() ? c.kind() : Cue.NONE);
            cued[k] = c.cued();
        }
        List<Attribution> cues = List.copyOf(out);
        Conversation.Filled filled = paragraphs.isEmpty()
                ? new Conversation.Filled(cues, java.util.Collections.nCopies(cues.size(), Optional.empty()))
                : new Conversation(text, paragraphs, speech, scene.index(), (prev) -> narrativeSpeaker(scene, prev)).fill(out, cued);
        List<Boolean> decided = new ArrayList<>();
        for (boolean b : cued) decided.add(b);
        return new Sieve(scene, cues, List.copyOf(kinds), filled.attributions(), List.copyOf(decided), filled.rules());
    }

    /**
     * {@return true when the "paragraphs" are sentences}, a sentence a line as in tokenised
     * corpora: quotes run on into lines that no quote mark opens, at least twice
     */
    static boolean linesAreSentences(String text, List<Span> paragraphs, List<FoundQuote> speech) {
        int runOn = 0;
        for (FoundQuote q : speech) {
            int p = Spans.indexHolding(paragraphs, q.span().start());
            if (p < 0) continue;
            for (int i = p + 1; i < paragraphs.size() && paragraphs.get(i).start() < q.span().end(); i++) {
                char c = text.charAt(paragraphs.get(i).start());
                if ("\"“‘'«".indexOf(c) < 0 && ++runOn >= 2) return true;
            }
        }
        return false;
    }

    /**
     * The person a narrative paragraph leaves on stage: the subject of its last sentence when
     * a person, else the last person it names.
     */
    private Optional<String> narrativeSpeaker(Scene scene, Span paragraph) {
        int last = scene.sentenceOf(Math.max(paragraph.start(), paragraph.end() - 1));
        if (last >= 0) {
            Span sentence = scene.sentences().get(last);
            List<Word> words = Word.in(scene.text(), Math.max(sentence.start(), paragraph.start()), sentence.end());
            Optional<Attribution> subject = sentenceSubject(scene, sentence, words);
            if (subject.isPresent() && subject.get().speakerId().isPresent()) return subject.get().speakerId();
        }
        List<Placed> people = scene.index().peopleIn(paragraph);
        return people.isEmpty() ? Optional.empty() : Optional.of(people.get(people.size() - 1).entity().id());
    }

    /**
     * {@return the speaker of a transcript turn (the entity whose mention is its label) and
     * its addressee (a vocative in the words, else the other speaker of the adjacent turn)}
     */
    public Attribution attributeTurn(String text, TranscriptTurn turn, List<TranscriptTurn> turns, Entities entities) {
        EntityIndex index = new EntityIndex(entities, List.of());
        Optional<String> speaker = index.covering(turn.label()).map(p -> p.entity().id());
        Optional<String> addressee = vocative(text, Span.of(turn.label().end(), turn.span().end()), index)
                .filter(a -> !Optional.of(a).equals(speaker));
        if (addressee.isEmpty()) {
            int i = turns.indexOf(turn);
            for (int j : new int[] {i - 1, i + 1}) {
                if (j < 0 || j >= turns.size() || i < 0) continue;
                Optional<String> other = index.covering(turns.get(j).label()).map(p -> p.entity().id());
                if (other.isPresent() && !other.equals(speaker)) {
                    addressee = other;
                    break;
                }
            }
        }
        return new Attribution(speaker, addressee, speaker.isPresent() ? Optional.of(turn.label()) : Optional.empty());
    }

    /**
     * @param turnsKnown whether a paragraph is a turn of dialogue (not so when a line holds a sentence)
     * @param speech     the speech quotes being attributed
     * @param done       the attributions of the first of them, growing as the quotes are attributed
     */
    record Scene(String text, List<Span> sentences, List<Span> paragraphs, boolean turnsKnown, List<Span> quotes,
                         EntityIndex index, List<FoundQuote> speech, List<Attribution> done) {
        /** {@return the index of the sentence holding {@code offset}, or -1} */
        int sentenceOf(int offset) {
            return Spans.indexHolding(sentences, offset);
        }

        /** {@return the index of the last sentence before sentence {@code s} outside quotes}, 0 when none */
        int narrativeBefore(int s) {
            int k = s - 1;
            while (k > 0 && quoted(sentences.get(k))) k--;
            return Math.max(0, k);
        }

        private boolean quoted(Span sentence) {
            for (Span q : quotes) if (q.overlaps(sentence)) return true;
            return false;
        }

        /**
         * {@return the latest party of the conversation before {@code offset} (a speaker or an
         * addressee of the quotes just attributed) whose gender is {@code gender}}
         */
        Optional<String> party(int offset, EntityIndex.Gender gender) {
            return party(offset, id -> index.genderOfEntity(id) == gender);
        }

        /**
         * {@return the latest party of the conversation before {@code offset} that a third-person
         * pronoun of {@code gender} may stand for: its gender not the other, not the narrator's I}
         */
        Optional<String> anyParty(int offset, EntityIndex.Gender gender) {
            return party(offset, id -> {
                EntityIndex.Gender g = index.genderOfEntity(id);
                return (g == gender || g == EntityIndex.Gender.UNKNOWN) && !index.firstPerson(id);
            });
        }

        private Optional<String> party(int offset, java.util.function.Predicate<String> fits) {
            int seen = 0;
            for (int k = done.size() - 1; k >= 0 && seen < PARTY_QUOTES; k--) {
                Span q = speech.get(k).span();
                if (q.start() >= offset) continue;
                if (offset - q.end() > PARTY_REACH) break;
                seen++;
                Attribution a = done.get(k);
                for (Optional<String> id : List.of(a.speakerId(), a.addresseeId())) {
                    if (id.isPresent() && fits.test(id.get())) return id;
                }
            }
            return Optional.empty();
        }
    }

    /** How many quotes back, and how far back in characters, a pronoun looks for a party of the conversation. */
    static final int PARTY_QUOTES = 10;
    static final int PARTY_REACH = 3000;

    /** The speech quote before the one being attributed, with the attribution it was given. */
    private record Previous(FoundQuote quote, Attribution attribution) {
    }

    private Cued attributeOne(Scene scene, FoundQuote q, int s, Optional<Attribution> earlier,
                              Optional<Previous> previous) {
        if (s < 0) return new Cued(Attribution.NONE, false, Cue.NONE);
        Span sentence = scene.sentences().get(s);
        Optional<String> vocative = vocative(scene.text(), q.inner(), scene.index());
        List<Word> around = new ArrayList<>(Word.in(scene.text(), Math.min(sentence.start(), q.span().start()), q.span().start()));
        around.addAll(Word.in(scene.text(), q.span().end(), Math.max(q.span().end(), sentence.end())));
        Optional<Attribution> according = accordingTo(scene, around);
        if (according.isPresent()) return cued(according.get(), vocative, Cue.VERB);
        Optional<Attribution> after = after(scene, q, s);
        if (after.isPresent()) return cued(after.get(), vocative, Cue.VERB);
        int leftStart = sentence.start();
        for (Span other : scene.quotes()) {
            if (other.end() <= q.span().start() && other.end() > leftStart && !other.contains(q.span())) leftStart = other.end();
        }
        List<Word> left = Word.in(scene.text(), Math.min(leftStart, q.span().start()), q.span().start());
        Optional<Attribution> before = before(scene, left, sentence, earlier);
        if (before.isPresent()) {
            return cued(before.get(), before.get().addresseeId().isPresent() ? Optional.empty() : vocative, Cue.VERB);
        }
        List<Word> wholeLeft = Word.in(scene.text(), Math.min(sentence.start(), q.span().start()), q.span().start());
        if (!wholeLeft.isEmpty()) {
            Optional<Attribution> subject = sentenceSubject(scene, sentence, wholeLeft);
            if (subject.isPresent()) return cued(subject.get(), vocative, Cue.SUBJECT);
        }
        List<Word> right = Word.in(scene.text(), q.span().end(), Math.max(q.span().end(), sentence.end()));
        if (wholeLeft.isEmpty() && right.isEmpty() && s > 0) {
            Span prev = scene.sentences().get(s - 1);
            // after another paragraph's quote the turn has passed: the dialogue decides (Conversation)
            boolean samePara = scene.paragraphs().isEmpty()
                    || Spans.indexHolding(scene.paragraphs(), prev.start()) == Spans.indexHolding(scene.paragraphs(), q.span().start());
            if (!scene.turnsKnown() && previous.isPresent() && previous.get().quote().span().overlaps(prev)) {
                return afterQuoteLine(scene, q, previous.get(), vocative);
            }
            if (!scene.turnsKnown() || samePara || scene.quotes().stream().noneMatch(x -> x.overlaps(prev))) {
                Attribution a = previousSentence(scene, prev).withAddressee(vocative);
                return new Cued(a, a.speakerId().isPresent(), Cue.PREVIOUS_SENTENCE);
            }
        }
        return new Cued(Attribution.NONE.withAddressee(vocative), false, Cue.NONE);
    }

    /**
     * A quote standing alone on its line right after a line with a quote, in text written a
     * sentence a line (where paragraphs, and so turns, are lost). Straight after another
     * quote's line the turn has passed: the dialogue decides ({@link Conversation}). After a
     * quote and its cue ({@code “…,” she said.}) the same speaker goes on, unless the words
     * before asked a question, which the other one answers.
     */
    private static Cued afterQuoteLine(Scene scene, FoundQuote q, Previous previous, Optional<String> vocative) {
        Span before = previous.quote().span();
        boolean cueBetween = !Word.in(scene.text(), before.end(), Math.max(before.end(), q.span().start())).isEmpty();
        String words = scene.text().substring(previous.quote().inner().start(), previous.quote().inner().end()).strip();
        Attribution a = previous.attribution();
        if (!cueBetween || words.endsWith("?") || a.speakerId().isEmpty() || a.speakerId().equals(vocative)) {
            return new Cued(Attribution.NONE.withAddressee(vocative), false, Cue.NONE);
        }
        return new Cued(new Attribution(a.speakerId(), vocative, a.cue()), false, Cue.CONTINUED);
    }

    private static Cued cued(Attribution a, Optional<String> vocative, Cue kind) {
        return new Cued(a.withAddressee(vocative), a == NOBODY || a.speakerId().isPresent(), kind);
    }

    /** What in a quote's own sentence named its speaker. */
    enum Cue {
        /** a reporting verb before or after the words, an inversion, {@code according to}: the sieve's surest cues */
        VERB,
        /** the subject of the sentence that frames the words */
        SUBJECT,
        /** the speaker named in the sentence before a quote that stands alone */
        PREVIOUS_SENTENCE,
        /** not the quote's own sentence: the speaker of the quote on the line before goes on after its cue */
        CONTINUED,
        /** nothing in the sentence */
        NONE
    }

    /**
     * An attribution, whether a cue decided it (a passive verb or an unknown subject decides:
     * nobody), and which cue.
     */
    private record Cued(Attribution attribution, boolean cued, Cue kind) {
    }

    /** {@code According to Smith, “…”} and {@code “…,” according to Smith}. */
    private static Optional<Attribution> accordingTo(Scene scene, List<Word> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!words.get(i).lower().equals("according") || !words.get(i + 1).lower().equals("to")) continue;
            for (int j = i + 2; j < Math.min(words.size(), i + 5); j++) {
                Optional<Placed> m = scene.index().covering(words.get(j).span());
                if (m.isPresent()) {
                    return Optional.of(new Attribution(Optional.of(m.get().entity().id()), Optional.empty(),
                            Optional.of(m.get().span())));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code “…,” Smith would observe} / {@code “…,” said Smith}. */
    private Optional<Attribution> after(Scene scene, FoundQuote q, int s) {
        // a quote of several sentences or paragraphs: the sentence that holds its closing mark
        int last = scene.sentenceOf(q.span().end() - 1);
        if (last > s) s = last;
        Span sentence = scene.sentences().get(s);
        int reach = 6;
        if (q.span().end() >= sentence.end()) {
            // “Where are the trains?” Hale asked. — a question or exclamation ends the words, not the sentence
            String inner = scene.text().substring(q.inner().start(), q.inner().end()).strip();
            if (!(inner.endsWith("?") || inner.endsWith("!")) || s + 1 >= scene.sentences().size()) return Optional.empty();
            sentence = Span.of(q.span().end(), Math.max(q.span().end(), scene.sentences().get(s + 1).end()));
            reach = 3;
        }
        List<Word> words = Word.in(scene.text(), q.span().end(), sentence.end());
        if (words.isEmpty()) return Optional.empty();
        String gap = scene.text().substring(q.span().end(), words.get(0).span().start());
        // “Where?”⏎asked Ann: a line break before a lower-case verb only wraps the sentence
        if (!gap.matches("[\\s,—–-]*") || reach == 3 && gap.contains("\n") && words.get(0).capitalised()) {
            return Optional.empty();
        }
        for (int v = 0; v < Math.min(reach, words.size()); v++) {
            int len = verbs.matchAt(words, v);
            if (len == 0) continue;
            if (v == 0) { // said Smith
                int end = Math.min(words.size(), len + 4);
                if (len >= end) return Optional.empty();
                Span window = Span.of(words.get(len).span().start(), words.get(end - 1).span().end());
                Optional<Attribution> named = scene.index().firstIn(window)
                        .map(p -> new Attribution(Optional.of(p.entity().id()), Optional.empty(), Optional.of(p.span())));
                if (named.isPresent()) return named;
                // said he, cried the parson: a pronoun or a role the entities layer left unlinked
                for (int i = len; i < end; i++) {
                    Optional<Attribution> r = resolve(scene, words.get(i));
                    if (r.isPresent()) return r;
                    if (!ARTICLES.contains(words.get(i).lower()) && !words.get(i).lower().equals("old")) break;
                }
                return Optional.empty();
            }
            int head = headBefore(words, v);
            if (head < 0) return Optional.empty();
            if (PASSIVE.contains(words.get(head).lower())) return Optional.of(NOBODY);
            for (int i = 0; i < head; i++) {
                // the subject must follow the quote directly: “…,” the report of Smith said
                if (scene.text().substring(words.get(i).span().end(), words.get(i + 1).span().start()).contains(",")) {
                    return Optional.empty();
                }
            }
            Optional<String> addressee = addressee(scene, words, v + len);
            return Optional.of(resolve(scene, words.get(head)).orElse(Attribution.NONE).withAddressee(addressee));
        }
        return Optional.empty();
    }

    /** {@code Smith radioed that “…”}, {@code He added, “…”}, {@code adding that “…”}. */
    private Optional<Attribution> before(Scene scene, List<Word> left, Span sentence, Optional<Attribution> earlier) {
        int n = left.size();
        for (int v = n - 1; v >= 0 && n - v <= VERB_REACH + 3; v--) {
            int len = verbs.matchAt(left, v);
            if (len == 0 || n - (v + len) > VERB_REACH) continue;
            if (v > 0 && PASSIVE.contains(left.get(v - 1).lower())) return Optional.of(NOBODY);
            Optional<String> addressee = addressee(scene, left, v + len);
            if (left.get(v + len - 1).lower().endsWith("ing")) {
                if (earlier.isPresent() && earlier.get().speakerId().isPresent()) {
                    return Optional.of(earlier.get().withAddressee(addressee));
                }
                List<Word> all = Word.in(scene.text(), sentence.start(), left.get(v).span().start());
                return sentenceSubject(scene, sentence, all);
            }
            int head = headBefore(left, v);
            if (head < 0) {
                // “Now then,” said Tom, “where …”: the speaker follows the verb, else the earlier quote's
                for (int i = v + len; i < Math.min(left.size(), v + len + 4); i++) {
                    Optional<Attribution> r = resolve(scene, left.get(i));
                    if (r.isPresent() && r.get() != NOBODY) return r;
                    Optional<Placed> named = scene.index().covering(left.get(i).span());
                    if (named.isPresent()) {
                        return Optional.of(new Attribution(Optional.of(named.get().entity().id()), Optional.empty(),
                                Optional.of(named.get().span())));
                    }
                }
                return earlier.filter(e -> e.speakerId().isPresent());
            }
            return Optional.of(resolve(scene, left.get(head)).orElse(Attribution.NONE).withAddressee(addressee));
        }
        return Optional.empty();
    }

    /** The subject at the head of a sentence, after an opening phrase set off by a comma. */
    private Optional<Attribution> sentenceSubject(Scene scene, Span sentence, List<Word> words) {
        if (words.isEmpty()) return Optional.empty();
        int first = 0;
        for (int i = 0; i < Math.min(6, words.size() - 1); i++) {
            String between = scene.text().substring(words.get(i).span().end(), words.get(i + 1).span().start());
            if (between.contains(",")) {
                first = i + 1;
                break;
            }
        }
        Word w = words.get(first);
        if (PRONOUNS.contains(w.lower())) return resolve(scene, w);
        Optional<Placed> m = scene.index().covering(w.span());
        if (m.isEmpty() || m.get().entity().type() != EntityType.PERSON) {
            // "The envoy Smith …": the subject's mention may start a word or two later
            for (int i = first + 1; i < Math.min(first + 3, words.size()); i++) {
                m = scene.index().covering(words.get(i).span());
                if (m.isPresent()) break;
            }
        }
        return m.filter(p -> p.entity().type() == EntityType.PERSON)
                .map(p -> new Attribution(Optional.of(p.entity().id()), Optional.empty(), Optional.of(p.span())));
    }

    /** The speaker named in the sentence before a quote that stands alone. */
    private Attribution previousSentence(Scene scene, Span prev) {
        List<Word> words = Word.in(scene.text(), prev.start(), prev.end());
        for (int v = words.size() - 1; v >= 0; v--) {
            if (verbs.matchAt(words, v) == 0) continue;
            int head = headBefore(words, v);
            if (head >= 0) {
                Optional<Attribution> a = resolve(scene, words.get(head));
                if (a.isPresent()) return a.get();
            }
        }
        return sentenceSubject(scene, prev, words).orElse(Attribution.NONE);
    }

    /** {@return the index of the subject's head word before the verb at {@code v}, or -1} */
    private static int headBefore(List<Word> words, int v) {
        int j = v - 1;
        while (j >= 0 && (SKIP_BEFORE_VERB.contains(words.get(j).lower())
                || !words.get(j).capitalised() && words.get(j).lower().endsWith("ly") && words.get(j).text().length() > 3)) {
            j--;
        }
        return j;
    }

    /** The entity a subject's head word names: its covering mention, or a pronoun's antecedent. */
    private Optional<Attribution> resolve(Scene scene, Word head) {
        // "it", "they" stand for a group or a body, which speaks no quotation: the role reading decides
        Optional<Placed> m = GROUP_PRONOUNS.contains(head.lower()) ? Optional.empty() : scene.index().covering(head.span());
        if (m.isEmpty() && FIRST_PERSON.contains(head.lower())) return Optional.of(NOBODY);
        if (m.isPresent() && !PERSON_PRONOUNS.contains(head.lower())) {
            return Optional.of(new Attribution(Optional.of(m.get().entity().id()), Optional.empty(), Optional.of(head.span())));
        }
        if (!PERSON_PRONOUNS.contains(head.lower())) return role(scene, head);
        int at = head.span().start();
        EntityIndex.Gender gender = EntityIndex.genderOf(head.lower());
        // a person known by name, mentioned in this sentence or the one before, of a gender we may not know:
        // histories name their people by surname, with no pronoun yet to tell the gender
        int sentence = scene.sentenceOf(at);
        int paragraph = scene.turnsKnown() ? Spans.indexHolding(scene.paragraphs(), at) : -1;
        if (sentence >= 0 && paragraph >= 0) {
            int floor = Math.max(scene.paragraphs().get(paragraph).start(),
                    scene.sentences().get(scene.narrativeBefore(sentence)).start());
            Optional<Attribution> near = scene.index().lastBefore(at, floor, EntityType.PERSON, gender, false,
                            e -> e.mentions().stream().anyMatch(x -> x.kind() == MentionKind.NAME))
                    .map(p -> new Attribution(Optional.of(p.entity().id()), Optional.empty(), Optional.of(head.span())));
            if (near.isPresent()) return near;
        }
        Optional<Attribution> named = scene.index().lastBefore(at, at - EntityIndex.KNOWN_GENDER_REACH, EntityType.PERSON, gender)
                .filter(p -> scene.index().genderOfEntity(p.entity().id()) == gender)
                .map(p -> new Attribution(Optional.of(p.entity().id()), Optional.empty(), Optional.of(head.span())));
        if (named.isPresent()) return named;
        // she, in a dialogue: the woman taking part in it
        Optional<String> party = scene.party(at, gender);
        if (party.isPresent()) return Optional.of(new Attribution(party, Optional.empty(), Optional.of(head.span())));
        return scene.index()
                .lastBefore(at, at - PRONOUN_REACH, EntityType.PERSON, gender)
                .map(p -> new Attribution(Optional.of(p.entity().id()), Optional.empty(), Optional.of(head.span())))
                .or(() -> scene.anyParty(at, gender).map(id -> new Attribution(Optional.of(id), Optional.empty(),
                        Optional.of(head.span()))))
                .or(() -> Optional.of(NOBODY)); // he, with nobody near: someone we cannot name
    }

    /**
     * A common noun after an article ({@code the parson}, {@code the old captain}): the person
     * last named before it whose name or roles hold that word ({@code Parson Tringham}).
     */
    private Optional<Attribution> role(Scene scene, Word head) {
        if (head.capitalised() || head.text().length() < 3) return Optional.empty();
        List<Word> before = Word.in(scene.text(), Math.max(0, head.span().start() - 30), head.span().start());
        boolean afterArticle = !before.isEmpty() && (ARTICLES.contains(before.get(before.size() - 1).lower())
                || before.size() > 1 && ARTICLES.contains(before.get(before.size() - 2).lower()));
        if (!afterArticle) return Optional.empty();
        return scene.index().lastWithRole(head.lower(), head.span().start(), head.span().start() - ROLE_REACH)
                .map(p -> new Attribution(Optional.of(p.entity().id()), Optional.empty(), Optional.of(head.span())));
    }

    /** {@code told Smith}, {@code to Smith}: the entity right after the verb. */
    private Optional<String> addressee(Scene scene, List<Word> words, int afterVerb) {
        if (afterVerb >= words.size()) return Optional.empty();
        int at = afterVerb;
        String verb = words.get(afterVerb - 1).lower();
        if (words.get(at).lower().equals("to")) {
            at++;
        } else if (!TAKES_OBJECT.contains(verb)) {
            return Optional.empty();
        }
        if (at >= words.size()) return Optional.empty();
        int end = Math.min(words.size(), at + 3);
        for (int i = at; i < end; i++) {
            String w = words.get(i).lower();
            if (w.equals("that") || w.equals("from") || w.equals("on") || w.equals("in")) break;
            Optional<Placed> m = scene.index().covering(words.get(i).span());
            if (m.isPresent()) return Optional.of(m.get().entity().id());
        }
        return Optional.empty();
    }

    /** A name set off by commas in the first sentence of the words: {@code Tell me, Smith, …}. */
    private static Optional<String> vocative(String text, Span inner, EntityIndex index) {
        int end = inner.end();
        for (int i = inner.start(); i < inner.end(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!') {
                end = i + 1;
                break;
            }
        }
        Span first = Span.of(inner.start(), end);
        for (Word w : Word.in(text, first.start(), first.end())) {
            Optional<Placed> m = index.covering(w.span());
            if (m.isEmpty() || m.get().entity().type() != EntityType.PERSON) continue;
            Span ms = m.get().span();
            String before = text.substring(first.start(), Math.max(first.start(), ms.start())).stripTrailing();
            String after = text.substring(Math.min(ms.end(), first.end()), first.end()).stripLeading();
            // "Tell me, Smith," and "Tell me, dear Smith,": a comma, perhaps a lower-case form of address
            boolean setOff = before.matches("(?s)(.*,)?\\s*(\\p{Ll}+)?")
                    && (after.startsWith(",") || after.startsWith("?") || after.startsWith("!") || after.startsWith("."));
            if (setOff) return Optional.of(m.get().entity().id());
        }
        return Optional.empty();
    }
}
