package org.annalist.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Token;
import org.annalist.model.layer.Tokens;
import org.junit.jupiter.api.Test;

/**
 * annalist's decoding of the parser gives CoreNLP's own parses: both ways of computing a
 * feature's product (precomputed at load, computed on use) are compared with
 * {@code DependencyParser.predict} on every sentence of the seeds.
 */
class ParserNetworkTest {

    /** precompute this many frequent features on both sides, so both paths are exercised */
    private static final int PRECOMPUTED = 20_000;

    @Test
    void everySeedSentenceParsesExactlyAsCoreNlpParsesIt() {
        Properties config = new Properties();
        config.setProperty("numPreComputed", Integer.toString(PRECOMPUTED));
        DependencyParser reference = DependencyParser.loadFromModelFile(CoreNlpModels.PARSER, config);
        Properties none = new Properties();
        none.setProperty("numPreComputed", "0");
        ParserNetwork network = new ParserNetwork(DependencyParser.loadFromModelFile(CoreNlpModels.PARSER, none),
                PRECOMPUTED);

        int sentences = 0;
        int arcs = 0;
        for (String name : SeedTexts.names()) {
            AnnotatedText text = Pipeline.of(List.of(new CoreNlpTokens(CoreNlpModels.shared())))
                    .run(SeedTexts.read(name));
            for (Sentence s : text.layer(Tokens.class).sentences()) {
                int[] heads = new int[s.tokens().size()];
                String[] relations = new String[s.tokens().size()];
                GrammaticalStructure gs = reference.predict(labels(s));
                for (TypedDependency d : gs.typedDependencies()) {
                    heads[d.dep().index() - 1] = d.gov().index() - 1;
                    relations[d.dep().index() - 1] = d.reln().toString();
                }
                List<TypedDependency> ours = List.copyOf(network.predict(labels(s)).typedDependencies());
                assertThat(ours).as(s.toString()).hasSize(heads.length);
                for (TypedDependency d : ours) {
                    assertThat(d.gov().index() - 1).as(s + " head of " + d.dep()).isEqualTo(heads[d.dep().index() - 1]);
                    assertThat(d.reln().toString()).as(s + " relation of " + d.dep()).isEqualTo(relations[d.dep().index() - 1]);
                }
                sentences++;
                arcs += heads.length;
            }
        }
        assertThat(sentences).isGreaterThan(70);
        assertThat(arcs).isGreaterThan(1_500);
    }

    private static List<CoreLabel> labels(Sentence s) {
        List<CoreLabel> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            CoreLabel label = new CoreLabel();
            label.setWord(t.word());
            label.setValue(t.word());
            label.setTag(t.pos());
            label.setIndex(out.size() + 1);
            out.add(label);
        }
        return out;
    }

    @Test
    void precomputingRunsOnAPoolOfItsOwnNeverOnTheCommonPool() {
        // the parser loads holding a lock that parse tasks on the common pool wait for: work
        // of the load's on the common pool could wait behind them for ever
        Set<ForkJoinPool> pools = ConcurrentHashMap.newKeySet();
        AtomicInteger done = new AtomicInteger();
        ParserNetwork.precompute(20_000, id -> {
            pools.add(ForkJoinTask.getPool() == null ? ForkJoinPool.commonPool() : ForkJoinTask.getPool());
            done.incrementAndGet();
        });
        assertThat(done.get()).isEqualTo(20_000);
        assertThat(pools).hasSize(1).doesNotContain(ForkJoinPool.commonPool());
    }
}
