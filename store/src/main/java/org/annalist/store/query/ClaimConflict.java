package org.annalist.store.query;

import java.util.Objects;

/** Two documents stating figures for the same subject and measure (and compatible dates) that cannot both hold. */
public record ClaimConflict(String subject, String measure, ClaimRow first, ClaimRow second) {
    public ClaimConflict {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }
}
