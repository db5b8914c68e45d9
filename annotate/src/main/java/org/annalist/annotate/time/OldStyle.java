package org.annalist.annotate.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/**
 * Dates written in the Old Style (the Julian calendar) and the New Style (the Gregorian one the
 * timeline uses), as older histories and letters write them:
 * <ul>
 *   <li>a dual date gives both days, the Old Style first: "11/21 March 1688", "March 11/21, 1688",
 *       "19 February/3 March 1700"; the New Style day is the date;</li>
 *   <li>a split year ("10 February 1688/9") marks a day between 1 January and 24 March under a year
 *       that began on 25 March: it is the later year;</li>
 *   <li>a day marked "O.S." or "Old Style" is a Julian date, moved to the Gregorian calendar;
 *       "N.S." or "New Style" is already Gregorian. An unmarked date is carried as the text states it.</li>
 * </ul>
 * Stateless.
 */
final class OldStyle {

    private OldStyle() {
    }

    private static final String D = "((?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|d)?)(?![\\w])";
    private static final String M = "(" + TimexFinder.MONTH + ")(?![\\w])";
    private static final String Y = "(?:,?\\s+(" + TimexFinder.YEAR + "))?";

    /** "11/21 March 1688", "11/21 of March" */
    static final Pattern DAY_FIRST = Pattern.compile("(?<![\\w,./])" + D + "\\s*/\\s*" + D + "\\s+(?:of\\s+)?" + M + Y);
    /** "March 11/21, 1688" */
    static final Pattern MONTH_FIRST = Pattern.compile("\\b" + M + "\\s+" + D + "\\s*/\\s*" + D + Y);
    /** "19 February/3 March 1700" */
    static final Pattern TWO_MONTHS_DAY_FIRST = Pattern.compile("(?<![\\w,./])" + D + "\\s+" + M + "\\s*/\\s*" + D + "\\s+" + M + Y);
    /** "February 19/March 3, 1700" */
    static final Pattern TWO_MONTHS_MONTH_FIRST = Pattern.compile("\\b" + M + "\\s+" + D + "\\s*/\\s*" + M + "\\s+" + D + Y);

    /** The Julian calendar runs 10 days behind from 1582, 13 by 1900: a pair further apart is no dual date. */
    private static final int MIN_GAP = 10;
    private static final int MAX_GAP = 13;

    /** "11/21 March 1688": the New Style day, when the two days lie as far apart as the calendars do */
    static List<Candidate> dayFirst(Matcher m, CharSequence t) {
        return dual(m, Numbers.month(m.group(3)), m.group(1), Numbers.month(m.group(3)), m.group(2), m.group(4));
    }

    static List<Candidate> monthFirst(Matcher m, CharSequence t) {
        return dual(m, Numbers.month(m.group(1)), m.group(2), Numbers.month(m.group(1)), m.group(3), m.group(4));
    }

    static List<Candidate> twoMonthsDayFirst(Matcher m, CharSequence t) {
        return dual(m, Numbers.month(m.group(2)), m.group(1), Numbers.month(m.group(4)), m.group(3), m.group(5));
    }

    static List<Candidate> twoMonthsMonthFirst(Matcher m, CharSequence t) {
        return dual(m, Numbers.month(m.group(1)), m.group(2), Numbers.month(m.group(3)), m.group(4), m.group(5));
    }

    private static List<Candidate> dual(Matcher m, int oldMonth, String oldDay, int newMonth, String newDay, String year) {
        int y = year == null ? TimeExpr.NONE : Integer.parseInt(year);
        int d1 = Numbers.day(oldDay);
        int d2 = Numbers.day(newDay);
        if (gap(y == TimeExpr.NONE ? 1701 : y, oldMonth, d1, newMonth, d2) < MIN_GAP
                || gap(y == TimeExpr.NONE ? 1701 : y, oldMonth, d1, newMonth, d2) > MAX_GAP) {
            return List.of(); // "the night of 11/12 March": two days, not two calendars
        }
        return List.of(new Candidate(Span.of(m.start(), m.end()), TimeExpr.Calendar.of(y, newMonth, d2)));
    }

    /** {@return the days from the Old Style day to the New Style one, the New Style month the same or the next; -1 otherwise} */
    private static int gap(int year, int oldMonth, int oldDay, int newMonth, int newDay) {
        YearMonth from = YearMonth.of(year, oldMonth);
        if (oldDay > from.lengthOfMonth()) return -1;
        if (newMonth == oldMonth) return newDay - oldDay;
        if (newMonth != oldMonth % 12 + 1) return -1;
        return from.lengthOfMonth() - oldDay + newDay;
    }

    /** "1688/9", "1688/89", "1688/1689" right after a date's year */
    private static final Pattern SPLIT_YEAR = Pattern.compile("/(\\d{4}|\\d{1,2})(?![\\w/])");
    /** ", O.S.", " (Old Style)", " o.s." right after a date */
    private static final Pattern OLD_STYLE_MARK = Pattern.compile("(?i),?\\s*\\(?\\s*(?:o\\.\\s?s\\.|old\\s+style)");

    /** {@return the candidates, split years read as the later year and days marked Old Style moved to the Gregorian calendar} */
    static List<Candidate> read(List<Candidate> in, CharSequence text, int end) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (Candidate c : in) {
            Candidate read = splitYear(c, text, end);
            int at = read.span().end();
            Matcher mark = OLD_STYLE_MARK.matcher(text).region(at, Math.min(end, at + 14));
            if (mark.lookingAt()) read = read.withExpr(julian(read.expr()));
            out.add(read);
        }
        return out;
    }

    private static Candidate splitYear(Candidate c, CharSequence text, int end) {
        if (!(c.expr() instanceof TimeExpr.Calendar cal) || cal.year() == TimeExpr.NONE || cal.bc() || cal.month() == 0) return c;
        Matcher m = SPLIT_YEAR.matcher(text).region(c.span().end(), Math.min(end, c.span().end() + 6));
        if (!m.lookingAt() || laterYear(cal.year(), m.group(1)) != cal.year() + 1) return c;
        return new Candidate(Span.of(c.span().start(), m.end()), TimeExpr.Calendar.of(cal.year() + 1, cal.month(), cal.day()), c.mod());
    }

    /** {@return the year "1688/9" names second: 1689} */
    static int laterYear(int year, String written) {
        int n = Integer.parseInt(written);
        int scale = written.length() == 1 ? 10 : written.length() == 2 ? 100 : 1;
        if (scale == 1) return n;
        int y = year / scale * scale + n;
        return y <= year ? y + scale : y; // "1709/10", "1699/00"
    }

    /** {@return {@code e}, a day of the Julian calendar, on the Gregorian one}; a yearless day waits for its year */
    static TimeExpr julian(TimeExpr e) {
        if (e instanceof TimeExpr.Range r) return new TimeExpr.Range(julian(r.from()), julian(r.to()));
        if (!(e instanceof TimeExpr.Calendar c) || c.day() == 0 || c.bc()) return e;
        if (c.year() == TimeExpr.NONE) return new TimeExpr.Julian(c);
        LocalDate g = Calendars.julianToGregorian(c.year(), c.month(), c.day());
        return TimeExpr.Calendar.of(g.getYear(), g.getMonthValue(), g.getDayOfMonth());
    }
}
