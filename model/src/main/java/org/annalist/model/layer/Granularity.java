package org.annalist.model.layer;

/** How precise a time value is, from the coarsest (century) to the finest (time of day). */
public enum Granularity {
    MILLENNIUM, CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, DAY, TIME,
    /** durations, sets and deictic references that name no calendar stretch */
    NONE
}
