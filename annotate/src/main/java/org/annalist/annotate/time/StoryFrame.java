package org.annalist.annotate.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Matter;
import org.annalist.model.Span;
import org.annalist.model.Structure;

/**
 * The years a story covers, read before any date is resolved: from the explicit years of the
 * body (front and back matter excluded, so a preface signed "March 3, 1919" does not set a
 * 1918 story's year), and the years a section heading states.
 */
final class StoryFrame {

    /** Share of explicit years left out at each end, so that a few asides do not stretch the frame. */
    private static final double TAIL = 0.1;

    private StoryFrame() {
    }

    /** {@return the span of the body's explicit years, tails trimmed}; empty when the body states none */
    static Optional<YearFrame> of(List<Block> blocks, List<List<Candidate>> found, Structure structure) {
        List<Integer> years = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (structure.matterAt(blocks.get(b).span()) != Matter.BODY) continue;
            for (Candidate c : found.get(b)) {
                if (structure.matterAt(c.span()) == Matter.BODY) years(c.expr(), years);
            }
        }
        if (years.isEmpty()) return Optional.empty();
        years.sort(Integer::compare);
        int cut = (int) Math.floor(years.size() * TAIL);
        return Optional.of(YearFrame.of(years.get(cut), years.get(years.size() - 1 - cut)));
    }

    /**
     * {@return the years a heading's own dates state ("Eastern Theater 1861-1863"), if any}; a line
     * naming a day ("CITY POINT, VA., September 27, 1864--10.30 A.M.") is a letter's dateline, not a
     * section's heading
     */
    static Optional<YearFrame> heading(List<Candidate> found, Span heading) {
        List<Integer> years = new ArrayList<>();
        int month = 0;
        for (Candidate c : found) {
            if (namesADay(c.expr())) return Optional.empty();
            int before = years.size();
            years(c.expr(), years);
            if (years.size() == before + 1 && c.expr() instanceof TimeExpr.Calendar cal) month = cal.month();
        }
        if (years.isEmpty()) return Optional.empty();
        int first = years.stream().min(Integer::compare).get();
        int last = years.stream().max(Integer::compare).get();
        return Optional.of(new YearFrame(first, last, first == last ? month : 0, Optional.of(heading)));
    }

    private static boolean namesADay(TimeExpr e) {
        if (e instanceof TimeExpr.Range r) return namesADay(r.from()) || namesADay(r.to());
        if (e instanceof TimeExpr.DayPart d) return namesADay(d.day());
        return (e instanceof TimeExpr.Calendar c && c.day() > 0) || e instanceof TimeExpr.ClockTime;
    }

    /** Adds the astronomical years {@code e} states outright to {@code out}. */
    private static void years(TimeExpr e, List<Integer> out) {
        if (e instanceof TimeExpr.Part p) {
            years(p.base(), out);
        } else if (e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE) {
            out.add(TimexValue.astronomical(c.year(), c.bc()));
        } else if (e instanceof TimeExpr.Season s && s.year() != TimeExpr.NONE) {
            out.add(s.year());
        } else if (e instanceof TimeExpr.Range r) {
            years(r.from(), out);
            years(r.to(), out);
        } else if (e instanceof TimeExpr.DayPart d) {
            years(d.day(), out);
        }
    }
}
