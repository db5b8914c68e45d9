package org.annalist.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.TimeInterval;
import org.annalist.model.layer.TimexType;

/**
 * Places a {@link TimeExpr} on the timeline given a {@link Reference}: a TIMEX3 value, the
 * days it covers, its precision and the span it was counted from. Stateless and
 * thread-safe; the narrative's movement is {@link NarrativeClock}'s business.
 *
 * <p>Underspecified dates take the reference year. In a narrative (no document date) a
 * month six or more months before the reference month, outside a look back, is read as
 * the next year: the story crossed a year end ("December 20, 1862 … January 2" is 1863).
 * With a document date (news), a month takes the document's year, except that a month
 * six or more months after the document's (or any later month in a sentence that looks
 * back) is last year's, and an earlier month in a sentence that looks ahead is next year's.
 * "last/this/next November" picks the occurrence before, in or after the document's year.
 */
public final class TimexNormaliser {

    /** {@return the resolution of {@code expr} at {@code ref}} */
    public Resolution resolve(TimeExpr expr, Reference ref) {
        if (expr instanceof TimeExpr.Calendar c) return calendar(c, ref);
        if (expr instanceof TimeExpr.MonthOf mo) return monthOf(mo, ref);
        if (expr instanceof TimeExpr.Offset o) {
            Resolution base = resolve(o.base(), ref);
            if (!base.isDay()) return open("XXXX-XX-XX", Granularity.DAY, base.anchor());
            LocalDate d = base.interval().get().earliest().plusDays(o.days());
            return date(TimexValue.day(d), TimeInterval.day(d), Granularity.DAY).withAnchor(base.anchor());
        }
        if (expr instanceof TimeExpr.Season s) return season(s, ref);
        if (expr instanceof TimeExpr.Part p) return part(p, ref);
        if (expr instanceof TimeExpr.Decade d) {
            return date(String.format("%03d", d.digits()), TimexValue.decadeInterval(d.digits()), Granularity.DECADE);
        }
        if (expr instanceof TimeExpr.Century c) {
            String v = (c.bc() ? "BC" : "") + String.format("%02d", c.number() - 1);
            return date(v, TimexValue.centuryInterval(c.number() - 1, c.bc()), Granularity.CENTURY);
        }
        if (expr instanceof TimeExpr.Range r) return range(r, ref);
        if (expr instanceof TimeExpr.Shift s) return shift(s, ref);
        if (expr instanceof TimeExpr.Weekday w) return weekday(w, ref);
        if (expr instanceof TimeExpr.OrdinalDay o) return ordinal(o, ref);
        if (expr instanceof TimeExpr.ClockTime t) {
            Optional<LocalDate> day = ref.day().or(ref::documentDate);
            String v = day.map(TimexValue::day).orElse("XXXX-XX-XX") + t.time();
            return new Resolution(TimexType.TIME, v, day.map(TimeInterval::day), Granularity.TIME,
                    ref.day().isPresent() ? ref.daySource() : Optional.empty(), false);
        }
        if (expr instanceof TimeExpr.DayPart dp) {
            Resolution r = resolve(dp.day(), ref);
            return new Resolution(TimexType.TIME, r.value() + "T" + dp.partOfDay(), r.interval(), Granularity.TIME,
                    r.anchor(), false);
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
        return new Resolution(TimexType.DATE, value, Optional.empty(), g, anchor, false);
    }

    private Resolution calendar(TimeExpr.Calendar c, Reference ref) {
        int year;
        Optional<Span> anchor = Optional.empty();
        if (c.year() != TimeExpr.NONE) {
            year = TimexValue.astronomical(c.year(), c.bc());
        } else if (ref.documentDate().isPresent()) {
            // news: the document's year; a later month is last year's unless the sentence looks ahead
            LocalDate dct = ref.documentDate().get();
            year = dct.getYear();
            if (c.month() > 0) {
                int diff = c.month() - dct.getMonthValue();
                if (diff > 0 && !ref.future() && (diff >= 6 || ref.backward())) year--;
                if (diff < 0 && ref.future()) year++;
            }
        } else if (ref.hasYear()) {
            year = ref.year();
            anchor = ref.yearSource();
            if (c.month() > 0 && ref.month() > 0 && ref.month() - c.month() >= 6 && !ref.backward()) year++;
        } else {
            String v = c.month() == 0 ? "XXXX" : c.day() == 0 ? String.format("XXXX-%02d", c.month())
                    : String.format("XXXX-%02d-%02d", c.month(), c.day());
            return open(v, c.day() > 0 ? Granularity.DAY : c.month() > 0 ? Granularity.MONTH : Granularity.YEAR, anchor);
        }
        if (c.month() == 0) {
            return date(TimexValue.year(year), TimexValue.yearInterval(year), Granularity.YEAR).withAnchor(anchor);
        }
        YearMonth ym = YearMonth.of(year, c.month());
        if (c.day() == 0 || c.day() > ym.lengthOfMonth()) {
            return date(TimexValue.month(year, c.month()), TimexValue.monthInterval(year, c.month()), Granularity.MONTH)
                    .withAnchor(anchor);
        }
        LocalDate d = ym.atDay(c.day());
        return date(TimexValue.day(d), TimeInterval.day(d), Granularity.DAY).withAnchor(anchor);
    }

    private Resolution monthOf(TimeExpr.MonthOf mo, Reference ref) {
        Optional<LocalDate> base = ref.documentDate().or(ref::day);
        int year;
        int month;
        if (base.isPresent()) {
            year = base.get().getYear();
            month = base.get().getMonthValue();
        } else if (ref.hasYear()) {
            year = ref.year();
            month = ref.month();
        } else {
            return open(String.format("XXXX-%02d", mo.month()), Granularity.MONTH, Optional.empty());
        }
        if (month > 0) {
            if (mo.pick() == TimeExpr.Pick.PREVIOUS && mo.month() >= month) year--;
            if (mo.pick() == TimeExpr.Pick.NEXT && mo.month() <= month) year++;
        }
        return date(TimexValue.month(year, mo.month()), TimexValue.monthInterval(year, mo.month()), Granularity.MONTH);
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
        if (s.pick() != TimeExpr.Pick.REFERENCE && ref.documentDate().isPresent()) {
            year = ref.documentDate().get().getYear();
            month = ref.documentDate().get().getMonthValue();
            anchor = Optional.empty();
        } else if (ref.hasYear()) {
            year = ref.year();
            month = ref.month();
            anchor = ref.yearSource();
        } else {
            return open("XXXX-" + s.code(), Granularity.SEASON, Optional.empty());
        }
        int start = seasonStartMonth(s.code());
        if (s.pick() == TimeExpr.Pick.NEXT && (month == 0 || month >= start)) year++;
        if (s.pick() == TimeExpr.Pick.PREVIOUS && (month == 0 || month < start + 3)) year--;
        return date(TimexValue.year(year) + "-" + s.code(), TimexValue.seasonInterval(year, s.code()), Granularity.SEASON)
                .withAnchor(anchor);
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
                        part.startsWith("H") ? Granularity.HALF : Granularity.QUARTER, base.anchor(), false);
            }
            return new Resolution(TimexType.DATE, base.value() + "-" + part, Optional.of(sub),
                    part.startsWith("H") ? Granularity.HALF : Granularity.QUARTER, base.anchor(), false);
        }
        long days = ChronoUnit.DAYS.between(in.earliest(), in.latest()) + 1;
        long third = Math.max(1, days / 3);
        TimeInterval sub = switch (part) {
            case "START", "H1", "Q1" -> TimeInterval.of(in.earliest(), in.earliest().plusDays(third - 1));
            case "END", "H2", "Q4" -> TimeInterval.of(in.latest().minusDays(third - 1), in.latest());
            default -> TimeInterval.of(in.earliest().plusDays(third), in.latest().minusDays(third));
        };
        return new Resolution(base.type(), base.value(), Optional.of(sub), base.granularity(), base.anchor(), false);
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
        return new Resolution(TimexType.DATE, from.value() + "/" + to.value(), interval, from.granularity(),
                to.anchor().or(from::anchor), false);
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
        if (s.amount() == TimeExpr.NONE) {
            return open(switch (s.unit()) {
                case DAY, WEEK -> "XXXX-XX-XX";
                case MONTH -> "XXXX-XX";
                case YEAR -> "XXXX";
                case DECADE -> "XXX";
            }, Granularity.NONE, anchor);
        }
        switch (s.unit()) {
            case DAY -> {
                if (day.isEmpty()) return open("XXXX-XX-XX" + tod, Granularity.DAY, Optional.empty());
                LocalDate d = day.get().plusDays(s.amount());
                return new Resolution(type, TimexValue.day(d) + tod, Optional.of(TimeInterval.day(d)),
                        tod.isEmpty() ? Granularity.DAY : Granularity.TIME, anchor, false);
            }
            case WEEK -> {
                if (day.isEmpty()) return open("XXXX-WXX", Granularity.WEEK, Optional.empty());
                LocalDate d = day.get().plusWeeks(s.amount());
                if (s.base() == TimeExpr.Base.NARRATIVE && s.amount() != 0) {
                    return new Resolution(type, TimexValue.day(d), Optional.of(TimeInterval.day(d)), Granularity.DAY,
                            anchor, false);
                }
                LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                String v = String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                return new Resolution(TimexType.DATE, v, Optional.of(TimeInterval.of(monday, monday.plusDays(6))),
                        Granularity.WEEK, anchor, false);
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
                        TimexValue.monthInterval(ym.getYear(), ym.getMonthValue()), Granularity.MONTH).withAnchor(anchor);
            }
            case YEAR -> {
                int y;
                if (s.base() == TimeExpr.Base.DOCUMENT && ref.documentDate().isPresent()) {
                    y = ref.documentDate().get().getYear();
                } else if (ref.hasYear()) {
                    y = ref.year();
                    anchor = ref.yearSource();
                } else {
                    return open("XXXX", Granularity.YEAR, Optional.empty());
                }
                y += s.amount();
                return date(TimexValue.year(y), TimexValue.yearInterval(y), Granularity.YEAR).withAnchor(anchor);
            }
            default -> {
                int y;
                if (s.base() == TimeExpr.Base.DOCUMENT && ref.documentDate().isPresent()) {
                    y = ref.documentDate().get().getYear();
                } else if (ref.hasYear()) {
                    y = ref.year();
                } else {
                    return open("XXX", Granularity.DECADE, Optional.empty());
                }
                int digits = Math.floorDiv(y, 10) + s.amount();
                if (digits < 1) return open("XXX", Granularity.DECADE, Optional.empty());
                return date(String.format("%03d", digits), TimexValue.decadeInterval(digits), Granularity.DECADE);
            }
        }
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
            default -> ref.documentDate().isEmpty() || ref.future();
        };
        LocalDate d;
        if (w.pick() == TimeExpr.Pick.NEXT) d = base.get().with(TemporalAdjusters.next(dow));
        else if (w.pick() == TimeExpr.Pick.PREVIOUS) d = base.get().with(TemporalAdjusters.previous(dow));
        else d = base.get().with(forward ? TemporalAdjusters.nextOrSame(dow) : TemporalAdjusters.previousOrSame(dow));
        Optional<Span> anchor = ref.documentDate().isPresent() ? Optional.empty() : ref.daySource();
        return new Resolution(tod.isEmpty() ? TimexType.DATE : TimexType.TIME, TimexValue.day(d) + tod,
                Optional.of(TimeInterval.day(d)), tod.isEmpty() ? Granularity.DAY : Granularity.TIME, anchor, false);
    }

    private Resolution ordinal(TimeExpr.OrdinalDay o, Reference ref) {
        YearMonth ym;
        Optional<Span> anchor;
        if (ref.day().isPresent()) {
            ym = YearMonth.from(ref.day().get());
            anchor = ref.daySource();
            if (ref.day().get().getDayOfMonth() - o.day() > 10 && !ref.backward()) ym = ym.plusMonths(1);
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
        return date(TimexValue.day(d), TimeInterval.day(d), Granularity.DAY).withAnchor(anchor);
    }
}
