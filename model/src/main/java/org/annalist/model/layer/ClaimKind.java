package org.annalist.model.layer;

import java.util.Locale;

/**
 * What a figure counts, in the order a historian weighs it: casualties first, then forces and
 * prisoners, money, materiel, and last the trivial counts of description ("four horses
 * abreast", "two soldiers", "the seven states").
 */
public enum ClaimKind {
    CASUALTIES(5), FORCES(4), PRISONERS(4), MONEY(3), MATERIEL(2), COUNT(1);

    private final int weight;

    ClaimKind(int weight) {
        this.weight = weight;
    }

    /** {@return how much the figure weighs in a ledger}: higher first */
    public int weight() {
        return weight;
    }

    /** {@return the lower-case label, e.g. {@code casualties}} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return the kind labelled {@code label} (any case)}; fails on an unknown label */
    public static ClaimKind of(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown claim kind '" + label + "'; kinds: "
                    + java.util.Arrays.toString(values()), e);
        }
    }
}
