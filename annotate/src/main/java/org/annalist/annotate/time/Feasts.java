package org.annalist.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.annotate.Lexicons;

/**
 * Named days of the year (the lexicon {@code feasts.txt}): Christmas, Easter and the feasts that
 * move with it, Thanksgiving, Election Day, quarter days. Each knows its month, to place a yearless
 * mention in the story's year, and its day in any year. Immutable and thread-safe.
 */
final class Feasts {

    /** One named day: its name pattern and when it falls. */
    record Feast(String name, Pattern pattern, When when) {
    }

    /** When a feast falls in a year. */
    sealed interface When {
        /** {@return the month it falls in, for placing a yearless mention} */
        int month();

        /** {@return its day in astronomical {@code year}} */
        LocalDate in(int year);
    }

    record Fixed(int month, int day) implements When {
        public LocalDate in(int year) {
            return LocalDate.of(year, month, day);
        }
    }

    /** {@code days} from Easter Sunday. */
    record FromEaster(int days) implements When {
        public int month() {
            return days < -30 ? 2 : days > 40 ? 5 : 4;
        }

        public LocalDate in(int year) {
            return easter(year).plusDays(days);
        }
    }

    /** The {@code nth} (-1: last) {@code weekday} of {@code month}; with {@code after}, the first {@code after} day following it. */
    record NthWeekday(int nth, DayOfWeek weekday, int month, DayOfWeek after) implements When {
        public LocalDate in(int year) {
            YearMonth ym = YearMonth.of(year, month);
            LocalDate d = nth < 0 ? ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(weekday))
                    : ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
            return after == null ? d : d.with(TemporalAdjusters.next(after));
        }
    }

    private static final String FILE = "feasts.txt";
    private static final Pattern FIXED = Pattern.compile("(\\d{2})-(\\d{2})");
    private static final Pattern EASTER = Pattern.compile("easter([+-]\\d+)");
    private static final Pattern NTH = Pattern.compile("(?:(\\w{3}) after )?(\\d|last) (\\w{3}) (\\w{3})");

    static final List<Feast> ALL = load();

    private Feasts() {
    }

    /** {@return one alternation of every feast's name, the longest first ("Easter Monday" before "Easter"), for the finder} */
    static String names() {
        StringBuilder b = new StringBuilder();
        ALL.stream().sorted(java.util.Comparator.comparingInt((Feast f) -> -f.name().length()))
                .forEach(f -> b.append(b.length() == 0 ? "" : "|").append("(?:").append(f.name()).append(')'));
        return b.toString();
    }

    /** {@return the feast {@code text} names} */
    static Feast named(String text) {
        for (Feast f : ALL) if (f.pattern().matcher(text).matches()) return f;
        throw new IllegalArgumentException("not a feast: " + text);
    }

    private static List<Feast> load() {
        return Lexicons.table(Feasts.class, FILE,
                cols -> new Feast(cols[0], Pattern.compile(cols[0]), when(cols[1].strip())), "NAME", "WHEN");
    }

    private static When when(String s) {
        Matcher m;
        if ((m = FIXED.matcher(s)).matches()) return new Fixed(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if ((m = EASTER.matcher(s)).matches()) return new FromEaster(Integer.parseInt(m.group(1)));
        if ((m = NTH.matcher(s)).matches()) {
            int nth = m.group(2).equals("last") ? -1 : Integer.parseInt(m.group(2));
            return new NthWeekday(nth, weekday(m.group(3)), Numbers.month(m.group(4)),
                    m.group(1) == null ? null : weekday(m.group(1)));
        }
        throw new IllegalArgumentException("cannot read when '" + s + "' (MM-DD, easter+N, N DAY MON)");
    }

    private static DayOfWeek weekday(String abbreviation) {
        return DayOfWeek.of(Numbers.weekday(abbreviation.toLowerCase(Locale.ROOT)));
    }

    /**
     * {@return Easter Sunday of astronomical {@code year}} on the proleptic Gregorian calendar: the
     * Gregorian computus from 1583, the Julian one (converted) before
     */
    static LocalDate easter(int year) {
        if (year >= 1583) {
            int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
            return LocalDate.of(year, month, day);
        }
        int a = Math.floorMod(year, 4), b = Math.floorMod(year, 7), c = Math.floorMod(year, 19);
        int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
        return Calendars.julianToGregorian(year, month, day);
    }
}
