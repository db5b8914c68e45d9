package org.annalist.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Certainty;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.TimeInterval;
import org.annalist.model.layer.TimexType;

/**
 * Places a {@link TimeExpr} on the timeline given a {@link Reference}: a TIMEX3 value, the
 * days it covers, its precision, the span it was counted from and how sure the reading is.
 * Stateless and thread-safe; the narrative's movement is {@link NarrativeClock}'s business.
 *
 * <p>Underspecified dates take the reference year. In a narrative (no document date) a
 * month six or more months before the reference month, outside a look back, is read as
 * the next year: the story crossed a year end ("December 20, 1862 … January 2" is 1863) —
 * unless that year lies outside the years the section's heading states; a month ten or more
 * months after it (a December named in January or February) is the one just gone, last year's. A reference year
 * outside the section's years gives way to the nearest of them; with no reference year the
 * section's first year, then the story's, is taken.
 * With a document date (news), a month takes the document's year, except that a month
 * six or more months after the document's (or any later month in a sentence that looks
 * back) is last year's, and an earlier month in a sentence that looks ahead is next year's.
 * "last/this/next November" picks the occurrence before, in or after the document's year.
 * A winter is named by the year of its January ({@link TimexValue}); a winter reached from
 * spring, summer or autumn is the one ahead unless the sentence looks back.
 */
public final class TimexNormaliser {

    /** {@return the resolution of {@code expr} at {@code ref}} */
    public Resolution resolve(TimeExpr expr, Reference ref) {
        if (expr instanceof TimeExpr.Calendar c) return calendar(c, ref);
        if (expr instanceof TimeExpr.Julian j) return julian(j, ref);
        if (expr instanceof TimeExpr.RegnalYear y) return Reigns.fromLexicon(y);
        if (expr instanceof TimeExpr.MonthOf mo) return monthOf(mo, ref);
        if (expr instanceof TimeExpr.MonthInYear my) return monthInYear(my, ref);
        if (expr instanceof TimeExpr.Offset o) {
            Resolution base = resolve(o.base(), ref);
            if (!base.isDay()) return open("XXXX-XX-XX", Granularity.DAY, base.anchor());
            LocalDate d = base.interval().get().earliest().plusDays(o.days());
            return date(TimexValue.day(d), TimeInterval.day(d), Granularity.DAY).withAnchor(base.anchor())
                    .withCertainty(base.certainty());
        }
        if (expr instanceof TimeExpr.Season s) return season(s, ref);
        if (expr instanceof TimeExpr.Part p) return part(p, ref);
        if (expr instanceof TimeExpr.Decade d) {
            return date(TimexValue.decade(d.digits(), d.bc()), TimexValue.decadeInterval(d.digits(), d.bc()),
                    Granularity.DECADE);
        }
        if (expr instanceof TimeExpr.Century c) {
            String v = (c.bc() ? "BC" : "") + String.format("%02d", c.number() - 1);
            return date(v, TimexValue.centuryInterval(c.number() - 1, c.bc()), Granularity.CENTURY);
        }
        if (expr instanceof TimeExpr.Range r) return range(r, ref);
        if (expr instanceof TimeExpr.Shift s) return shift(s, ref);
        if (expr instanceof TimeExpr.EventShift e) return resolve(e.fallback(), ref);
        if (expr instanceof TimeExpr.ReportedQuarter q) return reportedQuarter(q, ref);
        if (expr instanceof TimeExpr.Feast f) return feast(f, ref);
        if (expr instanceof TimeExpr.DecadeOfCentury d) {
            int year = ref.documentDate().map(LocalDate::getYear).orElse(ref.hasYear() ? ref.year()
                    : ref.story().map(YearFrame::first).orElse(TimeExpr.NONE));
            if (year == TimeExpr.NONE || year < 100) return open("XX" + d.tens(), Granularity.DECADE, Optional.empty());
            // "the nineties" said in 1998 are the 1990s; said in 1905 of the past, the 1890s
            int century = Math.floorDiv(year, 100);
            if (d.tens() * 10 > Math.floorMod(year, 100) + 5) century--;
            int digits = century * 10 + d.tens();
            return date(String.format("%03d", digits), TimexValue.decadeInterval(digits), Granularity.DECADE)
                    .withCertainty(Certainty.CONTEXT).withAnchor(ref.documentDate().isPresent() ? Optional.empty() : ref.yearSource());
        }
        if (expr instanceof TimeExpr.Weekday w) return weekday(w, ref);
        if (expr instanceof TimeExpr.OrdinalDay o) return ordinal(o, ref);
        if (expr instanceof TimeExpr.ClockTime t) {
            Optional<LocalDate> day = ref.day().or(ref::documentDate);
            String v = day.map(TimexValue::day).orElse("XXXX-XX-XX") + t.time();
            return new Resolution(TimexType.TIME, v, day.map(TimeInterval::day), Granularity.TIME,
                    ref.day().isPresent() ? ref.daySource() : Optional.empty(), false,
                    day.isPresent() ? Certainty.CONTEXT : Certainty.GUESSED);
        }
        if (expr instanceof TimeExpr.DayPart dp) {
            Resolution r = resolve(dp.day(), ref);
            return new Resolution(TimexType.TIME, r.value() + "T" + dp.partOfDay(), r.interval(), Granularity.TIME,
                    r.anchor(), false, r.certainty());
        }
        if (expr instanceof TimeExpr.PartOfDay p) {
            return new Resolution(TimexType.TIME, "XXXX-XX-XXT" + p.code(), Optional.empty(), Granularity.TIME,
                    Optional.empty(), false);
        }
        if (expr instanceof TimeExpr.Duration d) {
            return new Resolution(TimexType.DURATION, d.value(), Optional.empty(), Granularity.NONE, Optional.empty(), false);
        }
        if (expr instanceof TimeExpr.Recurrence s) {
            return new Resolution(TimexType.SET, s.value(), Optional.empty(), Granularity.NONE, Optional.empty(), false);
        }
        if (expr instanceof TimeExpr.Vague v) {
            return new Resolution(TimexType.DATE, v.value(), Optional.empty(), Granularity.NONE, Optional.empty(), true);
        }
        throw new IllegalArgumentException("unknown expression " + expr);
    }

