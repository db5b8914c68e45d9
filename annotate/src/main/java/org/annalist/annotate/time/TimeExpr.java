package org.annalist.annotate.time;

import java.util.Objects;

/**
 * What a temporal expression says, before it is placed on the narrative's timeline. The
 * finder builds these from the text; {@link TimexNormaliser} resolves them against a
 * {@link Reference}. Absent year fields hold {@link #NONE}; absent month and day hold 0.
 */
public sealed interface TimeExpr {

    /** Marks an absent year or amount. */
    int NONE = Integer.MIN_VALUE;

    /** Calendar units that relative expressions count in. */
    enum Unit { DAY, WEEK, MONTH, YEAR, DECADE, CENTURY }

    /** What a relative expression counts from. */
    enum Base {
        /** the narrative's reference ("the next day", "six days later", "that year") */
        NARRATIVE,
        /** the document date, falling back on the narrative ("yesterday", "last year", "ago") */
        DOCUMENT
    }

    /** Which occurrence of a season or weekday is meant. */
    enum Pick {
        /** the explicit year, or the reference's ("summer 1937", "in summer", "that summer") */
        REFERENCE,
        /** the first one after the reference ("the following spring", "next Friday") */
        NEXT,
        /** the last one before the reference ("the previous winter", "last Friday") */
        PREVIOUS,
        /** the one closest to the reference, past or future by tense ("Friday") */
        NEAREST
    }

    /**
     * A date, perhaps underspecified: {@code August 1, 1938}, {@code August 7}, {@code June 1938},
     * {@code 1938}, {@code 44 BC}.
     *
     * @param year  the year as written (a positive number with {@code bc}), or {@link #NONE}
     * @param bc    true for a year before Christ
     * @param month 1..12, or 0
     * @param day   1..31, or 0
     */
    record Calendar(int year, boolean bc, int month, int day) implements TimeExpr {
        public Calendar {
            if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
                throw new IllegalArgumentException("bad calendar fields month=" + month + ", day=" + day);
            }
        }

