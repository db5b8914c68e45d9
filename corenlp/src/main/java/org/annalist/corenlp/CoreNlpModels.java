package org.annalist.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The CoreNLP models annalist uses: the PTB tokenizer and sentence splitter, the
 * {@code english-left3words-distsim} part-of-speech tagger, one CRF name classifier and the
 * neural dependency parser ({@code english_UD}). No SUTime, no numeric classifiers, no RegexNER.
 *
 * <p>{@link #shared()} loads them once per process, on first use, thread-safely; every
 * stage and every test in a JVM shares that instance. {@link #load(NerModel)} loads a
 * private set, for comparisons. The parser loads on its first use (a run without the parse
 * stage never pays for it), on {@link #loadParser()} or, in the background, on {@link #loadParserSoon()}. All the models are safe to use from
 * many threads.
 */
public final class CoreNlpModels {

    /** The NER model {@link #shared()} loads: see the corenlp report for the speed/quality figures. */
    public static final NerModel DEFAULT_NER = NerModel.ALL_3CLASS;

    static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String PARSER = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    /*
     * The parser's hidden layer is a sum over 48 features of embedding × weight products; a
     * feature on the model's list of frequent ones has its product computed once, at load.
     * The model lists 99,990 of them, its configuration precomputes 20,000; all of them
     * parses about a fifth faster (measured with the parser alone on 1,000 sentences of
     * Grant's memoirs, 2026-12-07). ParserNetwork holds them, 160 MB.
     */
    static final int PARSER_PRECOMPUTED = 100_000;

    /*
     * invertible: keep character offsets and the original text of each token;
     * untokenizable=noneKeep: keep odd characters as tokens without logging each one.
     */
    private static final String TOKENIZER_OPTIONS = "invertible=true,untokenizable=noneKeep";

    private final TokenizerFactory<CoreLabel> tokenizerFactory;
    private final WordToSentenceProcessor<CoreLabel> sentenceSplitter;
    private final MaxentTagger tagger;
    private final CRFClassifier<CoreLabel> ner;
    private final NerModel nerModel;
    private final ModelLoadTimes loadTimes;
    private volatile ParserNetwork parser;
    private volatile long parserMillis;
    private final AtomicBoolean loadingStarted = new AtomicBoolean();

    private CoreNlpModels(NerModel nerModel) {
        this.nerModel = Objects.requireNonNull(nerModel, "nerModel");
        long t0 = System.nanoTime();
        this.tokenizerFactory = PTBTokenizer.factory(new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);
        this.sentenceSplitter = new WordToSentenceProcessor<>();
        long t1 = System.nanoTime();
        this.tagger = new MaxentTagger(TAGGER);
        long t2 = System.nanoTime();
        try {
            this.ner = CRFClassifier.getClassifier(nerModel.resource());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + nerModel.resource(), e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("NER model " + nerModel.resource() + " does not match this CoreNLP", e);
        }
        long t3 = System.nanoTime();
        this.loadTimes = new ModelLoadTimes(millis(t1 - t0), millis(t2 - t1), millis(t3 - t2));
    }

    private static final class Holder {
        static final CoreNlpModels SHARED = new CoreNlpModels(DEFAULT_NER);
    }

    /** {@return the process-wide models}, loading them on the first call */
    public static CoreNlpModels shared() {
        return Holder.SHARED;
    }

    /** {@return a fresh, unshared set of models with {@code nerModel}}; for comparisons and benchmarks */
    public static CoreNlpModels load(NerModel nerModel) {
        return new CoreNlpModels(nerModel);
    }

    /** {@return how long loading took} */
    public ModelLoadTimes loadTimes() {
        return loadTimes;
    }

    /** {@return how long loading the dependency parser took, in milliseconds}, loading it now if it is not loaded yet */
    public long loadParser() {
        parser();
        return parserMillis;
    }

    /**
     * Starts loading the dependency parser on a background thread, once per process, so that
     * it loads while the first text is tokenised and tagged; a use before it is done waits.
     */
    public void loadParserSoon() {
        if (parser != null || loadingStarted.getAndSet(true)) return;
        Thread t = new Thread(this::parser, "annalist-parser-load");
        t.setDaemon(true);
        t.start();
    }

    /** {@return the NER model loaded} */
    public NerModel nerModel() {
        return nerModel;
    }

    TokenizerFactory<CoreLabel> tokenizerFactory() {
        return tokenizerFactory;
    }

    WordToSentenceProcessor<CoreLabel> sentenceSplitter() {
        return sentenceSplitter;
    }

    MaxentTagger tagger() {
        return tagger;
    }

    CRFClassifier<CoreLabel> ner() {
        return ner;
    }

    ParserNetwork parser() {
        ParserNetwork p = parser;
        if (p != null) return p;
        synchronized (this) {
            if (parser == null) {
                long t0 = System.nanoTime();
                // the network precomputes the frequent features itself, so CoreNLP's copy holds none
                Properties config = new Properties();
                config.setProperty("numPreComputed", "0");
                parser = new ParserNetwork(DependencyParser.loadFromModelFile(PARSER, config), PARSER_PRECOMPUTED);
                parserMillis = millis(System.nanoTime() - t0);
            }
            return parser;
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000L;
    }
}