    private static Resolution date(String value, TimeInterval interval, Granularity g) {
        return new Resolution(TimexType.DATE, value, Optional.of(interval), g, Optional.empty(), false);
    }

    private static Resolution open(String value, Granularity g, Optional<Span> anchor) {
        return new Resolution(TimexType.DATE, value, Optional.empty(), g, anchor, false, Certainty.GUESSED);
    }

    /** How many months before the reference month a yearless month must be to be read as next year's. */
    static final int CROSSING = 6;
    /** How many months after the reference month a yearless month must be to be read as last year's. */
    static final int BACK_CROSSING = 10;

    /** A year a yearless expression takes, where it came from and how sure it is. */
    private record YearChoice(int year, Optional<Span> anchor, Certainty certainty) {
    }

    /**
     * {@return the year a yearless month (or, with {@code month} 0, a yearless reference to the
     * year) takes in a narrative}; empty when nothing in the text gives one
     */
    private static Optional<YearChoice> narrativeYear(int month, Reference ref) {
        Optional<YearFrame> section = ref.section();
        if (ref.hasYear()) {
            int year = ref.year();
            boolean crossed = month > 0 && ref.month() > 0 && !ref.backward()
                    && (ref.month() - month >= CROSSING || (ref.future() && month < ref.month()));
            if (crossed && (section.isEmpty() || section.get().contains(year + 1) || !section.get().contains(year))) {
                return Optional.of(new YearChoice(year + 1, ref.yearSource(), Certainty.STORY_ORDER));
            }
            // "In the winter of 1838-9 … the Christmas holidays", a December named in January: the month just
            // gone, not one eleven months ahead
            boolean justGone = month > 0 && ref.month() > 0 && !ref.future() && month - ref.month() >= BACK_CROSSING;
            if (justGone && (section.isEmpty() || section.get().contains(year - 1) || !section.get().contains(year))) {
                return Optional.of(new YearChoice(year - 1, ref.yearSource(), Certainty.STORY_ORDER));
            }
            return Optional.of(new YearChoice(year, ref.yearSource(), Certainty.CONTEXT));
        }
        if (section.isPresent()) {
            return Optional.of(new YearChoice(section.get().first(), section.get().source(), Certainty.CONTEXT));
        }
        if (ref.story().isPresent()) {
            // before any year in the body: the story's first year
            return Optional.of(new YearChoice(ref.story().get().first(), Optional.empty(), Certainty.STORY_ORDER));
        }
        return Optional.empty();
    }

