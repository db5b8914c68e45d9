package org.annalist.model.layer;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;

/**
 * An arithmetic relation the text states, recomputed from its figures.
 *
 * @param kind      difference, total or ratio
 * @param stated    the number span of the stated result (the claim "2,600 fewer"; for a ratio, the
 *                  cue "twice as many")
 * @param statedValue the result as written (for a ratio, the factor)
 * @param operands  the number spans of the figures it is computed from, in text order; for a
 *                  difference the first group's figures, then the second's
 * @param computed  the result recomputed from the operands
 * @param tolerance how far the computed value may lie from the stated one: half a unit of the
 *                  stated figure's last significant digit (2,600 → ±50; 792 → ±0.5)
 * @param consistent whether {@code |computed - statedValue| <= tolerance}
 */
public record ClaimCheck(CheckKind kind, Span stated, double statedValue, List<Span> operands,
                         double computed, double tolerance, boolean consistent) {

    public ClaimCheck {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stated, "stated");
        operands = List.copyOf(operands);
        if (operands.isEmpty()) {
            throw new IllegalArgumentException("a check needs operands; got none for " + kind + " at " + stated);
        }
        if (tolerance < 0) {
            throw new IllegalArgumentException("tolerance must be non-negative; got " + tolerance + " at " + stated);
        }
    }

    /** {@return a check whose consistency is computed from its values} */
    public static ClaimCheck of(CheckKind kind, Span stated, double statedValue, List<Span> operands,
                                double computed, double tolerance) {
        return new ClaimCheck(kind, stated, statedValue, operands, computed, tolerance,
                Math.abs(computed - statedValue) <= tolerance + 1e-9);
    }
}
