package org.annalist.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * CoreNLP's neural dependency parser, decoded by annalist: the same model, the same 48
 * features and the same greedy arc-standard transitions as {@code DependencyParser.predict},
 * and the same arithmetic in the same order, so the parses are the same; only the network's
 * feed-forward is laid out for speed.
 *
 * <p>Why: the output layer (a score for each of the ~80 transitions from 200 hidden units) is
 * most of the parser's time, and CoreNLP computes it as one dot product per transition, a
 * reduction the JIT cannot vectorise. Here it is a sum of scaled rows of the transposed
 * matrix, which it does; each score still adds its products in the same order. The
 * precomputed first-layer products are built here, on all cores, for every frequent feature
 * the model lists; the model's own {@link DependencyParser} is loaded with none, so they are
 * not held twice. A feature outside that list has its product computed as CoreNLP does, in
 * {@code float}, and kept in a small per-thread cache instead of CoreNLP's locked one.
 *
 * <p>The parser's fields are private, so they are read once, at construction, through method
 * handles; the CoreNLP version is pinned in the build.
 */
final class ParserNetwork {

    private static final int FEATURES = Config.numTokens;
    private static final int CACHE_SLOTS = 1 << 14;

    private final DependencyParser parser;
    private final ArcStandard system;
    private final String[] transitions;
    private final MethodHandle featureArray;
    private final MethodHandle relation;
    private final MethodHandle structure;
    private final int hiddenSize;
    private final int embeddingSize;
    private final float[][] w1;
    private final float[][] embeddings;
    private final float[] b1;
    private final double[][] w2Transposed;
    private final int transitionCount;
    private final FeatureIndex precomputedIds;
    private final double[][] precomputed;
    private final ThreadLocal<ProductCache> cache = ThreadLocal.withInitial(ProductCache::new);

    /**
     * @param parser     a parser loaded with no precomputed features of its own
     * @param precompute how many of the model's frequent features to precompute here (all of
     *                   them at most); 0 computes every product on use, as CoreNLP does with none
     */
    ParserNetwork(DependencyParser parser, int precompute) {
        this.parser = parser;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(DependencyParser.class, MethodHandles.lookup());
            Classifier classifier = (Classifier) field(lookup, "classifier", Classifier.class).get(parser);
            Config config = (Config) field(lookup, "config", Config.class).get(parser);
            this.system = (ArcStandard) field(lookup, "system", ParsingSystem.class).get(parser);
            @SuppressWarnings("unchecked")
            List<Integer> frequent = (List<Integer>) field(lookup, "preComputed", List.class).get(parser);
            this.featureArray = lookup.findVirtual(DependencyParser.class, "getFeatureArray",
                    MethodType.methodType(int[].class, Configuration.class));
            this.relation = lookup.findVirtual(DependencyParser.class, "makeGrammaticalRelation",
                    MethodType.methodType(GrammaticalRelation.class, String.class));
            this.structure = lookup.findVirtual(DependencyParser.class, "makeGrammaticalStructure",
                    MethodType.methodType(GrammaticalStructure.class, List.class, TreeGraphNode.class));
            MethodHandles.Lookup systemLookup = MethodHandles.privateLookupIn(ParsingSystem.class, MethodHandles.lookup());
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) systemLookup
                    .findVarHandle(ParsingSystem.class, "transitions", List.class).get(system);
            this.transitions = names.toArray(String[]::new);
            this.hiddenSize = config.hiddenSize;
            this.embeddingSize = config.embeddingSize;
            this.w1 = classifier.getW1();
            this.embeddings = classifier.getE();
            this.b1 = classifier.getb1();
            float[][] w2 = classifier.getW2();
            this.transitionCount = w2.length;
            this.w2Transposed = new double[hiddenSize][transitionCount];
            for (int i = 0; i < transitionCount; i++) {
                for (int j = 0; j < hiddenSize; j++) w2Transposed[j][i] = w2[i][j];
            }
            int n = Math.min(precompute, frequent.size());
            this.precomputedIds = new FeatureIndex(n);
            for (int id = 0; id < n; id++) precomputedIds.put(frequent.get(id), id);
            this.precomputed = new double[n][];
            precompute(n, id -> precomputed[id] = product(frequent.get(id)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP's dependency parser is not the one annalist reads", e);
        }
    }

