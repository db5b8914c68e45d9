package org.annalist.annotate.time;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * Julian and Gregorian (New Style) calendars: a date a text gives in the Old Style, moved to the
 * proleptic Gregorian calendar the timeline uses, through the Julian day number. Astronomical
 * years throughout (1 BC is year 0, 44 BC is -43).
 */
final class Calendars {

    private Calendars() {
    }

    /** {@return the Julian-calendar date {@code year-month-day} on the proleptic Gregorian calendar} */
    static LocalDate julianToGregorian(int year, int month, int day) {
        int a = (14 - month) / 12;
        long y = (long) year + 4800 - a;
        int m = month + 12 * a - 3;
        long jdn = day + (153L * m + 2) / 5 + 365 * y + Math.floorDiv(y, 4) - 32083;
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jdn);
    }
}
