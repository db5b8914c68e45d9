package org.annalist.annotate.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/**
 * The finder's passes over its raw matches: keep the longest of overlapping matches, then
 * take in parts of periods ("early", "the end of"), "the eve of", "the morning of" and
 * approximation words before an expression, join ranges, give days their era years and
 * coordinated months their shared year, put clock times on their days, and read "and the
 * next" after a day as the following day. Stateless.
 */
final class CandidateMerger {

    private CandidateMerger() {
    }

    /** {@return the candidates of one block, merged, sorted and not overlapping} */
    static List<Candidate> merge(List<Candidate> found, CharSequence text, int start, int end,
                                 TimexFinder.Convention convention) {
        List<Candidate> kept = longestFirst(found);
        kept = withPrefixes(kept, text, start, convention);
        kept = mergeRanges(kept, text, start, convention);
        kept = withEraYears(kept, text);
        kept = withSharedYears(kept, text);
        kept = OldStyle.read(kept, text, end);
        kept = withClockDays(kept, text);
        kept = withStatedDays(kept, text, end);
        return withCoordinatedNext(kept, text, end);
    }

    private static final Pattern PART_PREFIX = Pattern.compile(
            "(?i)(?:\\bthe\\s+)?(?:very\\s+)?\\b(early|late|mid|middle|beginning|start|end|close|first half|second half"
                    + "|latter half|last half|latter part|early part|later part|first quarter|second quarter|third quarter"
                    + "|fourth quarter|last quarter|later|earlier)(?:-|\\s+in\\s+|\\s+of\\s+(?:the\\s+)?|\\s+)$");
    private static final Pattern APPROX_PREFIX = Pattern.compile(
            "(?i)\\b(nearly|almost|about|approximately|around|roughly|some|circa|c\\.|ca\\.|more than|less than"
                    + "|fewer than|at least|at most|up to|over|under|just over|just under|upwards of)\\s+$");
    private static final Pattern DATE_APPROX_PREFIX = Pattern.compile(
            "(?i)(?<![\\w])(circa|c\\.|ca\\.|about|around|approximately|roughly)\\s*$");
    static final Pattern RANGE_FROM = Pattern.compile("(?i)\\b(from|between)\\s+$");
    private static final Pattern GAP_DASH = Pattern.compile("\\s*[–-]\\s*|—");
    private static final Pattern GAP_TO = Pattern.compile("\\s+(to|until|till|through|and)\\s+");
    private static final Pattern COORDINATED_NEXT = Pattern.compile(
            "\\s+(?:and|or)\\s+(the\\s+(?:next|following|previous|preceding))(?![\\w-])(?!\\s+(?:day|week|month|year|"
                    + TimexFinder.PART_OF_DAY + "|" + TimexFinder.WEEKDAY + ")\\b)");
    private static final Pattern EVE_PREFIX = Pattern.compile("(?i)\\bthe\\s+eve\\s+of\\s+$");
    private static final Pattern DAY_PART_PREFIX = Pattern.compile(
            "(?i)(?:\\b(?:very\\s+)?early\\s+(?:in\\s+|on\\s+)?|\\blate\\s+(?:in\\s+|on\\s+)?)?\\bthe\\s+(?:early\\s+|late\\s+)?"
                    + "(morning|afternoon|evening|night)(?:\\s+hours)?\\s+of\\s+$");
    /** "early the next morning", "late that night": the part of day's own edge words */
    private static final Pattern DAY_PART_EDGE = Pattern.compile("(?i)\\b(?:very\\s+)?(?:early|late)\\s+$");

