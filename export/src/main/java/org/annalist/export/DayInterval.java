package org.annalist.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.annalist.annotate.time.TimexValue;
import org.annalist.store.query.MessageRow;

/** The calendar days {@code [from, to]} (both inclusive) a date covers. */
public record DayInterval(LocalDate from, LocalDate to) {

    public DayInterval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) throw new IllegalArgumentException("interval ends " + to + " before it starts " + from);
    }

    /**
     * {@return the days of a TIMEX3 value that has them} (a day, month, season, half, quarter,
     * year, decade, …: {@link TimexValue#parse}), empty for any other value
     */
    public static Optional<DayInterval> ofTimexValue(String value) {
        return TimexValue.parse(value.strip()).map(p -> new DayInterval(p.interval().earliest(), p.interval().latest()));
    }

    /** {@return the days the date of {@code message} covers}, if it has a date with days */
    public static Optional<DayInterval> of(MessageRow message) {
        return message.date().flatMap(DayInterval::ofTimexValue);
    }

    /** {@return the days between two ISO dates}; fails on a malformed date */
    public static DayInterval ofIso(String from, String to) {
        try {
            return new DayInterval(LocalDate.parse(from), LocalDate.parse(to));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO day interval: " + from + "/" + to, e);
        }
    }

    /** {@return whether this is one whole calendar year} */
    public boolean isWholeYear() {
        return from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
    }

    /** {@return whether this is one whole calendar month} */
    public boolean isWholeMonth() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth());
    }

    /** {@return whether this is a single day} */
    public boolean isDay() {
        return from.equals(to);
    }
}
