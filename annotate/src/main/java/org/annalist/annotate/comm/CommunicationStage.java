package org.annalist.annotate.comm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Stage;
import org.annalist.annotate.comm.CommunicationDater.Dated;
import org.annalist.model.Span;
import org.annalist.model.layer.Communication;
import org.annalist.model.layer.Communications;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.QuoteKind;
import org.annalist.model.layer.Quotes;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.Tokens;

/**
 * Finds who told whom: each sentence's cues ({@link CommunicationFinder}), then across
 * sentences a message the text calls "the same" joins the one before it, a message with no
 * recipient named goes where its sender's last message by the same channel went, and each
 * is dated ({@link CommunicationDater}) and linked to the quotation that gives its words.
 */
public final class CommunicationStage implements Stage<Communications> {

    /** How many sentences back "the same communication" may point. */
    private static final int SAME_REACH = 2;

    private final CommunicationFinder finder;

    public CommunicationStage(CommunicationLexicon lexicon) {
        this.finder = new CommunicationFinder(Objects.requireNonNull(lexicon, "lexicon"));
    }

    /** {@return the stage with the lexicon shipped with annalist} */
    public static CommunicationStage standard() {
        return new CommunicationStage(CommunicationLexicon.standard());
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
        return Set.of(Tokens.class, Timexes.class, Entities.class, Quotes.class);
    }

    @Override
    public Communications annotate(AnnotatedText text) {
        List<Sentence> sentences = text.layer(Tokens.class).sentences();
        List<Quote> quotes = text.layer(Quotes.class).quotes();
        List<Span> quoteSpans = quotes.stream().map(Quote::span).toList();
        List<Entity> owners = new ArrayList<>();
        List<Mention> mentions = SentenceView.sortedMentions(text.layer(Entities.class), owners);
        List<Draft> drafts = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence sentence = sentences.get(si);
            SentenceView view = SentenceView.of(sentence, mentions, owners, quoteSpans);
            for (Draft d : finder.find(view)) {
                int prev = drafts.size() - 1;
                if (d.continuation() && prev >= 0 && si - sentenceOf.get(prev) <= SAME_REACH
                        && shareSender(drafts.get(prev), d)) {
                    Draft head = drafts.get(prev);
                    // the later sentence's date is the message's own: keep its sentence as the date's home
                    drafts.set(prev, new Draft(d.sentence(), d.cue(), head.senders(), head.merge(d).recipients(),
                            d.channel().or(head::channel), false, false, head.verbCue() || d.verbCue()));
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
            out.add(new Communication(full.sentence(), full.cue(), full.senders(), full.recipients(), full.channel(),
                    date.map(Dated::value), date.map(Dated::source), quoteOf(full, quotes)));
        }
        return new Communications(out);
    }

    /** a message with no recipient named goes where the sender's last message by that channel went */
    private static Draft inherit(Draft d, List<Draft> before) {
        if (d.channel().isEmpty() || !d.verbCue()) return d;
        for (int k = before.size() - 1; k >= 0; k--) {
            Draft b = before.get(k);
            if (b.channel().equals(d.channel()) && b.senders().equals(d.senders()) && !b.recipients().isEmpty()) {
                return d.withRecipients(b.recipients());
            }
        }
        return d;
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
