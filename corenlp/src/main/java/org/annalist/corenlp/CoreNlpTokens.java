package org.annalist.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Stage;
import org.annalist.model.Span;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Token;
import org.annalist.model.layer.Tokens;

/**
 * Tokens, sentences and parts of speech from CoreNLP (PTB tokenizer, its sentence
 * splitter, {@code english-left3words-distsim} tagger).
 *
 * <p>Reads no layer; writes {@link Tokens}. It reads {@link AnnotatedText#maskedText()},
 * so note calls, notes and set-aside text are never tokens, and tokenises each
 * {@linkplain TextUnits unit} (paragraph, heading, transcript label) on its own, so no
 * sentence crosses one. A sentence longer than {@code maxSentenceTokens} is cut, after a
 * comma, colon or semicolon when there is one in its second half. Every token's span
 * points into the source and its {@code word} is the source's covered text (not
 * CoreNLP's {@code -LRB-} or ASCII quotes). Units are tokenised and tagged on all cores
 * (the common fork-join pool); the output order is the text's.
 */
public final class CoreNlpTokens implements Stage<Tokens> {

    /** The default sentence cap: long enough for real prose, short enough for the tagger. */
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 150;

    private final CoreNlpModels models;
    private final int maxSentenceTokens;

    public CoreNlpTokens(CoreNlpModels models, int maxSentenceTokens) {
        this.models = Objects.requireNonNull(models, "models");
        if (maxSentenceTokens < 2) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 2; got " + maxSentenceTokens);
        }
        this.maxSentenceTokens = maxSentenceTokens;
    }

    public CoreNlpTokens(CoreNlpModels models) {
        this(models, DEFAULT_MAX_SENTENCE_TOKENS);
    }

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public Class<Tokens> produces() {
        return Tokens.class;
    }

    @Override
    public Set<Class<? extends Layer>> reads() {
        return Set.of();
    }

    @Override
    public Tokens annotate(AnnotatedText text) {
        String masked = text.maskedText();
        String source = text.source().text();
        List<Span> units = TextUnits.of(text.structure(), masked);
        // one task per unit: its CoreLabels are garbage as soon as its sentences are tagged,
        // and units are at most TextUnits.MAX_UNIT_CHARS long, so even one huge line spreads
        // over all cores
        List<Sentence> sentences = units.parallelStream()
                .flatMap(unit -> split(masked, unit).stream().map(labels -> tag(labels, source)))
                .toList();
        return new Tokens(sentences);
    }

    /** {@return the sentences of {@code unit}, token offsets made absolute} */
    private List<List<CoreLabel>> split(String masked, Span unit) {
        List<CoreLabel> labels = models.tokenizerFactory()
                .getTokenizer(new StringReader(masked.substring(unit.start(), unit.end())))
                .tokenize();
        List<CoreLabel> kept = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            int begin = label.beginPosition() + unit.start();
            int end = label.endPosition() + unit.start();
            // PTB's extra sentence-final period after "U.S." is empty; a lone soft hyphen or
            // zero-width space is kept by noneKeep but is no word
            if (end <= begin || invisible(masked, begin, end)) continue;
            label.setBeginPosition(begin);
            label.setEndPosition(end);
            kept.add(label);
        }
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (List<CoreLabel> sentence : models.sentenceSplitter().process(kept)) {
            cap(sentence, sentences);
        }
        return sentences;
    }

    private static boolean invisible(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (!Character.isWhitespace(c) && type != Character.SPACE_SEPARATOR && type != Character.FORMAT) return false;
        }
        return true;
    }

    private void cap(List<CoreLabel> sentence, List<List<CoreLabel>> out) {
        int from = 0;
        while (sentence.size() - from > maxSentenceTokens) {
            int limit = from + maxSentenceTokens;
            int cut = limit;
            for (int i = limit - 1; i > from + maxSentenceTokens / 2; i--) {
                String w = sentence.get(i).word();
                if (w.equals(",") || w.equals(";") || w.equals(":")) {
                    cut = i + 1;
                    break;
                }
            }
            out.add(new ArrayList<>(sentence.subList(from, cut)));
            from = cut;
        }
        if (from < sentence.size()) out.add(from == 0 ? sentence : new ArrayList<>(sentence.subList(from, sentence.size())));
    }

    private Sentence tag(List<CoreLabel> labels, String source) {
        models.tagger().tagCoreLabels(labels);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            Span span = Span.of(label.beginPosition(), label.endPosition());
            tokens.add(new Token(span, source.substring(span.start(), span.end()), label.tag()));
        }
        Span span = Span.of(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
        return new Sentence(span, tokens);
    }
}
