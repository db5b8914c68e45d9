package org.annalist.annotate.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.TimeInterval;

/**
 * TIMEX3 date values: writes them from calendar fields and reads them back into the days
 * they cover. Conventions: years are four digits ({@code 1938}); years before Christ carry
 * a {@code BC} prefix ({@code BC0044}); a decade is its first three digits ({@code 193}), a
 * century its first two ({@code 18} covers 1800–1899, the nineteenth century); a decade before
 * Christ {@code BC047} (the 470s BC, 479–470 BC); seasons are meteorological ({@code SP}
 * March–May, {@code SU} June–August, {@code FA} September–November, {@code WI} the winter
 * named by its January: {@code 1920-WI} runs from December 1919 to the end of February 1920);
 * a range is {@code START/END}. There is no year 0: 1 BC is followed by AD 1.
 */
public final class TimexValue {

    private static final Pattern YEAR = Pattern.compile("(BC)?(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(BC)?(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(BC)?(\\d{4})-(\\d{2})-(\\d{2})(T.+)?");
    private static final Pattern SEASON = Pattern.compile("(BC)?(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern HALF = Pattern.compile("(BC)?(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(BC)?(\\d{4})-Q([1-4])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DECADE = Pattern.compile("(BC)?(\\d{3})");
    private static final Pattern CENTURY = Pattern.compile("(BC)?(\\d{2})");

    private TimexValue() {
    }

    /** A value's days and precision. */
    public record Parsed(TimeInterval interval, Granularity granularity) {
    }

    /** {@return the TIMEX3 year for an astronomical year} (0 is 1 BC, -43 is 44 BC) */
    public static String year(int astronomical) {
        return astronomical >= 1 ? String.format("%04d", astronomical) : String.format("BC%04d", 1 - astronomical);
    }

    /** {@return the TIMEX3 value of a month} */
    public static String month(int astronomicalYear, int month) {
        return year(astronomicalYear) + String.format("-%02d", month);
    }

    /** {@return the TIMEX3 value of a day} */
    public static String day(LocalDate d) {
        return month(d.getYear(), d.getMonthValue()) + String.format("-%02d", d.getDayOfMonth());
    }

    /** {@return the astronomical year of a historical one}: 44 BC is -43 */
    public static int astronomical(int year, boolean bc) {
        return bc ? 1 - year : year;
    }

    static TimeInterval yearInterval(int y) {
        return TimeInterval.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    static TimeInterval monthInterval(int y, int m) {
        YearMonth ym = YearMonth.of(y, m);
        return TimeInterval.of(ym.atDay(1), ym.atEndOfMonth());
    }

    static TimeInterval seasonInterval(int y, String code) {
        return switch (code) {
            case "SP" -> TimeInterval.of(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31));
            case "SU" -> TimeInterval.of(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31));
            case "FA" -> TimeInterval.of(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30));
            case "WI" -> TimeInterval.of(LocalDate.of(y - 1, 12, 1), YearMonth.of(y, 2).atEndOfMonth());
            default -> throw new IllegalArgumentException("unknown season code " + code);
        };
    }

