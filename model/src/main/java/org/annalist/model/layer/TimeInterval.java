package org.annalist.model.layer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The calendar days a time value may cover: from the earliest day it can start to the
 * latest day it can end, both inclusive. BC years use the proleptic ISO numbering of
 * {@link LocalDate} (44 BC is year -43).
 */
public record TimeInterval(LocalDate earliest, LocalDate latest) {
    public TimeInterval {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("interval end " + latest + " is before its start " + earliest);
        }
    }

    public static TimeInterval of(LocalDate earliest, LocalDate latest) {
        return new TimeInterval(earliest, latest);
    }

    /** {@return the one-day interval of {@code day}} */
    public static TimeInterval day(LocalDate day) {
        return new TimeInterval(day, day);
    }

    /** {@return true when {@code day} lies inside this interval} */
    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    /** {@return true when {@code other} lies wholly inside this interval} */
    public boolean contains(TimeInterval other) {
        return contains(other.earliest) && contains(other.latest);
    }

    /** {@return the smallest interval covering both} */
    public TimeInterval span(TimeInterval other) {
        return new TimeInterval(earliest.isBefore(other.earliest) ? earliest : other.earliest,
                latest.isAfter(other.latest) ? latest : other.latest);
    }
}
