package org.annalist.store.query;

import java.util.Optional;

/**
 * The values a stated figure allows. An exact figure allows half a unit of its last significant
 * digit either side (2,600 → 2,550..2,650; 792 → 791.5..792.5); "about" at least ten per cent;
 * "more than" and "at least" have no upper bound; "less than" none below zero.
 *
 * @param low      the least value allowed
 * @param lowOpen  whether {@code low} itself is excluded ("more than 700")
 * @param high     the greatest value allowed; empty when unbounded
 * @param highOpen whether {@code high} itself is excluded ("less than 700")
 */
public record ClaimRange(double low, boolean lowOpen, Optional<Double> high, boolean highOpen) {

    private static final double APPROXIMATE = 0.1;
    private static final double EPSILON = 1e-9;

    public ClaimRange {
        java.util.Objects.requireNonNull(high, "high");
        if (high.isPresent() && high.get() < low) {
            throw new IllegalArgumentException("range high " + high.get() + " is below low " + low);
        }
    }

    /** {@return the range of {@code value} stated with {@code qualifier} (an annalist-gold/1 label)} */
    public static ClaimRange of(double value, String qualifier) {
        if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value must be a finite non-negative number; got " + value);
        }
        double t = precision(value);
        return switch (qualifier) {
            case "exact" -> new ClaimRange(Math.max(0, value - t), false, Optional.of(value + t), true);
            case "approximately" -> {
                double w = Math.max(t, APPROXIMATE * value);
                yield new ClaimRange(Math.max(0, value - w), false, Optional.of(value + w), true);
            }
            case "more than" -> new ClaimRange(value, true, Optional.empty(), false);
            case "at least" -> new ClaimRange(value, false, Optional.empty(), false);
            case "less than" -> new ClaimRange(0, false, Optional.of(value), true);
            default -> throw new IllegalArgumentException("unknown qualifier '" + qualifier + "' for value " + value);
        };
    }

    /** {@return half a unit of the last significant digit of {@code value}} (0 → 0.5, 1.5 → 0.05) */
    static double precision(double value) {
        double unit = 1e-6;
        if (value >= 1) {
            unit = 1;
            while (value >= unit * 10 && isMultiple(value, unit * 10)) unit *= 10;
        } else if (value > 0) {
            unit = 1;
            while (unit > 1e-6 && !isMultiple(value, unit)) unit /= 10;
        } else {
            unit = 1;
        }
        if (value >= 1 && !isMultiple(value, 1)) {
            unit = 1;
            while (unit > 1e-6 && !isMultiple(value, unit)) unit /= 10;
        }
        return unit / 2;
    }

    private static boolean isMultiple(double value, double unit) {
        double q = value / unit;
        return Math.abs(q - Math.rint(q)) < EPSILON * Math.max(1, q);
    }

    /** {@return true when some value lies in both ranges}: two statements that can both hold */
    public boolean overlaps(ClaimRange other) {
        return below(low, lowOpen, other.high, other.highOpen) && below(other.low, other.lowOpen, high, highOpen);
    }

    private static boolean below(double low, boolean lowOpen, Optional<Double> high, boolean highOpen) {
        if (high.isEmpty()) return true;
        double h = high.get();
        return lowOpen || highOpen ? low < h - EPSILON : low <= h + EPSILON;
    }
}