    static TimeInterval halfInterval(int y, int half) {
        return half == 1 ? TimeInterval.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30))
                : TimeInterval.of(LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31));
    }

    static TimeInterval quarterInterval(int y, int q) {
        return TimeInterval.of(LocalDate.of(y, 3 * q - 2, 1), YearMonth.of(y, 3 * q).atEndOfMonth());
    }

    static TimeInterval decadeInterval(int digits) {
        return decadeInterval(digits, false);
    }

    /** Decades by their digits: {@code 193} is 1930–1939; {@code BC047} is 479–470 BC, {@code BC000} 9–1 BC. */
    static TimeInterval decadeInterval(int digits, boolean bc) {
        if (!bc) return TimeInterval.of(LocalDate.of(digits * 10, 1, 1), LocalDate.of(digits * 10 + 9, 12, 31));
        int first = astronomical(digits * 10 + 9, true);
        int last = astronomical(Math.max(1, digits * 10), true);
        return TimeInterval.of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    /** {@return the TIMEX3 value of a decade}: {@code 193}, {@code BC047} */
    public static String decade(int digits, boolean bc) {
        return (bc ? "BC" : "") + String.format("%03d", digits);
    }

    /** Centuries by their digits: {@code 18} is 1800–1899; {@code BC04} is 499–400 BC. */
    static TimeInterval centuryInterval(int digits, boolean bc) {
        if (!bc) return TimeInterval.of(LocalDate.of(digits * 100, 1, 1), LocalDate.of(digits * 100 + 99, 12, 31));
        int first = 1 - (digits * 100 + 99);
        int last = 1 - Math.max(1, digits * 100);
        return TimeInterval.of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    /**
     * {@return the days and precision of a TIMEX3 date value}; empty for values naming no
     * calendar stretch ({@code PRESENT_REF}, {@code XXXX-08-07}, durations)
     */
    public static Optional<Parsed> parse(String value) {
        int slash = value.indexOf('/');
        if (slash > 0) {
            Optional<Parsed> a = parse(value.substring(0, slash));
            Optional<Parsed> b = parse(value.substring(slash + 1));
            if (a.isEmpty() || b.isEmpty() || b.get().interval().latest().isBefore(a.get().interval().earliest())) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(a.get().interval().span(b.get().interval()), a.get().granularity()));
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(y(m), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                return Optional.of(new Parsed(TimeInterval.day(d), m.group(5) == null ? Granularity.DAY : Granularity.TIME));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                return Optional.of(new Parsed(monthInterval(y(m), Integer.parseInt(m.group(3))), Granularity.MONTH));
            }
            if ((m = SEASON.matcher(value)).matches()) {
                return Optional.of(new Parsed(seasonInterval(y(m), m.group(3)), Granularity.SEASON));
            }
            if ((m = HALF.matcher(value)).matches()) {
                return Optional.of(new Parsed(halfInterval(y(m), Integer.parseInt(m.group(3))), Granularity.HALF));
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                return Optional.of(new Parsed(quarterInterval(y(m), Integer.parseInt(m.group(3))), Granularity.QUARTER));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(java.time.DayOfWeek.MONDAY);
                return Optional.of(new Parsed(TimeInterval.of(monday, monday.plusDays(6)), Granularity.WEEK));
            }
            if ((m = YEAR.matcher(value)).matches()) {
                return Optional.of(new Parsed(yearInterval(y(m)), Granularity.YEAR));
            }
            if ((m = DECADE.matcher(value)).matches()) {
                return Optional.of(new Parsed(decadeInterval(Integer.parseInt(m.group(2)), m.group(1) != null),
                        Granularity.DECADE));
            }
            if ((m = CENTURY.matcher(value)).matches()) {
                return Optional.of(new Parsed(centuryInterval(Integer.parseInt(m.group(2)), m.group(1) != null),
                        Granularity.CENTURY));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * {@return the value naming exactly {@code interval} at {@code granularity}}, the inverse of
     * {@link #parse(String)} for days, months, years, seasons, halves and quarters; empty when
     * the interval is not one such calendar unit
     */
    public static Optional<String> format(TimeInterval interval, Granularity granularity) {
        LocalDate a = interval.earliest();
        int y = a.getYear();
        Optional<String> v = switch (granularity) {
            case DAY -> Optional.of(day(a));
            case MONTH -> Optional.of(month(y, a.getMonthValue()));
            case YEAR -> Optional.of(year(y));
            case SEASON -> switch (a.getMonthValue()) {
                case 3 -> Optional.of(year(y) + "-SP");
                case 6 -> Optional.of(year(y) + "-SU");
                case 9 -> Optional.of(year(y) + "-FA");
                case 12 -> Optional.of(year(y + 1) + "-WI");
                default -> Optional.empty();
            };
            case HALF -> Optional.of(year(y) + "-H" + (a.getMonthValue() <= 6 ? 1 : 2));
            case QUARTER -> Optional.of(year(y) + "-Q" + ((a.getMonthValue() - 1) / 3 + 1));
            default -> Optional.empty();
        };
        // only a value whose own interval is this one
        return v.filter(s -> parse(s).map(p -> p.interval().equals(interval)).orElse(false));
    }

    private static int y(Matcher m) {
        return astronomical(Integer.parseInt(m.group(2)), m.group(1) != null);
    }
}
