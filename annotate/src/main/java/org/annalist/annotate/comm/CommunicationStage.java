package org.annalist.annotate.comm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.ParseScope;
import org.annalist.annotate.Stage;
import org.annalist.annotate.comm.CommunicationDater.Dated;
import org.annalist.annotate.parse.MentionIndex;
import org.annalist.annotate.parse.ParsedSentence;
import org.annalist.model.Matter;
import org.annalist.model.Span;
import org.annalist.model.layer.Communication;
import org.annalist.model.layer.Communications;
import org.annalist.model.layer.Dependencies;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Parse;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.QuoteKind;
import org.annalist.model.layer.Quotes;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.Tokens;

/**
 * Finds who told whom: each parsed sentence's speech acts ({@link SpeechActFinder}), then
 * across sentences a message the text calls "the same" joins the one before it, a message
 * with no recipient named goes where its sender's last message by the same channel went, and
 * each is dated ({@link CommunicationDater}) and linked to the quotation that gives its words.
 *
 * <p>Reads {@link Tokens}, {@link Parse} (a sentence with no parse holds no cue: see
 * {@link #parseScope()}), {@link Timexes}, {@link Entities}, {@link Quotes}; writes
 * {@link Communications}.
 */
public final class CommunicationStage implements Stage<Communications> {

    /** How many sentences back "the same communication" may point. */
    private static final int SAME_REACH = 2;
    private final SpeechActLexicon lexicon;
    private final SpeechActFinder finder;
    private final SureParties sureParties = SureParties.standard();

    public CommunicationStage(SpeechActLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.finder = new SpeechActFinder(lexicon);
    }

    /** {@return the stage with the lexicon shipped with annalist} */
    public static CommunicationStage standard() {
        return new CommunicationStage(SpeechActLexicon.standard());
    }

    /** {@return the sentences this stage reads a parse of: those holding a word of its lexicon} */
    public ParseScope.Factory parseScope() {
        // the lexicon first: a few lookups a token, where setting aside reads the sentence's text
        return text -> (sentence, lemmas) -> lexicon.mayCue(sentence, lemmas) && !setAside(text, sentence);
    }

    @Override
    public String name() {
        return "communications";
    }

    @Override
    public Class<Communications> produces() {
        return Communications.class;
    }

    @Override
    public Set<Class<? extends Layer>> reads() {
        return Set.of(Tokens.class, Parse.class, Timexes.class, Entities.class, Quotes.class);
    }

