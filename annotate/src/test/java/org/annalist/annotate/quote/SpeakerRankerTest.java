package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class SpeakerRankerTest {

    private static final int N = SpeakerRanker.FEATURES.size();

    private static double[] row(String... on) {
        double[] x = new double[N];
        for (String f : on) x[SpeakerRanker.FEATURES.indexOf(f)] = 1;
        return x;
    }

    private static SpeakerRanker weights(String feature, double w) {
        double[] ws = new double[N];
        ws[SpeakerRanker.FEATURES.indexOf(feature)] = w;
        return SpeakerRanker.of(-1, ws, List.of("test"));
    }

    @Test
    void theShippedWeightsNameEveryFeatureAndSayHowTheyWereMeasured() {
        SpeakerRanker shipped = SpeakerRanker.standard();
        assertThat(shipped.comments()).anyMatch(c -> c.startsWith("cross-validated") && c.contains("folds by document"));
        // a reporting verb's subject is the surest cue; being addressed in the words speaks against
        assertThat(shipped.weight("sieve.verb")).isGreaterThan(1);
        assertThat(shipped.weight("addressed")).isNegative();
        assertThat(shipped.weight("gender.disagrees")).isNegative();
    }

    @Property(tries = 50)
    void weightsWrittenReadBackTheSame(@ForAll @DoubleRange(min = -20, max = 20) double bias,
                                       @ForAll @DoubleRange(min = -20, max = 20) double first) throws IOException {
        double[] ws = new double[N];
        for (int i = 0; i < N; i++) ws[i] = first * (i % 3 - 1) / (i + 1);
        SpeakerRanker r = SpeakerRanker.of(bias, ws, List.of("made by a test"));
        StringWriter out = new StringWriter();
        r.write(out);
        SpeakerRanker back = SpeakerRanker.read(new StringReader(out.toString()), "w.tsv");
        assertThat(back.weight("bias")).isCloseTo(bias, org.assertj.core.data.Offset.offset(1e-6));
        for (String f : SpeakerRanker.FEATURES) {
            assertThat(back.weight(f)).isCloseTo(r.weight(f), org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(back.comments()).containsExactly("made by a test");
    }

    @Test
    void aBadWeightsFileIsRefusedNamingFileAndLine() {
        assertThatThrownBy(() -> SpeakerRanker.read(new StringReader("bias\t1\n"), "w.tsv"))
                .hasMessageContaining("w.tsv:1").hasMessageContaining(SpeakerRanker.FORMAT);
        assertThatThrownBy(() -> SpeakerRanker.read(new StringReader("# " + SpeakerRanker.FORMAT + "\n# c\nwho.knows\t1\n"), "w.tsv"))
                .hasMessageContaining("w.tsv:3").hasMessageContaining("unknown feature 'who.knows'");
        assertThatThrownBy(() -> SpeakerRanker.read(new StringReader("# " + SpeakerRanker.FORMAT + "\nbias\tmany\n"), "w.tsv"))
                .hasMessageContaining("w.tsv:2").hasMessageContaining("not a number");
        assertThatThrownBy(() -> SpeakerRanker.read(new StringReader("# " + SpeakerRanker.FORMAT + "\nbias\t1\n"), "w.tsv"))
                .hasMessageContaining("w.tsv: no weight for sieve.verb");
    }

    @Test
    void aVerbCueStaysInFrontOfTheModel() {
        SpeakerRanker r = weights("before.rank1", 5);
        SpeakerChoice c = new SpeakerChoice(Span.of(0, 5), List.of("ann", "bob"), List.of(row(), row("before.rank1")),
                Optional.of("ann"), true, Optional.empty());
        assertThat(r.choose(c)).contains("ann");
    }

    @Test
    void otherwiseTheBestScoringCandidateWhoIsNotAddressedSpeaks() {
        SpeakerRanker r = weights("before.rank1", 5);
        SpeakerChoice c = new SpeakerChoice(Span.of(0, 5), List.of("ann", "bob", "cy"),
                List.of(row(), row("before.rank1"), row("before.rank1")), Optional.of("ann"), false, Optional.of("bob"));
        assertThat(r.choose(c)).contains("cy");
    }

    @Test
    void aQuoteTheSieveLeftEmptyGetsASpeakerOnlyAtBetterThanEvenOdds() {
        SpeakerRanker r = weights("before.rank1", 0.5); // bias -1: log-odds -0.5 at best
        SpeakerChoice c = new SpeakerChoice(Span.of(0, 5), List.of("ann"), List.<double[]>of(row("before.rank1")),
                Optional.empty(), false, Optional.empty());
        assertThat(r.choose(c)).isEmpty();
        assertThat(weights("before.rank1", 3).choose(c)).contains("ann");
    }
}