    /**
     * Runs {@code work} for 0..n-1 on a pool of its own: the parser loads while holding a lock
     * that parse tasks on the common pool wait for, so the common pool may have no thread free.
     */
    static void precompute(int n, IntConsumer work) {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(work)).join();
        } finally {
            pool.shutdown();
        }
    }

    private static VarHandle field(MethodHandles.Lookup lookup, String name, Class<?> type)
            throws ReflectiveOperationException {
        return lookup.findVarHandle(DependencyParser.class, name, type);
    }

    /**
     * {@return the parse of {@code tokens}}, each with its word and tag set, as
     * {@code DependencyParser.predict} returns it: CoreNLP's own grammatical structure is built
     * from the transitions, because it corrects relations (a subject of a passive verb becomes
     * {@code nsubj:pass})
     */
    GrammaticalStructure predict(List<CoreLabel> tokens) {
        CoreLabel sentence = new CoreLabel();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Configuration c = system.initialConfiguration(sentence);
        double[] hidden = new double[hiddenSize];
        double[] scores = new double[transitionCount];
        while (!system.isTerminal(c)) {
            score(features(c), hidden, scores);
            double best = Double.NEGATIVE_INFINITY;
            String chosen = null;
            for (int t = 0; t < transitions.length; t++) {
                if (scores[t] > best && system.canApply(c, transitions[t])) {
                    best = scores[t];
                    chosen = transitions[t];
                }
            }
            system.apply(c, chosen);
        }
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        for (int i = 1; i <= tokens.size(); i++) {
            int head = c.getHead(i);
            IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(i));
            dependencies.add(new TypedDependency(relation, governor, dependent));
        }
        try {
            return (GrammaticalStructure) structure.invokeExact(parser, dependencies, new TreeGraphNode(root));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private GrammaticalRelation relation(String label) {
        try {
            return (GrammaticalRelation) relation.invokeExact(parser, label);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private int[] features(Configuration c) {
        try {
            return (int[]) featureArray.invokeExact(parser, c);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The network's scores of every transition for {@code features}, into {@code scores}. */
    private void score(int[] features, double[] hidden, double[] scores) {
        Arrays.fill(hidden, 0);
        ProductCache products = cache.get();
        for (int j = 0; j < FEATURES; j++) {
            int feature = features[j] * FEATURES + j;
            int id = precomputedIds.get(feature);
            if (id >= 0) {
                double[] p = precomputed[id];
                for (int h = 0; h < hiddenSize; h++) hidden[h] += p[h];
            } else {
                float[] p = products.get(feature, this);
                for (int h = 0; h < hiddenSize; h++) hidden[h] += p[h];
            }
        }
        for (int h = 0; h < hiddenSize; h++) {
            hidden[h] += b1[h];
            hidden[h] = hidden[h] * hidden[h] * hidden[h];
        }
        Arrays.fill(scores, 0);
        for (int h = 0; h < hiddenSize; h++) {
            double v = hidden[h];
            double[] row = w2Transposed[h];
            for (int t = 0; t < transitionCount; t++) scores[t] += v * row[t];
        }
    }

    /** {@return a frequent feature's first-layer product, summed in {@code double} as CoreNLP precomputes it} */
    private double[] product(int feature) {
        float[] e = embeddings[feature / FEATURES];
        int offset = (feature % FEATURES) * embeddingSize;
        double[] out = new double[hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            double sum = 0;
            float[] w = w1[h];
            for (int k = 0; k < e.length; k++) sum += w[offset + k] * e[k];
            out[h] = sum;
        }
        return out;
    }

    /** {@return any other feature's first-layer product, rounded to {@code float} as CoreNLP computes it on use} */
    private float[] productOnUse(int feature) {
        double[] sums = product(feature);
        float[] out = new float[hiddenSize];
        for (int h = 0; h < hiddenSize; h++) out[h] = (float) sums[h];
        return out;
    }

    /** A direct-mapped cache of products computed on use: one per thread, so no lock. */
    private static final class ProductCache {
        private final int[] keys = new int[CACHE_SLOTS];
        private final float[][] values = new float[CACHE_SLOTS][];

        float[] get(int feature, ParserNetwork network) {
            int slot = (feature * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(CACHE_SLOTS));
            if (values[slot] != null && keys[slot] == feature) return values[slot];
            float[] p = network.productOnUse(feature);
            keys[slot] = feature;
            values[slot] = p;
            return p;
        }
    }

    /** Feature number to precomputed row, open addressing over primitive ints. */
    private static final class FeatureIndex {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        FeatureIndex(int size) {
            int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
            this.keys = new int[capacity];
            this.values = new int[capacity];
            this.mask = capacity - 1;
            Arrays.fill(keys, -1);
        }

        void put(int key, int value) {
            int i = mix(key) & mask;
            while (keys[i] != -1 && keys[i] != key) i = (i + 1) & mask;
            keys[i] = key;
            values[i] = value;
        }

        /** {@return the row of {@code key}, or -1} */
        int get(int key) {
            int i = mix(key) & mask;
            while (true) {
                int k = keys[i];
                if (k == key) return values[i];
                if (k == -1) return -1;
                i = (i + 1) & mask;
            }
        }

        private static int mix(int key) {
            return key * 0x9E3779B9 >>> 7 ^ key;
        }
    }
}
