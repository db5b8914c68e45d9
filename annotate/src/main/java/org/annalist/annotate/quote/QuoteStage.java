package org.annalist.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Stage;
import org.annalist.model.BlockQuote;
import org.annalist.model.Paragraph;
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
 * {@link QuoteKind#TRANSCRIPT} quote spoken by the entity its label names, and each block
 * quotation of the structure that no mark opens a {@link QuoteKind#SPEECH} quote (its span
 * the block, its speaker usually named in the sentence that introduces it).
 *
 * <p>Reads: {@link Entities}, the structure's paragraphs, block quotes and turns. Writes: {@link Quotes},
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

    /** {@return a stage with the standard reporting-verb lexicon and the shipped speaker ranker} */
    public static QuoteStage standard() {
        return standard(Optional.of(SpeakerRanker.standard()));
    }

    /** {@return a stage with the standard reporting-verb lexicon and {@code ranker} (none: the sieve alone)} */
    public static QuoteStage standard(Optional<SpeakerRanker> ranker) {
        ReportingVerbs verbs = ReportingVerbs.standard();
        return new QuoteStage(new QuoteFinder(), new QuoteClassifier(verbs), new SpeakerAttributor(verbs, ranker));
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

    /** The quotations of a text, classified, with what attributing their speech needs. */
    private record Found(String masked, Entities entities, List<FoundQuote> all, List<QuoteKind> kinds,
                         List<FoundQuote> speech, List<Span> sentences, List<Span> paragraphs, List<Span> spans) {
    }

    private Found find(AnnotatedText text) {
        String masked = text.maskedText();
        Entities entities = text.layer(Entities.class);
        List<FoundQuote> marked = finder.find(masked, text.structure().paragraphs());
        List<FoundQuote> blocks = blocks(masked, text.structure().blockQuotes(), marked);
        List<FoundQuote> found = withBlocks(marked, blocks);
        List<Span> paragraphs = text.structure().paragraphs().isEmpty() ? QuoteFinder.paragraphs(masked)
                : text.structure().paragraphs().stream().map(Paragraph::span).toList();
        List<Span> sentences = SentenceSplitter.split(masked, paragraphs, found.stream().filter(q -> q.depth() == 0).toList());
        List<Span> spans = found.stream().map(FoundQuote::span).toList();

        List<FoundQuote> speech = new ArrayList<>();
        List<QuoteKind> kinds = new ArrayList<>();
        for (FoundQuote q : found) {
            QuoteKind kind = blocks.contains(q) ? QuoteKind.SPEECH
                    : classifier.classify(masked, q, sentenceOf(sentences, q.span()));
            kinds.add(kind);
            if (kind == QuoteKind.SPEECH && q.depth() == 0) speech.add(q);
        }
        return new Found(masked, entities, found, kinds, speech, sentences, paragraphs, spans);
    }

    /**
     * {@return the candidate speakers of each speech quotation of {@code text}, with the
     * features a {@link SpeakerRanker} weighs}: what {@code annalist train quotes} learns from.
     * Reads the layers {@link #annotate} reads.
     */
    public List<SpeakerChoice> speakerChoices(AnnotatedText text) {
        Found f = find(text);
        return attributor.choices(f.masked(), f.sentences(), f.paragraphs(), f.speech(), f.spans(), f.entities());
    }

    @Override
    public Quotes annotate(AnnotatedText text) {
        Found f = find(text);
        String masked = f.masked();
        Entities entities = f.entities();
        List<FoundQuote> found = f.all();
        List<QuoteKind> kinds = f.kinds();
        List<FoundQuote> speech = f.speech();
        List<Attribution> attributions = attributor.attribute(masked, f.sentences(), f.paragraphs(), speech, f.spans(), entities);

        java.util.Map<FoundQuote, Attribution> bySpeech = new java.util.IdentityHashMap<>();
        for (int k = 0; k < speech.size(); k++) bySpeech.put(speech.get(k), attributions.get(k));
        List<Quote> out = new ArrayList<>();
        List<TranscriptTurn> turns = text.structure().turns();
        List<Span> turnWords = new ArrayList<>();
        for (TranscriptTurn turn : turns) {
            Span words = wordsOf(masked, turn);
            if (words.length() == 0) continue;
            turnWords.add(words);
            Attribution a = attributor.attributeTurn(masked, turn, turns, entities);
            out.add(new Quote(words, QuoteKind.TRANSCRIPT, a.speakerId(), a.addresseeId(), a.cue(), 0, true));
        }
        for (int i = 0; i < found.size(); i++) {
            FoundQuote q = found.get(i);
            Attribution a = bySpeech.getOrDefault(q, Attribution.NONE);
            // words quoted inside a transcript turn sit one level below the turn
            int depth = q.depth() + (turnWords.stream().anyMatch(t -> t.contains(q.span())) ? 1 : 0);
            out.add(new Quote(q.span(), kinds.get(i), a.speakerId(), a.addresseeId(), a.cue(), depth, q.closed()));
        }
        return new Quotes(out);
    }

    /**
     * Block quotations without marks of their own: an indented extract is someone's words.
     * A block that a marked quote already opens is left to that quote.
     */
    private static List<FoundQuote> blocks(String text, List<BlockQuote> blockQuotes, List<FoundQuote> marked) {
        List<FoundQuote> out = new ArrayList<>();
        for (BlockQuote b : blockQuotes) {
            int start = b.span().start(), end = b.span().end();
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end == start) continue;
            Span block = Span.of(start, end);
            if (marked.stream().anyMatch(q -> q.span().contains(block.start()))) continue;
            out.add(new FoundQuote(block, block, 0, true));
        }
        return out;
    }

    /** The marked quotes and the blocks, the marked quotes inside a block one level deeper. */
    private static List<FoundQuote> withBlocks(List<FoundQuote> marked, List<FoundQuote> blocks) {
        if (blocks.isEmpty()) return marked;
        List<FoundQuote> out = new ArrayList<>(blocks);
        for (FoundQuote q : marked) {
            boolean inside = blocks.stream().anyMatch(b -> b.span().contains(q.span()));
            out.add(inside ? new FoundQuote(q.span(), q.inner(), q.depth() + 1, q.closed()) : q);
        }
        out.sort(java.util.Comparator.comparingInt((FoundQuote q) -> q.span().start()).thenComparing(q -> -q.span().end()));
        return List.copyOf(out);
    }

    /** The sentence holding a quote's opening mark; a quote outside every sentence frames itself. */
    private static Span sentenceOf(List<Span> sentences, Span quote) {
        int i = Spans.indexHolding(sentences, quote.start());
        return i < 0 ? quote : sentences.get(i);
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
