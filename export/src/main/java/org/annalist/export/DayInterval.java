package org.annalist.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar days {@code [from, to]} (both inclusive) a date covers. */
public record DayInterval(LocalDate from, LocalDate to) {

    private static final Pattern CALENDAR = Pattern.compile("(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern PART = Pattern.compile("(-?\\d{4})-([HQ])([1-4])");

    public DayInterval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) throw new IllegalArgumentException("interval ends " + to + " before it starts " + from);
    }

    /**
     * {@return the days of a TIMEX3 calendar value (YYYY, YYYY-MM, YYYY-MM-DD) or half or quarter
     * year (YYYY-H1, YYYY-Q3)}, empty for any other value
     */
    public static Optional<DayInterval> ofTimexValue(String value) {
        Matcher p = PART.matcher(value.strip());
        if (p.matches()) {
            int year = Integer.parseInt(p.group(1));
            int months = p.group(2).equals("H") ? 6 : 3;
            int n = Integer.parseInt(p.group(3));
            if (n > 12 / months) return Optional.empty();
            YearMonth first = YearMonth.of(year, (n - 1) * months + 1);
            return Optional.of(new DayInterval(first.atDay(1), first.plusMonths(months - 1).atEndOfMonth()));
        }
        Matcher m = CALENDAR.matcher(value.strip());
        if (!m.matches()) return Optional.empty();
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return Optional.of(new DayInterval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) return Optional.of(new DayInterval(month.atDay(1), month.atEndOfMonth()));
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new DayInterval(day, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
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