    @Override
    public Communications annotate(AnnotatedText text) {
        List<Sentence> sentences = text.layer(Tokens.class).sentences();
        Parse parse = text.layer(Parse.class);
        List<Quote> quotes = text.layer(Quotes.class).quotes();
        List<Span> quoteSpans = quotes.stream().map(Quote::span).toList();
        // parties as the comm stage reads them: a pronoun whose antecedent is unsure names no one
        Entities parties = sureParties.of(text.layer(Entities.class), text.source().text());
        MentionIndex mentions = new MentionIndex(parties, text.source().text().length());
        boolean pastNarration = pastNarration(sentences, quoteSpans);
        List<Draft> drafts = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence sentence = sentences.get(si);
            Optional<Dependencies> deps = parse.of(sentence.span());
            if (deps.isEmpty() || setAside(text, sentence)) continue;
            ParsedSentence view = ParsedSentence.of(sentence, deps.get(), mentions, quoteSpans);
            for (Draft d : finder.find(view, pastNarration)) {
                int prev = drafts.size() - 1;
                if (d.continuation() && prev >= 0 && si - sentenceOf.get(prev) <= SAME_REACH
                        && shareSender(drafts.get(prev), d)) {
                    Draft head = drafts.get(prev);
                    // the later sentence's date is the message's own: keep its sentence as the date's home
                    drafts.set(prev, new Draft(d.sentence(), d.cue(), head.act(), head.senders(),
                            head.merge(d).recipients(), d.channel().or(head::channel), false,
                            head.verbCue() || d.verbCue(), false));
                    continue;
                }
                drafts.add(d);
                sentenceOf.add(si);
            }
        }
        CommunicationDater dater = new CommunicationDater(text.layer(Timexes.class).items(), quoteSpans);
        List<Communication> out = new ArrayList<>();
        List<Draft> done = new ArrayList<>();
        for (Draft d : drafts) {
            Draft full = d.recipients().isEmpty() ? inherit(d, done) : d;
            done.add(full);
            Optional<Dated> date = dater.date(full.sentence(), full.cue());
            out.add(new Communication(full.sentence(), full.cue(), full.act(), full.senders(), full.recipients(),
                    full.channel(), date.map(Dated::value), date.map(Dated::source), quoteOf(full, quotes)));
        }
        return new Communications(out);
    }

    /**
     * {@return true when the text outside quotations tells its story in the past}: twice as many
     * verbs in the past tense as in the present (a history in the historic present, a report of
     * today, is not)
     */
    static boolean pastNarration(List<Sentence> sentences, List<Span> quoteSpans) {
        int past = 0, present = 0;
        for (Sentence sentence : sentences) {
            if (quoteSpans.stream().anyMatch(q -> q.contains(sentence.span()))) continue;
            for (var t : sentence.tokens()) {
                if (t.pos().equals("VBD")) past++;
                else if (t.pos().equals("VBZ") || t.pos().equals("VBP")) present++;
            }
        }
        return past > 0 && past >= 2 * present;
    }

    /**
     * {@return true when {@code sentence} reports no message whatever its words}: a heading
     * ("SHERIDAN ORDERED TO LYNCHBURG" summarises in telegraphese what the text reports), a
     * chapter summary in capitals, an index's list of headwords, a source cited
     */
    private static boolean setAside(AnnotatedText text, Sentence sentence) {
        String words = text.source().slice(sentence.span());
        return text.structure().headings().stream().anyMatch(h -> h.span().overlaps(sentence.span()))
                || capitals(words)
                || text.structure().matterAt(sentence.span()) != Matter.BODY && list(sentence)
                || reference(words, sentence);
    }

    /**
     * {@return true when the sentence is a list of headwords, as an index's entries are
     * ("HEBERT, Editor of 'Pere Duchene,' signs petition, arrested, …"): a comma to every four words or fewer}
     */
    private static boolean list(Sentence s) {
        int commas = 0, words = 0;
        for (var t : s.tokens()) {
            if (t.word().equals(",") || t.word().equals(";")) commas++;
            else if (Character.isLetter(t.word().charAt(0))) words++;
        }
        return commas >= 3 && commas * 4 >= words;
    }

    /** {@return true when the sentence is a bracketed phrase with no verb: a source cited ("(Turgot's Letter: Condorcet, …)")} */
    private static boolean reference(String text, Sentence s) {
        return (text.startsWith("(") || text.startsWith("[")) && s.tokens().stream().noneMatch(t -> t.pos().startsWith("VB"));
    }

    /** {@return true when most letters of {@code s} are capitals}: a chapter's summary, set as a heading */
    private static boolean capitals(String s) {
        int letters = 0, upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.isUpperCase(c)) upper++;
        }
        return letters >= 10 && upper * 10 >= letters * 8;
    }

    /**
     * A message with no recipient named goes where the sender's messages by that channel went,
     * when they all went to one party ("Marsh radioed that …" after Marsh radioed Ostrova
     * twice); a sender who wrote to many (a general's letters) leaves it unnamed.
     */
    private static Draft inherit(Draft d, List<Draft> before) {
        if (d.channel().isEmpty() || !d.verbCue()) return d;
        Set<List<String>> went = new HashSet<>();
        for (Draft b : before) {
            if (b.channel().equals(d.channel()) && b.senders().equals(d.senders()) && !b.recipients().isEmpty()) {
                went.add(b.recipients());
            }
        }
        return went.size() == 1 ? d.withRecipients(went.iterator().next()) : d;
    }

    private static boolean shareSender(Draft a, Draft b) {
        Set<String> s = new HashSet<>(a.senders());
        s.retainAll(b.senders());
        return !s.isEmpty();
    }

    /** the first speech quotation after the cue in its sentence, or one spoken by a sender there */
    private static Optional<Span> quoteOf(Draft d, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.kind() != QuoteKind.SPEECH || !d.sentence().overlaps(q.span())) continue;
            boolean after = q.span().start() >= d.cue().end();
            boolean theirs = q.speakerId().map(d.senders()::contains).orElse(false);
            if (after || theirs) return Optional.of(q.span());
        }
        return Optional.empty();
    }
}
