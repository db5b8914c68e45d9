package org.annalist.annotate.time;

/** What a temporal expression states, read from its shape alone: a day, a bare year, a year before the story's. */
final class ExprShapes {

    /** How many years from the story's a date said in passing must be to be an aside. */
    private static final int FAR_YEARS = 5;

    /** {@return true for a bare "midnight"} */
    static boolean midnight(TimeExpr e) {
        return e instanceof TimeExpr.ClockTime t && t.time().equals("T24:00");
    }

    /** {@return true for a day named by its number ("On the 8th", "June 3", "May 3, 1863")} */
    static boolean namedDay(TimeExpr e) {
        if (e instanceof TimeExpr.DayPart d) return namedDay(d.day());
        return (e instanceof TimeExpr.Calendar c && c.day() > 0) || e instanceof TimeExpr.OrdinalDay;
    }

    /** {@return true for an expression naming a day ("the 17th of the month", "June 3")} */
    static boolean dayLevel(TimeExpr e) {
        if (e instanceof TimeExpr.Part p) return dayLevel(p.base());
        if (e instanceof TimeExpr.DayPart d) return dayLevel(d.day());
        return (e instanceof TimeExpr.Calendar c && c.day() > 0) || e instanceof TimeExpr.OrdinalDay || e instanceof TimeExpr.Weekday
                || e instanceof TimeExpr.Offset || (e instanceof TimeExpr.MonthInYear m && m.day() > 0);
    }

    /** {@return true for a date that leaves its year to be found: a weekday, a yearless month or day} */
    static boolean yearless(TimeExpr e) {
        if (e instanceof TimeExpr.Part p) return yearless(p.base());
        if (e instanceof TimeExpr.DayPart d) return yearless(d.day());
        return (e instanceof TimeExpr.Calendar c && c.year() == TimeExpr.NONE && c.month() > 0) || e instanceof TimeExpr.Weekday
                || e instanceof TimeExpr.MonthOf;
    }

    static boolean pickedBefore(TimeExpr e) {
        if (e instanceof TimeExpr.Part p) return pickedBefore(p.base());
        return (e instanceof TimeExpr.MonthOf m && m.pick() == TimeExpr.Pick.PREVIOUS)
                || (e instanceof TimeExpr.Season s && s.pick() == TimeExpr.Pick.PREVIOUS)
                || (e instanceof TimeExpr.Weekday w && w.pick() == TimeExpr.Pick.PREVIOUS);
    }

    static boolean explicitDay(TimeExpr e) {
        if (e instanceof TimeExpr.Range r) return explicitDay(r.to());
        return e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE && c.day() > 0;
    }

    static boolean bareYear(TimeExpr e) {
        return e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE && c.month() == 0;
    }

    /** {@return true for a date stating a year before the story's ("the elections of 1862", "the assault of the 22d of May, 1863")} */
    static boolean statedYearBefore(TimeExpr e, int clockYear) {
        if (clockYear == TimeExpr.NONE) return false;
        if (e instanceof TimeExpr.Part p) return statedYearBefore(p.base(), clockYear);
        if (e instanceof TimeExpr.DayPart d) return statedYearBefore(d.day(), clockYear);
        if (e instanceof TimeExpr.Range r) return statedYearBefore(r.to(), clockYear);
        return e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE
                && TimexValue.astronomical(c.year(), c.bc()) < clockYear;
    }

    /** {@return true when the year {@code e} states lies in {@code frame}} */
    static boolean statedYearIn(TimeExpr e, YearFrame frame) {
        if (e instanceof TimeExpr.Part p) return statedYearIn(p.base(), frame);
        if (e instanceof TimeExpr.DayPart d) return statedYearIn(d.day(), frame);
        if (e instanceof TimeExpr.Range r) return statedYearIn(r.to(), frame);
        return e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE
                && frame.contains(TimexValue.astronomical(c.year(), c.bc()));
    }

    /** {@return true for a date stating a year far from the story's ("up to 1880", "in July, 1885" told of 1863)} */
    static boolean farBareYear(TimeExpr e, int clockYear) {
        if (clockYear == TimeExpr.NONE) return false;
        if (e instanceof TimeExpr.Part p) return farBareYear(p.base(), clockYear);
        if (e instanceof TimeExpr.DayPart d) return farBareYear(d.day(), clockYear);
        if (e instanceof TimeExpr.Range r) return farBareYear(r.from(), clockYear) && farBareYear(r.to(), clockYear);
        return e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE
                && Math.abs(TimexValue.astronomical(c.year(), c.bc()) - clockYear) > FAR_YEARS;
    }

    private ExprShapes() {
    }
}
