package org.annalist.annotate.time;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;
import org.annalist.model.layer.Timex;

/**
 * TempEval-3 style scoring of timexes, as the referee ({@code shared/tools/score.py}) does
 * it: extent by overlap; value by overlap and equal value; gold marked optional counts
 * neither for nor against (a prediction overlapping only optional gold is not counted).
 */
public final class TimexEvaluator {

    /** A gold timex. */
    public record Gold(Span span, String value, boolean optional) {
        public Gold {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Counts behind precision ({@code tpPredicted / predicted}) and recall ({@code tpGold / gold}). */
    public record Counts(int tpPredicted, int predicted, int tpGold, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) tpPredicted / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) tpGold / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public Counts plus(Counts o) {
            return new Counts(tpPredicted + o.tpPredicted, predicted + o.predicted, tpGold + o.tpGold, gold + o.gold);
        }
    }

    /** Extent and value scores. */
    public record Scores(Counts extent, Counts value) {
        public static final Scores ZERO = new Scores(new Counts(0, 0, 0, 0), new Counts(0, 0, 0, 0));

        public Scores plus(Scores o) {
            return new Scores(extent.plus(o.extent), value.plus(o.value));
        }
    }

    private TimexEvaluator() {
    }

    /** {@return the scores of {@code predicted} against {@code gold} for one document} */
    public static Scores score(List<Gold> gold, List<Timex> predicted) {
        List<Gold> required = gold.stream().filter(g -> !g.optional()).toList();
        List<Gold> optional = gold.stream().filter(Gold::optional).toList();
        List<Timex> counted = predicted.stream()
                .filter(p -> !(overlapsAny(p.span(), optional) && !overlapsAny(p.span(), required))).toList();
        int extP = (int) counted.stream().filter(p -> overlapsAny(p.span(), required)).count();
        int extR = (int) required.stream().filter(g -> predicted.stream().anyMatch(p -> p.span().overlaps(g.span()))).count();
        int valP = (int) counted.stream().filter(p -> required.stream()
                .anyMatch(g -> g.span().overlaps(p.span()) && g.value().equals(p.value()))).count();
        int valR = (int) required.stream().filter(g -> predicted.stream()
                .anyMatch(p -> p.span().overlaps(g.span()) && g.value().equals(p.value()))).count();
        return new Scores(new Counts(extP, counted.size(), extR, required.size()),
                new Counts(valP, counted.size(), valR, required.size()));
    }

    private static boolean overlapsAny(Span s, List<Gold> gold) {
        return gold.stream().anyMatch(g -> g.span().overlaps(s));
    }
}
