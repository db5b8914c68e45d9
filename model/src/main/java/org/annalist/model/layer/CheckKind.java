package org.annalist.model.layer;

/** The arithmetic a text states between its figures. */
public enum CheckKind {
    /** "2,600 fewer": the gap between two groups' sums. */
    DIFFERENCE,
    /** "a total of", "in all": the sum of the figures before it. */
    TOTAL,
    /** "twice as many", "half": one figure a multiple of another. */
    RATIO
}
