package org.annalist.model.layer;

/** TIMEX3 {@code mod}: approximation and part-of-period modifiers ("early 1939", "nearly ten days"). */
public enum TimexMod {
    BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE,
    START, MID, END, APPROX
}