        static Calendar of(int year, int month, int day) {
            return new Calendar(year, false, month, day);
        }
    }

    /**
     * A day the text marks Old Style ("March 1 O.S.") whose year the story gives: once placed in
     * its year, it moves from the Julian calendar to the Gregorian one. A marked day with its
     * year is converted as it is found ({@link OldStyle}).
     */
    record Julian(Calendar date) implements TimeExpr {
        public Julian {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The {@code year}th year of a reign: "the third year of his reign" ({@code ruler} empty: the reign
     * the text last tells begun), "the tenth year of the reign of Varga II", "3 Geo. III" ({@code ruler}
     * as written); {@code years} 2 for a session across two ("5 & 6 Vict.").
     */
    record RegnalYear(int year, int years, String ruler) implements TimeExpr {
        public RegnalYear {
            if (year < 1 || years < 1) throw new IllegalArgumentException("regnal year " + year + "+" + years);
            Objects.requireNonNull(ruler, "ruler");
        }
    }

    /**
     * "last November", "this September", "next March": a month picked around the reference; with a
     * {@code day} 1..31 (else 0), a day of it ("the 29th of last November").
     */
    record MonthOf(int month, int day, Pick pick) implements TimeExpr {
        public MonthOf {
            if (month < 1 || month > 12) throw new IllegalArgumentException("month " + month);
            if (day < 0 || day > 31) throw new IllegalArgumentException("day " + day);
            Objects.requireNonNull(pick, "pick");
        }

        public MonthOf(int month, Pick pick) {
            this(month, 0, pick);
        }
    }

    /**
     * "November of the same year" (shift 0), "March 3 of the following year" (+1): a month, or a day
     * ({@code day} 1..31, else 0) of the story's year, shifted.
     */
    record MonthInYear(int month, int day, int yearShift) implements TimeExpr {
        public MonthInYear {
            if (month < 1 || month > 12) throw new IllegalArgumentException("month " + month);
            if (day < 0 || day > 31) throw new IllegalArgumentException("day " + day);
        }
    }

    /**
     * A named day of the year ("Christmas 1914", "Easter", "last Thanksgiving"): {@code year} as
     * written (astronomical), or {@link #NONE} to take the story's; {@code pick} for "last"/"next".
     */
    record Feast(Feasts.Feast feast, int year, Pick pick) implements TimeExpr {
        public Feast {
            Objects.requireNonNull(feast, "feast");
            Objects.requireNonNull(pick, "pick");
        }
    }

    /** A season ({@code SP}, {@code SU}, {@code FA}, {@code WI}) of an explicit or implied year. */
    record Season(int year, String code, Pick pick) implements TimeExpr {
        public Season {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(pick, "pick");
        }
    }

    /**
     * A part of a period: {@code H1}, {@code H2}, {@code Q1}..{@code Q4} (values of their own), or
     * {@code START}, {@code MID}, {@code END} (the base's value with a mod).
     */
    record Part(TimeExpr base, String part) implements TimeExpr {
        public Part {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(part, "part");
        }
    }

    /**
     * A decade, by its first three digits: 193 for the 1930s; with {@code bc}, 47 for the 470s BC
     * (479–470 BC).
     */
    record Decade(int digits, boolean bc) implements TimeExpr {
        public Decade(int digits) {
            this(digits, false);
        }
    }

    /** "the nineties": decade {@code tens} (1..9) of the story's or the document's century. */
    record DecadeOfCentury(int tens) implements TimeExpr {
    }

    /** The {@code number}th century, AD or BC. */
    record Century(int number, boolean bc) implements TimeExpr {
        public Century {
            if (number < 1 || number > 30) throw new IllegalArgumentException("century out of range: " + number);
        }
    }

    /** One expression naming a stretch: "June–October 1938", "from 1914 to 1918". */
    record Range(TimeExpr from, TimeExpr to) implements TimeExpr {
        public Range {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * A shift of {@code amount} units from a base ("six days later": DAY +6 from the narrative;
     * "that same day": DAY 0; "last year": YEAR -1 from the document). {@link #NONE} for an
     * amount the text leaves open ("a few days later").
     *
     * @param timeOfDay a TIMEX3 part of day to append ({@code MO}, {@code AF}, {@code EV},
     *                  {@code NI}), or empty
     */
    record Shift(Unit unit, int amount, Base base, String timeOfDay) implements TimeExpr {
        public Shift {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(timeOfDay, "timeOfDay");
        }
    }

    /**
     * "eight days after Fort Sumter", "two days before the vote": {@code amount} units from the date
     * of an event the text names ({@code event}, the words after "after"/"before"), read as
     * {@code fallback} when the text dates no such event: the duration ("two days"), or the story's
     * next day ("the day after his arrival").
     */
    record EventShift(Unit unit, int amount, String event, TimeExpr fallback) implements TimeExpr {
        public EventShift {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(fallback, "fallback");
        }
    }

    /** A weekday (1 = Monday .. 7 = Sunday). */
    record Weekday(int dayOfWeek, Pick pick, String timeOfDay) implements TimeExpr {
        public Weekday {
            if (dayOfWeek < 1 || dayOfWeek > 7) throw new IllegalArgumentException("day of week " + dayOfWeek);
        }
    }

    /** A day counted from another expression's day: "the eve of August 7" is -1 day. */
    record Offset(TimeExpr base, int days) implements TimeExpr {
        public Offset {
            Objects.requireNonNull(base, "base");
        }
    }

    /**
     * "the latest quarter" in financial news: the last quarter reported before the document's
     * date, {@code yearsBefore} years earlier ("the year-earlier quarter" is 1).
     */
    record ReportedQuarter(int yearsBefore) implements TimeExpr {
    }

    /**
     * A bare ordinal day of the reference month: "on the 3d", "the 20th"; {@code before} for a day
     * named as past ("my orders of the 18th", "his letter of the 5th").
     */
    record OrdinalDay(int day, boolean before) implements TimeExpr {
        public OrdinalDay {
            if (day < 1 || day > 31) throw new IllegalArgumentException("day of month " + day);
        }

        public OrdinalDay(int day) {
            this(day, false);
        }
    }

    /** A clock time or part of day on the narrative's day ("at 3 p.m.": {@code T15:00}). */
    record ClockTime(String time) implements TimeExpr {
    }

    /**
     * A day expression at a time: "9 a.m. Tuesday" ({@code partOfDay} {@code 09:00}); the value
     * is the day's with {@code T} and this suffix.
     */
    record DayPart(TimeExpr day, String partOfDay) implements TimeExpr {
    }

    /** A part of an unnamed day: "at night", "night raids" ({@code XXXX-XX-XXTNI}). */
    record PartOfDay(String code) implements TimeExpr {
        public PartOfDay {
            Objects.requireNonNull(code, "code");
        }
    }

    /** A duration, already in TIMEX3 form ({@code P10D}, {@code PXY}). */
    record Duration(String value) implements TimeExpr {
    }

    /** A set ("every spring": {@code XXXX-SP}, "each year": {@code P1Y}). */
    record Recurrence(String value) implements TimeExpr {
    }

    /** A deictic, vague reference: {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}. */
    record Vague(String value) implements TimeExpr {
    }
}
