package org.annalist.annotate.time;

import java.time.LocalDate;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.TimeInterval;
import org.annalist.model.layer.TimexType;

/**
 * The narrative's reference time, following the story through one document. One clock
 * per document run; not thread-safe (the stage makes a fresh one for every document).
 *
 * <ul>
 *   <li>A date of year precision or finer in the main line sets the current year (and its
 *       month when it names one); decades and centuries set nothing.</li>
 *   <li>A day-precision date (explicit, underspecified or relative, e.g. "August 16, 1938",
 *       "June 25", "Six days later", "That same day") becomes the reference day for "the next
 *       day". A day range leaves its last day.</li>
 *   <li>A coarser date ("By summer 1938") keeps the reference day only when it contains it:
 *       it gives no day anchor of its own.</li>
 *   <li>A look back does not move the main line: a date in an aside (parentheses, a dash pair)
 *       never moves it once a year is known; a date going backwards in a sentence marked as a
 *       look back (past perfect "had", "previously", "earlier", "ago") does not move it.</li>
 *   <li>A heading keeps the year and month but drops the reference day (a weak reset).</li>
 *   <li>With a document date the clock starts on it (news); otherwise it starts empty.</li>
 * </ul>
 */
public final class NarrativeClock {

    /** How the sentence around an expression marks it; see the class comment. */
    public record Context(boolean aside, boolean lookBack, boolean future) {
    }

    private final Optional<LocalDate> documentDate;
    private int year = TimeExpr.NONE;
    private int month;
    private Optional<LocalDate> day = Optional.empty();
    private Optional<Span> yearSource = Optional.empty();
    private Optional<Span> daySource = Optional.empty();

    public NarrativeClock(Optional<LocalDate> documentDate) {
        this.documentDate = documentDate;
        documentDate.ifPresent(d -> {
            year = d.getYear();
            month = d.getMonthValue();
            day = Optional.of(d);
        });
    }

    /** {@return where the narrative stands, for an expression in {@code context}} */
    public Reference reference(Context context) {
        return new Reference(year, month, day, yearSource, daySource, documentDate, context.future(), context.lookBack());
    }

    /** {@return the current year (astronomical), or {@link TimeExpr#NONE} before any} */
    public int year() {
        return year;
    }

    /** A heading or chapter start: the reference day no longer holds. */
    public void heading() {
        if (documentDate.isEmpty()) {
            day = Optional.empty();
            daySource = Optional.empty();
        }
    }

    /** Moves the clock to {@code resolution} unless it is a look back; see the class comment. */
    public void observe(Span span, Resolution resolution, Context context) {
        if (resolution.vague() || resolution.type() == TimexType.DURATION || resolution.type() == TimexType.SET
                || resolution.interval().isEmpty()) {
            return;
        }
        Granularity g = resolution.granularity();
        if (g == Granularity.DECADE || g == Granularity.CENTURY || g == Granularity.MILLENNIUM || g == Granularity.NONE) {
            return;
        }
        TimeInterval in = resolution.interval().get();
        boolean backward = day.map(d -> in.latest().isBefore(d))
                .orElse(year != TimeExpr.NONE && in.latest().getYear() < year);
        if (year != TimeExpr.NONE && (context.aside() || (context.lookBack() && backward))) {
            return;
        }
        if (in.earliest().getYear() != in.latest().getYear() && g != Granularity.SEASON) {
            // a range across years ("from 1914 to 1918") sets no single year
            if (day.isPresent() && !in.contains(day.get())) {
                day = Optional.empty();
                daySource = Optional.empty();
            }
            return;
        }
        year = in.earliest().getYear();
        yearSource = Optional.of(span);
        boolean single = in.earliest().equals(in.latest());
        if (g == Granularity.DAY || g == Granularity.TIME) {
            month = in.latest().getMonthValue();
            if (single || in.earliest().getMonthValue() == in.latest().getMonthValue()) {
                day = Optional.of(in.latest());
                daySource = Optional.of(span);
                return;
            }
        } else if (g == Granularity.MONTH || g == Granularity.WEEK || g == Granularity.SEASON) {
            month = in.earliest().getMonthValue();
        } else {
            month = 0;
        }
        if (day.isPresent() && !in.contains(day.get())) {
            day = Optional.empty();
            daySource = Optional.empty();
        }
    }
}
