package org.annalist.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Stage;
import org.annalist.model.Span;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.QuoteKind;
import org.annalist.model.layer.Quotes;

/**
 * The quotations stage: finds every quotation of {@link AnnotatedText#maskedText()} by its
 * marks ({@link QuoteFinder}), tells speech from scare quotes and titles
 * ({@link QuoteClassifier}), and attributes speech to its speaker and addressee
 * ({@link SpeakerAttributor}); each transcript turn of the structure becomes a
 * {@link QuoteKind#TRANSCRIPT} quote spoken by the entity its label names.
 *
 * <p>Reads: {@link Entities}, the structure's paragraphs and turns. Writes: {@link Quotes},
 * every span inside the document's text. Sentences come from a light splitter of its own.
 */
public final class QuoteStage implements Stage<Quotes> {

    private final QuoteFinder finder;
    private final QuoteClassifier classifier;
    private final SpeakerAttributor attributor;

    public QuoteStage(QuoteFinder finder, QuoteClassifier classifier, SpeakerAttributor attributor) {
        this.finder = Objects.requireNonNull(finder, "finder");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.attributor = Objects.requireNonNull(attributor, "attributor");
    }

    /** {@return a stage with the standard reporting-verb lexicon} */
    public static QuoteStage standard() {
        ReportingVerbs verbs = ReportingVerbs.standard();
        return new QuoteStage(new QuoteFinder(), new QuoteClassifier(verbs), new SpeakerAttributor(verbs));
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Class<Quotes> produces() {
        return Quotes.class;
    }

    @Override
    public Set<Class<? extends Layer>> reads() {
        return Set.of(Entities.class);
    }

    @Override
    public Quotes annotate(AnnotatedText text) {
        String masked = text.maskedText();
        Entities entities = text.layer(Entities.class);
        List<FoundQuote> found = finder.find(masked, text.structure().paragraphs());
        List<Span> sentences = SentenceSplitter.split(masked, found.stream().filter(q -> q.depth() == 0).toList());
        List<Span> spans = found.stream().map(FoundQuote::span).toList();

        List<FoundQuote> speech = new ArrayList<>();
        List<QuoteKind> kinds = new ArrayList<>();
        for (FoundQuote q : found) {
            QuoteKind kind = classifier.classify(masked, q, sentenceOf(sentences, q.span()));
            kinds.add(kind);
            if (kind == QuoteKind.SPEECH && q.depth() == 0) speech.add(q);
        }
        List<Attribution> attributions = attributor.attribute(masked, sentences, speech, spans, entities);

        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            FoundQuote q = found.get(i);
            int k = speech.indexOf(q);
            Attribution a = k >= 0 ? attributions.get(k) : Attribution.NONE;
            out.add(new Quote(q.span(), kinds.get(i), a.speakerId(), a.addresseeId(), a.cue(), q.depth(), q.closed()));
        }
        List<TranscriptTurn> turns = text.structure().turns();
        for (TranscriptTurn turn : turns) {
            Span words = wordsOf(masked, turn);
            if (words.length() == 0) continue;
            Attribution a = attributor.attributeTurn(masked, turn, turns, entities);
            out.add(new Quote(words, QuoteKind.TRANSCRIPT, a.speakerId(), a.addresseeId(), a.cue(), 0, true));
        }
        return new Quotes(out);
    }

    /** The sentence holding a quote's opening mark; a nested quote frames itself. */
    private static Span sentenceOf(List<Span> sentences, Span quote) {
        for (Span s : sentences) {
            if (s.contains(quote.start())) return s;
        }
        return quote;
    }

    /** A turn's words: after its label, the colon and any blanks, to the turn's last non-blank. */
    private static Span wordsOf(String text, TranscriptTurn turn) {
        int start = turn.label().end();
        int end = turn.span().end();
        while (start < end && (text.charAt(start) == ':' || Character.isWhitespace(text.charAt(start)))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return Span.of(start, end);
    }
}