    private static List<Candidate> longestFirst(List<Candidate> found) {
        List<Candidate> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -c.span().length()).thenComparingInt(c -> c.span().start()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(c.span()))) kept.add(c);
        }
        kept.sort(Comparator.comparing(Candidate::span));
        return kept;
    }

    private static CharSequence before(CharSequence text, int blockStart, int at, int max) {
        return text.subSequence(Math.max(blockStart, at - max), at);
    }

    /** Parts of periods ("early 1939", "the end of June"), approximations and "the morning of …". */
    private static List<Candidate> withPrefixes(List<Candidate> in, CharSequence text, int blockStart,
                                                TimexFinder.Convention convention) {
        List<Candidate> out = new ArrayList<>(in.size());
        int floor = blockStart;
        for (Candidate c : in) {
            int s = c.span().start();
            TimeExpr e = c.expr();
            if (partable(e)) {
                Matcher pm = PART_PREFIX.matcher(before(text, floor, s, 40));
                if (pm.find()) {
                    String word = pm.group(1).toLowerCase(Locale.ROOT);
                    String part = TimexFinder.partCode(word);
                    boolean relativeOnly = word.equals("later") || word.equals("earlier");
                    if (!relativeOnly || e instanceof TimeExpr.Shift) {
                        int ns = s - (pm.end() - pm.start());
                        c = new Candidate(Span.of(ns, c.span().end()), part.isEmpty() ? e : new TimeExpr.Part(e, part),
                                part.isEmpty() ? c.mod() : TimexFinder.modOf(part));
                        s = ns;
                    }
                }
            }
            if (day(c.expr())) {
                Matcher em = EVE_PREFIX.matcher(before(text, floor, s, 20));
                if (em.find()) {
                    int ns = s - (em.end() - em.start());
                    c = new Candidate(Span.of(ns, c.span().end()), new TimeExpr.Offset(c.expr(), -1), c.mod());
                    s = ns;
                }
            }
            if (day(c.expr()) && convention == TimexFinder.Convention.NARRATIVE) {
                // TimeML news tags "the night of Oct. 23" as the day alone
                Matcher dm = DAY_PART_PREFIX.matcher(before(text, floor, s, 48));
                if (dm.find()) {
                    int ns = s - (dm.end() - dm.start());
                    // "the night of August 7": that day, at night (TIMEX3 TNI)
                    c = new Candidate(Span.of(ns, c.span().end()),
                            new TimeExpr.DayPart(c.expr(), TimexFinder.podCode(dm.group(1))), c.mod());
                    s = ns;
                }
            }
            if (c.expr() instanceof TimeExpr.Shift sh && sh.unit() == TimeExpr.Unit.DAY && !sh.timeOfDay().isEmpty()) {
                Matcher em = DAY_PART_EDGE.matcher(before(text, floor, s, 12));
                if (em.find()) {
                    int ns = s - (em.end() - em.start());
                    c = new Candidate(Span.of(ns, c.span().end()), c.expr(), c.mod());
                    s = ns;
                }
            }
            Pattern approx = c.expr() instanceof TimeExpr.Duration ? APPROX_PREFIX
                    : dateLike(c.expr()) ? DATE_APPROX_PREFIX : null;
            if (approx != null) {
                Matcher am = approx.matcher(before(text, floor, s, 25));
                if (am.find()) {
                    c = new Candidate(Span.of(s - (am.end() - am.start()), c.span().end()), c.expr(),
                            Optional.of(TimexFinder.approxMod(am.group(1).toLowerCase(Locale.ROOT))));
                }
            }
            out.add(c);
            floor = c.span().end();
        }
        return out;
    }

    private static List<Candidate> mergeRanges(List<Candidate> in, CharSequence text, int blockStart,
                                               TimexFinder.Convention convention) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Candidate a = in.get(i);
            if (i + 1 < in.size()) {
                Candidate b = in.get(i + 1);
                if (rangeEnd(a.expr()) && rangeEnd(b.expr())) {
                    String gap = text.subSequence(a.span().end(), b.span().start()).toString();
                    boolean dash = GAP_DASH.matcher(gap).matches()
                            || (gap.equals("/") && sameKind(a.expr(), b.expr()) && !(a.expr() instanceof TimeExpr.Calendar c && c.month() == 0));
                    Matcher to = GAP_TO.matcher(gap);
                    boolean words = false;
                    boolean narrative = convention == TimexFinder.Convention.NARRATIVE;
                    if (!dash && to.matches() && (narrative || !complete(a.expr()))) {
                        // "from June to October 1938" is one expression; in news (TimeML) "from 1914 to 1918" is
                        // two, in narrative history one range, as is "July 1 to July 3, 1863"
                        Matcher from = RANGE_FROM.matcher(before(text, blockStart, a.span().start(), 12));
                        boolean and = to.group(1).equals("and");
                        words = from.find() ? from.group(1).equalsIgnoreCase("between") == and
                                : narrative && !and && sameKind(a.expr(), b.expr());
                    }
                    if (dash || words) {
                        out.add(new Candidate(Span.of(a.span().start(), b.span().end()), new TimeExpr.Range(a.expr(), b.expr())));
                        i++;
                        continue;
                    }
                }
            }
            out.add(a);
        }
        return out;
    }

    private static final Pattern ERA_GAP = Pattern.compile(",?\\s+|\\s+(?:in\\s+|of\\s+)?(?:the\\s+year\\s+)?|,?\\s+(?:in\\s+)?(?:the\\s+)?year\\s+");

    /**
     * "the 1st of September, A.D. 312", "August 480 BC", "the spring of 480 BC": a day, month or
     * season given its year in era form.
     */
    private static List<Candidate> withEraYears(List<Candidate> in, CharSequence text) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Candidate a = in.get(i);
            if (i + 1 < in.size() && in.get(i + 1).expr() instanceof TimeExpr.Calendar y && y.month() == 0
                    && y.year() != TimeExpr.NONE) {
                Candidate b = in.get(i + 1);
                TimeExpr dated = withYear(a.expr(), y);
                if (dated != null && ERA_GAP.matcher(text.subSequence(a.span().end(), b.span().start())).matches()) {
                    out.add(new Candidate(Span.of(a.span().start(), b.span().end()), dated, a.mod()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** {@return {@code e}, a yearless month, day or season (or a part of one), in year {@code y}; null otherwise} */
    private static TimeExpr withYear(TimeExpr e, TimeExpr.Calendar y) {
        if (e instanceof TimeExpr.Part p) {
            TimeExpr base = withYear(p.base(), y);
            return base == null ? null : new TimeExpr.Part(base, p.part());
        }
        if (e instanceof TimeExpr.Calendar c && c.year() == TimeExpr.NONE && c.month() > 0) {
            return new TimeExpr.Calendar(y.year(), y.bc(), c.month(), c.day());
        }
        if (e instanceof TimeExpr.Season s && s.year() == TimeExpr.NONE && s.pick() == TimeExpr.Pick.REFERENCE) {
            return new TimeExpr.Season(TimexValue.astronomical(y.year(), y.bc()), s.code(), TimeExpr.Pick.REFERENCE);
        }
        return null;
    }

    private static final Pattern AND_GAP = Pattern.compile(",?\\s+(?:and|or)\\s+|,\\s+");

    /** "July and August 1943", "the summer and autumn of 1941": the first shares the year written after the second. */
    private static List<Candidate> withSharedYears(List<Candidate> in, CharSequence text) {
        List<Candidate> out = new ArrayList<>(in);
        for (int i = out.size() - 2; i >= 0; i--) {
            Candidate a = out.get(i);
            Candidate b = out.get(i + 1);
            if (a.expr() instanceof TimeExpr.Calendar c && c.year() == TimeExpr.NONE && c.month() > 0
                    && b.expr() instanceof TimeExpr.Calendar y && y.year() != TimeExpr.NONE && y.month() > 0
                    && (c.day() == 0) == (y.day() == 0)
                    && AND_GAP.matcher(text.subSequence(a.span().end(), b.span().start())).matches()) {
                out.set(i, a.withExpr(new TimeExpr.Calendar(y.year(), y.bc(), c.month(), c.day())));
            } else if (seasonOf(a.expr()) instanceof TimeExpr.Season sa && sa.year() == TimeExpr.NONE
                    && seasonOf(b.expr()) instanceof TimeExpr.Season sb && sb.year() != TimeExpr.NONE
                    && AND_GAP.matcher(text.subSequence(a.span().end(), b.span().start())).matches()) {
                // "the summer and autumn of 1941", "the spring and early summer of 1943"
                TimeExpr.Season dated = new TimeExpr.Season(sb.year(), sa.code(), TimeExpr.Pick.REFERENCE);
                out.set(i, a.withExpr(a.expr() instanceof TimeExpr.Part p ? new TimeExpr.Part(dated, p.part()) : dated));
            }
        }
        return out;
    }

    private static TimeExpr seasonOf(TimeExpr e) {
        return e instanceof TimeExpr.Part p ? p.base() : e;
    }

    private static final Pattern CLOCK_DAY_GAP = Pattern.compile("\\s+(?:[A-Z]{2,4}T,?\\s+)?(?:on\\s+|of\\s+)?|,\\s+");
    private static final Pattern DAY_CLOCK_GAP = Pattern.compile("\\s+(?:at\\s+)?|,\\s+(?:at\\s+)?");

    /** "9 a.m. Tuesday", "Tuesday at 9 a.m.": one time on that day. */
    private static List<Candidate> withClockDays(List<Candidate> in, CharSequence text) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Candidate a = in.get(i);
            if (i + 1 < in.size()) {
                Candidate b = in.get(i + 1);
                String gap = text.subSequence(a.span().end(), b.span().start()).toString();
                TimeExpr.ClockTime clock = null;
                TimeExpr dayExpr = null;
                if (a.expr() instanceof TimeExpr.ClockTime c && day(b.expr()) && CLOCK_DAY_GAP.matcher(gap).matches()) {
                    clock = c;
                    dayExpr = b.expr();
                } else if (a.expr() instanceof TimeExpr.ClockTime c && b.expr() instanceof TimeExpr.Shift s
                        && s.unit() == TimeExpr.Unit.DAY && s.amount() != TimeExpr.NONE && CLOCK_DAY_GAP.matcher(gap).matches()) {
                    // "after 5 o'clock next morning": the hour names the part of the day
                    clock = c;
                    dayExpr = new TimeExpr.Shift(s.unit(), s.amount(), s.base(), "");
                } else if (b.expr() instanceof TimeExpr.ClockTime c && day(a.expr()) && DAY_CLOCK_GAP.matcher(gap).matches()) {
                    clock = c;
                    dayExpr = a.expr();
                }
                if (clock != null) {
                    out.add(new Candidate(Span.of(a.span().start(), b.span().end()),
                            new TimeExpr.DayPart(dayExpr, clock.time().substring(1))));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static final Pattern STATED_DAY_AFTER = Pattern.compile(
            "\\s*\\((?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|d)\\)|,\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th|d)(?=[,;.:)\\s])");

    /** "The next day (24th)", "that evening, the 14th,": the day stated beside it is the day meant. */
    private static List<Candidate> withStatedDays(List<Candidate> in, CharSequence text, int blockEnd) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (Candidate c : in) {
            if (!out.isEmpty() && out.get(out.size() - 1).span().overlaps(c.span())) continue; // the stated day, taken in
            if (c.expr() instanceof TimeExpr.Shift s && s.unit() == TimeExpr.Unit.DAY && s.amount() != TimeExpr.NONE
                    || c.expr() instanceof TimeExpr.Weekday) {
                Matcher m = STATED_DAY_AFTER.matcher(text);
                m.region(c.span().end(), blockEnd);
                int day = 0;
                if (m.lookingAt()) day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                if (day >= 1 && day <= 31) {
                    String part = c.expr() instanceof TimeExpr.Shift s2 ? s2.timeOfDay() : "";
                    TimeExpr stated = new TimeExpr.OrdinalDay(day);
                    out.add(new Candidate(Span.of(c.span().start(), m.end()),
                            part.isEmpty() ? stated : new TimeExpr.DayPart(stated, part), c.mod()));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    /** "That same day and the next": the second expression counts one unit on from the first. */
    private static List<Candidate> withCoordinatedNext(List<Candidate> in, CharSequence text, int blockEnd) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Candidate c = in.get(i);
            out.add(c);
            TimeExpr.Unit unit = unitOf(c.expr());
            if (unit == null) continue;
            int limit = i + 1 < in.size() ? in.get(i + 1).span().start() : blockEnd;
            Matcher m = COORDINATED_NEXT.matcher(text);
            m.region(c.span().end(), limit);
            m.useTransparentBounds(true);
            if (m.lookingAt()) {
                String w = m.group(1);
                int amount = w.endsWith("next") || w.endsWith("following") ? 1 : -1;
                out.add(new Candidate(Span.of(m.start(1), m.end(1)),
                        new TimeExpr.Shift(unit, amount, TimeExpr.Base.NARRATIVE, "")));
            }
        }
        return out;
    }

    private static TimeExpr.Unit unitOf(TimeExpr e) {
        if (e instanceof TimeExpr.Shift s && s.amount() != TimeExpr.NONE) return s.unit();
        if (day(e)) return TimeExpr.Unit.DAY;
        return null;
    }

    private static boolean day(TimeExpr e) {
        return (e instanceof TimeExpr.Calendar c && c.day() > 0) || e instanceof TimeExpr.OrdinalDay
                || e instanceof TimeExpr.Offset
                || (e instanceof TimeExpr.Weekday w && w.timeOfDay().isEmpty())
                || (e instanceof TimeExpr.Shift s && s.unit() == TimeExpr.Unit.DAY && s.timeOfDay().isEmpty());
    }

    private static boolean partable(TimeExpr e) {
        return (e instanceof TimeExpr.Calendar c && c.day() == 0) || e instanceof TimeExpr.MonthOf || e instanceof TimeExpr.Decade
                || e instanceof TimeExpr.Century
                || e instanceof TimeExpr.Season
                || (e instanceof TimeExpr.Shift s && s.amount() == 0);
    }

    private static boolean dateLike(TimeExpr e) {
        return e instanceof TimeExpr.Calendar || e instanceof TimeExpr.Decade || e instanceof TimeExpr.Century
                || e instanceof TimeExpr.Season || e instanceof TimeExpr.Part;
    }

    /** {@return true when the expression carries its own year (or is a decade or century)} */
    private static boolean complete(TimeExpr e) {
        if (e instanceof TimeExpr.Part p) return complete(p.base());
        if (e instanceof TimeExpr.Calendar c) return c.year() != TimeExpr.NONE;
        if (e instanceof TimeExpr.Season s) return s.year() != TimeExpr.NONE;
        return e instanceof TimeExpr.Decade || e instanceof TimeExpr.Century;
    }

    /** {@return true when both name the same kind of stretch: two days, two months, two years, two seasons} */
    private static boolean sameKind(TimeExpr a, TimeExpr b) {
        if (a instanceof TimeExpr.Calendar x && b instanceof TimeExpr.Calendar y) {
            return (x.day() == 0) == (y.day() == 0) && (x.month() == 0) == (y.month() == 0);
        }
        return a instanceof TimeExpr.Season && b instanceof TimeExpr.Season;
    }

    private static boolean rangeEnd(TimeExpr e) {
        return e instanceof TimeExpr.Calendar || e instanceof TimeExpr.Season || e instanceof TimeExpr.Decade
                || e instanceof TimeExpr.Century || (e instanceof TimeExpr.Part p && rangeEnd(p.base()));
    }

}