    private Resolution calendar(TimeExpr.Calendar c, Reference ref) {
        int year;
        Optional<Span> anchor = Optional.empty();
        Certainty certainty = Certainty.STATED;
        if (c.year() != TimeExpr.NONE) {
            year = TimexValue.astronomical(c.year(), c.bc());
        } else if (ref.documentDate().isPresent()) {
            // news: the document's year; a later month is last year's unless the sentence looks ahead
            LocalDate dct = ref.documentDate().get();
            year = dct.getYear();
            certainty = Certainty.CONTEXT;
            if (c.month() > 0) {
                int diff = c.month() - dct.getMonthValue();
                if (diff > 0 && !ref.future() && (diff >= 6 || ref.backward())) year--;
                if (diff < 0 && ref.future()) year++;
            }
        } else {
            Optional<YearChoice> choice = narrativeYear(c.month(), ref);
            if (choice.isEmpty()) {
                String v = c.month() == 0 ? "XXXX" : c.day() == 0 ? String.format("XXXX-%02d", c.month())
                        : String.format("XXXX-%02d-%02d", c.month(), c.day());
                return open(v, c.day() > 0 ? Granularity.DAY : c.month() > 0 ? Granularity.MONTH : Granularity.YEAR, anchor);
            }
            year = choice.get().year();
            anchor = choice.get().anchor();
            certainty = choice.get().certainty();
        }
        if (c.month() == 0) {
            return date(TimexValue.year(year), TimexValue.yearInterval(year), Granularity.YEAR).withAnchor(anchor)
                    .withCertainty(certainty);
        }
        YearMonth ym = YearMonth.of(year, c.month());
        if (c.day() == 0 || c.day() > ym.lengthOfMonth()) {
            return date(TimexValue.month(year, c.month()), TimexValue.monthInterval(year, c.month()), Granularity.MONTH)
                    .withAnchor(anchor).withCertainty(certainty);
        }
        LocalDate d = ym.atDay(c.day());
        return date(TimexValue.day(d), TimeInterval.day(d), Granularity.DAY).withAnchor(anchor).withCertainty(certainty);
    }

