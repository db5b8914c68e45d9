package org.annalist.annotate.claim;

import java.util.Objects;
import org.annalist.model.Span;

/**
 * A figure written in a text: {@code 3,279}, {@code 1.5 million}, {@code two thousand}.
 *
 * @param span  the characters of the figure
 * @param value its value
 * @param unit  the place of its last significant digit ({@code 2,600} → 100, {@code 792} → 1,
 *              {@code 1.5 million} → 100,000): the precision the writer claims
 * @param words true when written in words ({@code two thousand}, {@code a dozen})
 */
public record Figure(Span span, double value, double unit, boolean words) {
    public Figure {
        Objects.requireNonNull(span, "span");
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value must be finite and non-negative; got " + value + " at " + span);
        }
        if (!(unit > 0)) throw new IllegalArgumentException("unit must be positive; got " + unit + " at " + span);
    }

    /** {@return half a unit: how far the true figure may lie from this rounded one} */
    public double tolerance() {
        return unit / 2;
    }
}
