package org.annalist.annotate.time;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.annalist.model.layer.Certainty;
import org.annalist.model.layer.TimeInterval;

/**
 * Days a history names as events: once the text has stated "the Tenth of August, 1792", a later
 * "the Tenth of August" (the day's name, its ordinal written out and capitalised) that would fall
 * a season or more ahead of the story is that day, not the one of the story's year: "Westermann, who led the
 * column on the Tenth of August" told in 1794. One per document run; not thread-safe.
 */
final class NamedDays {

    /** a day's name: its ordinal in capitalised words, "the Tenth of August", "Fourteenth of July" */
    private static final Pattern NAME = Pattern.compile(
            "^(?:[Tt]he\\s+)?\\p{Lu}\\p{Ll}+(?:-\\p{L}+)?\\s+(?:day\\s+)?of\\s+\\p{Lu}\\p{Ll}+$");

    /** A day the text stated with its year, and where. */
    private record Stated(int year, Span source) {
    }

    /** How far ahead of the story's day the story's own reading must fall for the named day gone by to be meant. */
    private static final int AHEAD_DAYS = 90;

    private final TimexNormaliser normaliser;
    private final Map<Integer, Stated> stated = new HashMap<>();

    NamedDays(TimexNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** Remembers a day the text states in full ("the Tenth of August, 1792"). */
    void remember(Candidate c, Resolution r) {
        if (!(c.expr() instanceof TimeExpr.Calendar cal) || cal.year() == TimeExpr.NONE || cal.day() == 0) return;
        if (r.certainty() != Certainty.STATED || !r.isDay()) return;
        LocalDate d = r.interval().get().earliest();
        stated.put(d.getMonthValue() * 100 + d.getDayOfMonth(), new Stated(d.getYear(), c.span()));
    }

    /**
     * {@return the day {@code c} names as an event stated before, when {@code r} put it ahead of the story's
     * day}; empty to keep {@code r}
     */
    Optional<Resolution> recall(Candidate c, Resolution r, Reference ref, NarrativeClock.Context context, String text) {
        if (!(c.expr() instanceof TimeExpr.Calendar cal) || cal.year() != TimeExpr.NONE || cal.day() == 0) return Optional.empty();
        if (!r.isDay() || context.future() || context.ahead() || stated.isEmpty()) return Optional.empty();
        if (!NAME.matcher(text.substring(c.span().start(), c.span().end()).strip()).matches()) return Optional.empty();
        LocalDate at = r.interval().get().earliest();
        Optional<LocalDate> now = ref.day().or(() -> ref.hasYear() && ref.month() > 0
                ? Optional.of(LocalDate.of(ref.year(), ref.month(), 1).plusMonths(1).minusDays(1)) : Optional.empty());
        // the story steps on to the next such day ("the Twentieth of June is nigh"); a season or more ahead, it is
        // the day gone by that the text named
        if (now.isEmpty() || !at.isAfter(now.get().plusDays(AHEAD_DAYS))) return Optional.empty();
        Stated s = stated.get(cal.month() * 100 + cal.day());
        if (s == null || s.year() >= at.getYear()) return Optional.empty();
        LocalDate d = LocalDate.of(s.year(), cal.month(), cal.day());
        return Optional.of(new Resolution(r.type(), TimexValue.day(d), Optional.of(TimeInterval.day(d)), r.granularity(),
                Optional.of(s.source()), false, Certainty.CONTEXT));
    }
}
