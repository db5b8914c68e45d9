package org.annalist.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.annotate.Stage;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Names;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Token;
import org.annalist.model.layer.Tokens;
import org.junit.jupiter.api.Test;

class BenchmarkTest {

    /** Splits at spaces: one sentence of every word. */
    private static final class SpaceTokens implements Stage<Tokens> {
        @Override public String name() { return "spaces"; }
        @Override public Class<Tokens> produces() { return Tokens.class; }
        @Override public Set<Class<? extends Layer>> reads() { return Set.of(); }
        @Override public Tokens annotate(AnnotatedText text) {
            String s = text.maskedText();
            List<Token> tokens = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= s.length(); i++) {
                boolean space = i == s.length() || Character.isWhitespace(s.charAt(i));
                if (space && start >= 0) {
                    tokens.add(new Token(Span.of(start, i), s.substring(start, i), "NN"));
                    start = -1;
                } else if (!space && start < 0) {
                    start = i;
                }
            }
            return new Tokens(List.of(new Sentence(Span.of(0, s.length()), tokens)));
        }
    }

    private static final class NoNames implements Stage<Names> {
        @Override public String name() { return "nonames"; }
        @Override public Class<Names> produces() { return Names.class; }
        @Override public Set<Class<? extends Layer>> reads() { return Set.of(Tokens.class); }
        @Override public Names annotate(AnnotatedText text) { return new Names(List.of()); }
    }

    private static SourceDocument doc(String text) {
        return new SourceDocument(SourceText.of("d.txt", text), Structure.EMPTY);
    }

    @Test
    void theReportCountsTokensAndListsEveryStageInOrder() {
        Pipeline pipeline = Pipeline.of(List.of(new SpaceTokens(), new NoNames()));
        BenchmarkReport report = Benchmark.run(pipeline, List.of(doc("one two three"), doc("four five")), 1, 3, 1234);
        assertThat(report.tokens()).isEqualTo(5);
        assertThat(report.characters()).isEqualTo(22);
        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.measuredRuns()).isEqualTo(3);
        assertThat(report.modelLoadMillis()).isEqualTo(1234);
        assertThat(report.stages()).extracting(StageFigures::stage).containsExactly("structure", "spaces", "nonames");
        assertThat(report.stages()).allSatisfy(s -> assertThat(s.peakHeapBytes()).isPositive());
        assertThat(report.stages().stream().mapToDouble(StageFigures::share).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.peakHeapBytes()).isEqualTo(
                report.stages().stream().mapToLong(StageFigures::peakHeapBytes).max().orElseThrow());
        assertThat(report.toTable()).contains("structure", "spaces", "nonames", "end to end", "model load 1,234 ms");
    }

    @Test
    void badRunCountsAreRefusedWithTheirValues() {
        Pipeline pipeline = Pipeline.of(List.of(new SpaceTokens()));
        assertThatThrownBy(() -> Benchmark.run(pipeline, List.of(doc("a")), 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measuredRuns=0");
        assertThatThrownBy(() -> Benchmark.run(pipeline, List.of(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no documents");
    }
}