    /** An Old Style day placed in the story's year, then moved to the Gregorian calendar. */
    private Resolution julian(TimeExpr.Julian j, Reference ref) {
        Resolution r = calendar(j.date(), ref);
        if (!r.isDay()) return r;
        LocalDate d = r.interval().get().earliest();
        LocalDate g = Calendars.julianToGregorian(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        return date(TimexValue.day(g), TimeInterval.day(g), Granularity.DAY).withAnchor(r.anchor()).withCertainty(r.certainty());
    }

    private Resolution monthOf(TimeExpr.MonthOf mo, Reference ref) {
        Optional<LocalDate> base = ref.documentDate().or(ref::day);
        int year;
        int month;
        Optional<Span> anchor = Optional.empty();
        if (base.isPresent()) {
            year = base.get().getYear();
            month = base.get().getMonthValue();
            if (ref.documentDate().isEmpty()) anchor = ref.daySource();
        } else if (ref.hasYear()) {
            year = ref.year();
            month = ref.month();
            anchor = ref.yearSource();
        } else {
            return open(String.format("XXXX-%02d", mo.month()), Granularity.MONTH, Optional.empty());
        }
        if (month > 0) {
            if (mo.pick() == TimeExpr.Pick.PREVIOUS && mo.month() >= month) year--;
            if (mo.pick() == TimeExpr.Pick.NEXT && mo.month() <= month) year++;
        }
        if (mo.day() > 0 && mo.day() <= YearMonth.of(year, mo.month()).lengthOfMonth()) {
            LocalDate d = LocalDate.of(year, mo.month(), mo.day());
            return date(TimexValue.day(d), TimeInterval.day(d), Granularity.DAY).withAnchor(anchor).withCertainty(Certainty.CONTEXT);
        }
        return date(TimexValue.month(year, mo.month()), TimexValue.monthInterval(year, mo.month()), Granularity.MONTH)
                .withAnchor(anchor).withCertainty(Certainty.CONTEXT);
    }

    private Resolution monthInYear(TimeExpr.MonthInYear my, Reference ref) {
        int year;
        Optional<Span> anchor;
        if (ref.last().isPresent()) {
            year = ref.last().get().year();
            anchor = Optional.of(ref.last().get().source());
        } else if (ref.hasYear()) {
            year = ref.year();
            anchor = ref.yearSource();
        } else if (ref.documentDate().isPresent()) {
            year = ref.documentDate().get().getYear();
            anchor = Optional.empty();
        } else {
            return open(String.format("XXXX-%02d", my.month()), Granularity.MONTH, Optional.empty());
        }
        year += my.yearShift();
        YearMonth ym = YearMonth.of(year, my.month());
        if (my.day() > 0 && my.day() <= ym.lengthOfMonth()) {
            LocalDate d = ym.atDay(my.day());
            return date(TimexValue.day(d), TimeInterval.day(d), Granularity.DAY).withAnchor(anchor)
                    .withCertainty(Certainty.CONTEXT);
        }
        return date(TimexValue.month(year, my.month()), TimexValue.monthInterval(year, my.month()), Granularity.MONTH)
                .withAnchor(anchor).withCertainty(Certainty.CONTEXT);
    }

    /** A named day: the year as a yearless date of its month would take it, then its day in that year. */
    private Resolution feast(TimeExpr.Feast f, Reference ref) {
        int month = f.feast().when().month();
        Resolution year;
        if (f.pick() != TimeExpr.Pick.REFERENCE && f.year() == TimeExpr.NONE) {
            year = monthOf(new TimeExpr.MonthOf(month, f.pick()), ref);
        } else {
            year = calendar(TimeExpr.Calendar.of(f.year(), month, 0), ref);
        }
        if (year.interval().isEmpty()) return open(String.format("XXXX-%02d-XX", month), Granularity.DAY, year.anchor());
        LocalDate d = f.feast().when().in(year.interval().get().earliest().getYear());
        return date(TimexValue.day(d), TimeInterval.day(d), Granularity.DAY).withAnchor(year.anchor())
                .withCertainty(year.certainty());
    }

    private Resolution reportedQuarter(TimeExpr.ReportedQuarter q, Reference ref) {
        Optional<LocalDate> base = ref.documentDate().or(ref::day);
        if (base.isEmpty()) return open("XXXX-QX", Granularity.QUARTER, Optional.empty());
        int y = base.get().getYear();
        int n = (base.get().getMonthValue() - 1) / 3; // the quarter before the document's: 0 is last year's fourth
        if (n == 0) {
            y--;
            n = 4;
        }
        y -= q.yearsBefore();
        return new Resolution(TimexType.DATE, TimexValue.year(y) + "-Q" + n, Optional.of(TimexValue.quarterInterval(y, n)),
                Granularity.QUARTER, Optional.empty(), false, Certainty.CONTEXT);
    }

    private static int seasonStartMonth(String code) {
        return switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    private Resolution season(TimeExpr.Season s, Reference ref) {
        if (s.year() != TimeExpr.NONE) {
            return date(TimexValue.year(s.year()) + "-" + s.code(), TimexValue.seasonInterval(s.year(), s.code()),
                    Granularity.SEASON);
        }
        int year;
        int month;
        Optional<Span> anchor;
        Certainty certainty = Certainty.CONTEXT;
        if (s.pick() != TimeExpr.Pick.REFERENCE && ref.documentDate().isPresent()) {
            year = ref.documentDate().get().getYear();
            month = ref.documentDate().get().getMonthValue();
            anchor = Optional.empty();
        } else if (ref.documentDate().isEmpty() && narrativeYear(0, ref).isPresent()) {
            YearChoice choice = narrativeYear(0, ref).get();
            year = choice.year();
            month = year == ref.year() ? ref.month() : 0;
            anchor = choice.anchor();
            certainty = choice.certainty();
        } else if (ref.hasYear()) {
            year = ref.year();
            month = ref.month();
            anchor = ref.yearSource();
        } else {
            return open("XXXX-" + s.code(), Granularity.SEASON, Optional.empty());
        }
        if (s.code().equals("WI")) {
            // winter Y runs from December of Y-1 to February of Y
            year = switch (s.pick()) {
                case NEXT -> month == 12 ? year + 2 : year + 1;
                case PREVIOUS -> month == 1 || month == 2 ? year - 1 : year;
                default -> month == 1 || month == 2 || (ref.backward() && month != 12) ? year : year + 1;
            };
        } else {
            int start = seasonStartMonth(s.code());
            if (s.pick() == TimeExpr.Pick.NEXT && (month == 0 || month >= start)) year++;
            if (s.pick() == TimeExpr.Pick.PREVIOUS && (month == 0 || month < start + 3)) year--;
            if (s.pick() == TimeExpr.Pick.REFERENCE && month >= start + 6 && !ref.backward()
                    && ref.documentDate().isEmpty() && ref.section().map(f -> f.contains(ref.year() + 1)).orElse(true)) {
                // "in the spring" told in October: the story's next spring
                year++;
                certainty = Certainty.STORY_ORDER;
            }
        }
        return date(TimexValue.year(year) + "-" + s.code(), TimexValue.seasonInterval(year, s.code()), Granularity.SEASON)
                .withAnchor(anchor).withCertainty(certainty);
    }

    private Resolution part(TimeExpr.Part p, Reference ref) {
        Resolution base = resolve(p.base(), ref);
        if (base.interval().isEmpty()) return base;
        TimeInterval in = base.interval().get();
        String part = p.part();
        if ((part.startsWith("H") || part.startsWith("Q")) && base.granularity() == Granularity.YEAR) {
            int y = in.earliest().getYear();
            int n = part.charAt(1) - '0';
            TimeInterval sub = part.startsWith("H") ? TimexValue.halfInterval(y, n) : TimexValue.quarterInterval(y, n);
            if (p.base() instanceof TimeExpr.Shift s && s.base() == TimeExpr.Base.DOCUMENT && ref.documentDate().isPresent()
                    && sub.earliest().isAfter(ref.documentDate().get()) && !ref.future()) {
                y--;
                sub = part.startsWith("H") ? TimexValue.halfInterval(y, n) : TimexValue.quarterInterval(y, n);
                return new Resolution(TimexType.DATE, TimexValue.year(y) + "-" + part, Optional.of(sub),
                        part.startsWith("H") ? Granularity.HALF : Granularity.QUARTER, base.anchor(), false, base.certainty());
            }
            return new Resolution(TimexType.DATE, base.value() + "-" + part, Optional.of(sub),
                    part.startsWith("H") ? Granularity.HALF : Granularity.QUARTER, base.anchor(), false, base.certainty());
        }
        long days = ChronoUnit.DAYS.between(in.earliest(), in.latest()) + 1;
        long third = Math.max(1, days / 3);
        TimeInterval sub = switch (part) {
            case "START", "H1", "Q1" -> TimeInterval.of(in.earliest(), in.earliest().plusDays(third - 1));
            case "END", "H2", "Q4" -> TimeInterval.of(in.latest().minusDays(third - 1), in.latest());
            default -> TimeInterval.of(in.earliest().plusDays(third), in.latest().minusDays(third));
        };
        return new Resolution(base.type(), base.value(), Optional.of(sub), base.granularity(), base.anchor(), false,
                base.certainty());
    }

    private Resolution range(TimeExpr.Range r, Reference ref) {
        Resolution to = resolve(r.to(), ref);
        TimeExpr fromExpr = r.from();
        Reference fromRef = ref;
        if (to.interval().isPresent()) {
            LocalDate end = to.interval().get().latest();
            fromRef = new Reference(end.getYear(), to.granularity() == Granularity.YEAR ? 0 : end.getMonthValue(),
                    ref.day(), ref.yearSource(), ref.daySource(), Optional.empty(), false, true);
        }
        Resolution from = resolve(fromExpr, fromRef);
        if (fromExpr instanceof TimeExpr.Calendar c && c.year() == TimeExpr.NONE && from.interval().isPresent()
                && to.interval().isPresent() && from.interval().get().earliest().isAfter(to.interval().get().latest())) {
            int y = to.interval().get().latest().getYear() - 1;
            from = resolve(TimeExpr.Calendar.of(y, c.month(), c.day()), ref);
        }
        Optional<TimeInterval> interval = Optional.empty();
        if (from.interval().isPresent() && to.interval().isPresent()
                && !to.interval().get().latest().isBefore(from.interval().get().earliest())) {
            interval = Optional.of(from.interval().get().span(to.interval().get()));
        }
        Certainty certainty = from.certainty().compareTo(to.certainty()) > 0 ? from.certainty() : to.certainty();
        if (!complete(fromExpr) && complete(r.to())) certainty = to.certainty();
        return new Resolution(TimexType.DATE, from.value() + "/" + to.value(), interval, from.granularity(),
                to.anchor().or(from::anchor), false, certainty);
    }

    /** {@return true when the expression carries its own year} */
    private static boolean complete(TimeExpr e) {
        if (e instanceof TimeExpr.Part p) return complete(p.base());
        if (e instanceof TimeExpr.Calendar c) return c.year() != TimeExpr.NONE;
        if (e instanceof TimeExpr.Season s) return s.year() != TimeExpr.NONE;
        return e instanceof TimeExpr.Decade || e instanceof TimeExpr.Century;
    }

    /**
     * A weekend: the one of the week {@code s.amount()} weeks from {@code day}'s; with no amount stated
     * ("over the weekend"), the last one begun by {@code day}
     */
    private Resolution weekend(TimeExpr.Shift s, Optional<LocalDate> day, Optional<Span> anchor) {
        if (day.isEmpty()) return open("XXXX-WXX-WE", Granularity.WEEK, Optional.empty());
        int weeks = s.amount() != TimeExpr.NONE ? s.amount()
                : day.get().getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0 ? 0 : -1;
        LocalDate d = day.get().plusWeeks(weeks);
        LocalDate saturday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
        String v = String.format("%04d-W%02d-WE", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new Resolution(TimexType.DATE, v, Optional.of(TimeInterval.of(saturday, saturday.plusDays(1))),
                Granularity.WEEK, anchor, false, Certainty.CONTEXT);
    }

    private Resolution shift(TimeExpr.Shift s, Reference ref) {
        Optional<LocalDate> day;
        Optional<Span> anchor;
        if (s.base() == TimeExpr.Base.DOCUMENT && ref.documentDate().isPresent()) {
            day = ref.documentDate();
            anchor = Optional.empty();
        } else {
            day = ref.day().or(ref::documentDate);
            anchor = ref.daySource();
        }
        if (s.base() == TimeExpr.Base.DOCUMENT && ref.documentDate().isEmpty() && s.unit() == TimeExpr.Unit.DAY
                && s.amount() == 0 && s.timeOfDay().isEmpty()) {
            // "historians today": with no document date, the narrator's present stays vague
            return new Resolution(TimexType.DATE, "PRESENT_REF", Optional.empty(), Granularity.NONE, Optional.empty(), true);
        }
        String tod = s.timeOfDay().isEmpty() ? "" : "T" + s.timeOfDay();
        TimexType type = tod.isEmpty() ? TimexType.DATE : TimexType.TIME;
        if (s.base() == TimeExpr.Base.NARRATIVE && s.amount() == 0 && ref.last().isPresent()) {
            // "that year", "that same day": the date named last, though said in passing
            Reference.Named last = ref.last().get();
            if (s.unit() == TimeExpr.Unit.YEAR) {
                return date(TimexValue.year(last.year()), TimexValue.yearInterval(last.year()), Granularity.YEAR)
                        .withAnchor(Optional.of(last.source())).withCertainty(Certainty.CONTEXT);
            }
            if (s.unit() == TimeExpr.Unit.DAY && last.day().isPresent()) {
                LocalDate d = last.day().get();
                return new Resolution(type, TimexValue.day(d) + tod, Optional.of(TimeInterval.day(d)),
                        tod.isEmpty() ? Granularity.DAY : Granularity.TIME, Optional.of(last.source()), false, Certainty.CONTEXT);
            }
        }
        if (s.unit() == TimeExpr.Unit.WEEK && s.timeOfDay().equals(TimexFinder.WEEKEND)) return weekend(s, day, anchor);
        if (s.amount() == TimeExpr.NONE) {
            return open(switch (s.unit()) {
                case DAY, WEEK -> "XXXX-XX-XX";
                case MONTH -> "XXXX-XX";
                case YEAR -> "XXXX";
                case DECADE -> "XXX";
                case CENTURY -> "XX";
            }, Granularity.NONE, anchor);
        }
        switch (s.unit()) {
            case DAY -> {
                if (day.isEmpty() && ref.hasYear() && ref.monthNamed() && s.base() == TimeExpr.Base.NARRATIVE) {
                    // "that same day" in a month the story has named: the day stays open, the month does not
                    return open(TimexValue.month(ref.year(), ref.month()) + "-XX" + tod, Granularity.DAY, ref.yearSource());
                }
                if (day.isEmpty()) return open("XXXX-XX-XX" + tod, Granularity.DAY, Optional.empty());
                LocalDate d = day.get().plusDays(s.amount());
                return new Resolution(type, TimexValue.day(d) + tod, Optional.of(TimeInterval.day(d)),
                        tod.isEmpty() ? Granularity.DAY : Granularity.TIME, anchor, false, Certainty.CONTEXT);
            }
            case WEEK -> {
                if (day.isEmpty()) return open("XXXX-WXX", Granularity.WEEK, Optional.empty());
                LocalDate d = day.get().plusWeeks(s.amount());
                if (s.base() == TimeExpr.Base.NARRATIVE && s.amount() != 0) {
                    return new Resolution(type, TimexValue.day(d), Optional.of(TimeInterval.day(d)), Granularity.DAY,
                            anchor, false, Certainty.CONTEXT);
                }
                LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                String v = String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                return new Resolution(TimexType.DATE, v, Optional.of(TimeInterval.of(monday, monday.plusDays(6))),
                        Granularity.WEEK, anchor, false, Certainty.CONTEXT);
            }
            case MONTH -> {
                YearMonth ym;
                if (day.isPresent()) {
                    ym = YearMonth.from(day.get());
                } else if (ref.hasYear() && ref.month() > 0) {
                    ym = YearMonth.of(ref.year(), ref.month());
                    anchor = ref.yearSource();
                } else {
                    return open("XXXX-XX", Granularity.MONTH, Optional.empty());
                }
                ym = ym.plusMonths(s.amount());
                return date(TimexValue.month(ym.getYear(), ym.getMonthValue()),
                        TimexValue.monthInterval(ym.getYear(), ym.getMonthValue()), Granularity.MONTH).withAnchor(anchor)
                        .withCertainty(Certainty.CONTEXT);
            }
            case YEAR -> {
                int y;
                Certainty certainty = Certainty.CONTEXT;
                if (s.base() == TimeExpr.Base.DOCUMENT && ref.documentDate().isPresent()) {
                    y = ref.documentDate().get().getYear();
                } else {
                    Optional<YearChoice> choice = ref.documentDate().isEmpty() ? narrativeYear(0, ref) : Optional.empty();
                    if (choice.isPresent()) {
                        y = choice.get().year();
                        anchor = choice.get().anchor();
                        certainty = choice.get().certainty();
                    } else if (ref.hasYear()) {
                        y = ref.year();
                        anchor = ref.yearSource();
                    } else {
                        return open("XXXX", Granularity.YEAR, Optional.empty());
                    }
                }
                y += s.amount();
                return date(TimexValue.year(y), TimexValue.yearInterval(y), Granularity.YEAR).withAnchor(anchor)
                        .withCertainty(certainty);
            }
            case DECADE -> {
                int y;
                if (s.base() == TimeExpr.Base.DOCUMENT && ref.documentDate().isPresent()) {
                    y = ref.documentDate().get().getYear();
                } else if (ref.hasYear()) {
                    y = ref.year();
                } else {
                    return open("XXX", Granularity.DECADE, Optional.empty());
                }
                // decades in time order: the 480s BC come before the 470s BC
                int index = Math.floorDiv(y, 10) + s.amount();
                return decadeAt(index).withAnchor(ref.yearSource()).withCertainty(Certainty.CONTEXT);
            }
            default -> {
                int y;
                if (s.base() == TimeExpr.Base.DOCUMENT && ref.documentDate().isPresent()) {
                    y = ref.documentDate().get().getYear();
                } else if (ref.hasYear()) {
                    y = ref.year();
                } else {
                    return open("XX", Granularity.CENTURY, Optional.empty());
                }
                int index = Math.floorDiv(y, 100) + s.amount();
                return centuryAt(index).withAnchor(ref.yearSource()).withCertainty(Certainty.CONTEXT);
            }
        }
    }

    /**
     * {@return {@code e} counted from {@code event}, the resolved date of the event it names}; the
     * duration when the event's date is too coarse for the unit ("two days after" a year)
     */
    public Resolution fromEvent(TimeExpr.EventShift e, Resolution event, Span eventSpan) {
        if (event.interval().isEmpty()) return resolve(e.fallback(), Reference.empty());
        String tod = e.fallback() instanceof TimeExpr.Shift s && !s.timeOfDay().isEmpty() ? "T" + s.timeOfDay() : "";
        LocalDate start = event.interval().get().earliest();
        Granularity g = event.granularity();
        Optional<Span> anchor = Optional.of(eventSpan);
        if (event.isDay() || g == Granularity.TIME) {
            LocalDate d = switch (e.unit()) {
                case DAY -> start.plusDays(e.amount());
                case WEEK -> start.plusWeeks(e.amount());
                case MONTH -> start.plusMonths(e.amount());
                default -> start.plusYears(e.amount());
            };
            if (e.unit() == TimeExpr.Unit.DAY || e.unit() == TimeExpr.Unit.WEEK) {
                return new Resolution(tod.isEmpty() ? TimexType.DATE : TimexType.TIME, TimexValue.day(d) + tod,
                        Optional.of(TimeInterval.day(d)), tod.isEmpty() ? Granularity.DAY : Granularity.TIME, anchor, false,
                        Certainty.CONTEXT);
            }
            if (e.unit() == TimeExpr.Unit.MONTH) {
                return date(TimexValue.month(d.getYear(), d.getMonthValue()),
                        TimexValue.monthInterval(d.getYear(), d.getMonthValue()), Granularity.MONTH).withAnchor(anchor)
                        .withCertainty(Certainty.CONTEXT);
            }
            return date(TimexValue.year(d.getYear()), TimexValue.yearInterval(d.getYear()), Granularity.YEAR)
                    .withAnchor(anchor).withCertainty(Certainty.CONTEXT);
        }
        if (g == Granularity.MONTH && e.unit() == TimeExpr.Unit.MONTH) {
            YearMonth ym = YearMonth.from(start).plusMonths(e.amount());
            return date(TimexValue.month(ym.getYear(), ym.getMonthValue()),
                    TimexValue.monthInterval(ym.getYear(), ym.getMonthValue()), Granularity.MONTH).withAnchor(anchor)
                    .withCertainty(Certainty.CONTEXT);
        }
        if ((g == Granularity.MONTH || g == Granularity.YEAR || g == Granularity.SEASON) && e.unit() == TimeExpr.Unit.YEAR) {
            int y = event.interval().get().latest().getYear() + e.amount();
            return date(TimexValue.year(y), TimexValue.yearInterval(y), Granularity.YEAR).withAnchor(anchor)
                    .withCertainty(Certainty.CONTEXT);
        }
        return resolve(e.fallback(), Reference.empty());
    }

    /**
     * {@return the decade whose years, in astronomical numbering, are {@code index*10 .. index*10+9}}:
     * an AD decade by its digits ({@code 193}); before year 1, the BC decade holding most of them
     */
    private static Resolution decadeAt(int index) {
        if (index >= 1) return date(String.format("%03d", index), TimexValue.decadeInterval(index, false), Granularity.DECADE);
        // astronomical -479..-470 is 480 BC .. 471 BC: mostly the 470s BC
        int bcDigits = (1 - (index * 10 + 5)) / 10;
        return date(TimexValue.decade(bcDigits, true), TimexValue.decadeInterval(bcDigits, true), Granularity.DECADE);
    }

    /** {@return the century holding astronomical years {@code index*100 .. index*100+99}} */
    private static Resolution centuryAt(int index) {
        if (index >= 0) {
            return date(String.format("%02d", index), TimexValue.centuryInterval(index, false), Granularity.CENTURY);
        }
        int bcDigits = (1 - (index * 100 + 50)) / 100;
        return date(String.format("BC%02d", bcDigits), TimexValue.centuryInterval(bcDigits, true), Granularity.CENTURY);
    }

    private Resolution weekday(TimeExpr.Weekday w, Reference ref) {
        Optional<LocalDate> base = ref.documentDate().or(ref::day);
        String tod = w.timeOfDay().isEmpty() ? "" : "T" + w.timeOfDay();
        if (base.isEmpty()) {
            return open("XXXX-WXX-" + w.dayOfWeek() + tod, Granularity.DAY, Optional.empty());
        }
        DayOfWeek dow = DayOfWeek.of(w.dayOfWeek());
        boolean forward = switch (w.pick()) {
            case NEXT -> true;
            case PREVIOUS -> false;
            // a narrative's weekday lies ahead of the story, unless its sentence marks a look back
            default -> ref.documentDate().isEmpty() ? !ref.backward() || ref.future() : ref.future();
        };
        LocalDate d;
        if (w.pick() == TimeExpr.Pick.NEXT) d = base.get().with(TemporalAdjusters.next(dow));
        else if (w.pick() == TimeExpr.Pick.PREVIOUS) d = base.get().with(TemporalAdjusters.previous(dow));
        else d = base.get().with(forward ? TemporalAdjusters.nextOrSame(dow) : TemporalAdjusters.previousOrSame(dow));
        Optional<Span> anchor = ref.documentDate().isPresent() ? Optional.empty() : ref.daySource();
        return new Resolution(tod.isEmpty() ? TimexType.DATE : TimexType.TIME, TimexValue.day(d) + tod,
                Optional.of(TimeInterval.day(d)), tod.isEmpty() ? Granularity.DAY : Granularity.TIME, anchor, false,
                ref.documentDate().isPresent() ? Certainty.CONTEXT : Certainty.STORY_ORDER);
    }

    private Resolution ordinal(TimeExpr.OrdinalDay o, Reference ref) {
        YearMonth ym;
        Optional<Span> anchor;
        Certainty certainty = Certainty.CONTEXT;
        if (ref.day().isPresent()) {
            ym = YearMonth.from(ref.day().get());
            anchor = ref.daySource();
            int today = ref.day().get().getDayOfMonth();
            int back = today - o.day();
            int forward = ym.lengthOfMonth() - today + o.day();
            if (back > 0 && forward <= back && !ref.backward() && !o.before()) {
                // the nearer reading, forward on a tie: "the 3d" told on the 29th is next month's
                ym = ym.plusMonths(1);
                certainty = Certainty.STORY_ORDER;
            }
        } else if (ref.hasYear() && ref.month() > 0) {
            ym = YearMonth.of(ref.year(), ref.month());
            anchor = ref.yearSource();
        } else {
            return open(String.format("XXXX-XX-%02d", o.day()), Granularity.DAY, Optional.empty());
        }
        if (o.day() > ym.lengthOfMonth()) {
            return open(String.format("XXXX-XX-%02d", o.day()), Granularity.DAY, Optional.empty());
        }
        LocalDate d = ym.atDay(o.day());
        return date(TimexValue.day(d), TimeInterval.day(d), Granularity.DAY).withAnchor(anchor).withCertainty(certainty);
    }
}
