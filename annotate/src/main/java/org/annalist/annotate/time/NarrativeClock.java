package org.annalist.annotate.time;

import java.time.LocalDate;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Certainty;
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
 *   <li>A coarser date ("By summer 1938", "In May") keeps the reference day only when it
 *       contains it: it gives no day anchor of its own.</li>
 *   <li>A look back does not move the main line: a date in an aside (parentheses, a dash pair)
 *       never moves it once a year is known; a date going backwards in a sentence marked as a
 *       look back (past perfect "had", "previously", "earlier", "ago") does not move it.</li>
 *   <li>A look ahead does not either: a later date in a sentence that speaks of plans or the
 *       future ("planned for 1976", "would end by 2011"), or the end of a stretch ("until the fall
 *       of Budapest in February 1945").</li>
 *   <li>A heading keeps the year, month and day: "That same day" after it is still the last one. A heading
 *       that states years ("Eastern Theater 1861-1863", "2006: Civil war") opens a section: the
 *       clock stands at its first year (and month), and yearless dates resolve inside it.</li>
 *   <li>With a document date the clock starts on it (news); otherwise it starts empty, and the
 *       story's own span of years ({@link YearFrame}) stands in until the first year.</li>
 * </ul>
 */
public final class NarrativeClock {

    /**
     * How the sentence around an expression marks it; see the class comment.
     *
     * @param aside    in parentheses or between dashes, or a passing mention
     * @param lookBack the sentence looks back (past perfect, "earlier", "ago")
     * @param future   the sentence speaks of the future ("will", "plans to")
     * @param ahead    the expression looks ahead of the story: the end of a stretch ("until …",
     *                 "lasted into …") or a plan, expectation or future in the past ("would", "planned for")
     * @param markedBack the look back is marked by more than a past perfect ("earlier", "ago", "the
     *                 December before"): only then does a yearless month stay short of a year end
     */
    public record Context(boolean aside, boolean lookBack, boolean future, boolean ahead, boolean markedBack) {
        public Context(boolean aside, boolean lookBack, boolean future) {
            this(aside, lookBack, future, false, lookBack);
        }
    }

    private final Optional<LocalDate> documentDate;
    private final Optional<YearFrame> story;
    private Optional<YearFrame> section = Optional.empty();
    private int year = TimeExpr.NONE;
    private int month;
    private boolean monthNamed;
    private Optional<LocalDate> day = Optional.empty();
    private Optional<Span> yearSource = Optional.empty();
    private Optional<Span> daySource = Optional.empty();
    private Optional<Reference.Named> last = Optional.empty();

    public NarrativeClock(Optional<LocalDate> documentDate) {
        this(documentDate, Optional.empty());
    }

    /** A clock for a story whose body's explicit years span {@code story}. */
    public NarrativeClock(Optional<LocalDate> documentDate, Optional<YearFrame> story) {
        this.documentDate = documentDate;
        this.story = documentDate.isPresent() ? Optional.empty() : story;
        documentDate.ifPresent(d -> {
            year = d.getYear();
            month = d.getMonthValue();
            monthNamed = true;
            day = Optional.of(d);
        });
    }

    /** {@return where the narrative stands, for an expression in {@code context}} */
    public Reference reference(Context context) {
        return new Reference(year, month, day, yearSource, daySource, documentDate, context.future(), context.markedBack(),
                section, story, monthNamed, last);
    }

    /** {@return the current year (astronomical), or {@link TimeExpr#NONE} before any} */
    public int year() {
        return year;
    }

    /** {@return the years of the current section, when its heading states some} */
    public Optional<YearFrame> section() {
        return section;
    }


    /** A heading stating years: a section on those years begins, the clock at its start. */
    public void section(YearFrame frame) {
        if (documentDate.isPresent()) return;
        section = Optional.of(frame);
        year = frame.first();
        month = frame.first() == frame.last() ? frame.month() : 0;
        monthNamed = month > 0;
        yearSource = frame.source();
        last = Optional.empty();
        day = Optional.empty();
        daySource = Optional.empty();
    }

    /** Moves the clock to {@code resolution} unless it is a look back or ahead; see the class comment. */
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
        if (in.earliest().getYear() == in.latest().getYear()) {
            // what "that year", "that same day" point back to, whether or not it moves the main line
            boolean oneDay = in.earliest().equals(in.latest());
            last = Optional.of(new Reference.Named(in.latest().getYear(), oneDay ? Optional.of(in.latest()) : Optional.empty(), span));
        }
        boolean backward = day.map(d -> in.latest().isBefore(d))
                .orElse(year != TimeExpr.NONE && in.latest().getYear() < year);
        boolean forward = day.map(d -> in.earliest().isAfter(d))
                .orElse(year != TimeExpr.NONE && in.earliest().getYear() > year);
        if (year != TimeExpr.NONE && (context.aside() || (context.lookBack() && backward)
                || ((context.future() || context.ahead()) && forward))) {
            return;
        }
        boolean winter = g == Granularity.SEASON && in.latest().getYear() != in.earliest().getYear();
        if (winter && resolution.certainty() != Certainty.STATED && year != TimeExpr.NONE && in.latest().getYear() > year
                && month != 12) {
            // "for the winter" told in the autumn looks ahead: the story is still in the autumn's year ("the
            // winter of 1838-9" states its own)
            return;
        }
        if (winter && day.isPresent() && in.contains(day.get())) {
            // "during the winter" told on a day in its December: the story is still on that day, not in the
            // winter's new year
            return;
        }
        if (in.earliest().getYear() != in.latest().getYear() && !winter) {
            // a range across years ("from 1914 to 1918") sets no single year
            if (day.isPresent() && !in.contains(day.get())) {
                day = Optional.empty();
                daySource = Optional.empty();
            }
            return;
        }
        // a winter stands in the year of its January
        year = in.latest().getYear();
        yearSource = Optional.of(span);
        boolean single = in.earliest().equals(in.latest());
        boolean keepsMonth = (g == Granularity.YEAR || g == Granularity.HALF || g == Granularity.QUARTER)
                && day.isPresent() && in.contains(day.get());
        if (!keepsMonth) monthNamed = g == Granularity.DAY || g == Granularity.TIME || g == Granularity.MONTH;
        if (g == Granularity.DAY || g == Granularity.TIME) {
            month = in.latest().getMonthValue();
            if (single || in.earliest().getMonthValue() == in.latest().getMonthValue()) {
                day = Optional.of(in.latest());
                daySource = Optional.of(span);
                return;
            }
        } else if (g == Granularity.MONTH || g == Granularity.WEEK || g == Granularity.SEASON) {
            month = winter ? in.latest().getMonthValue() : in.earliest().getMonthValue();
        } else if (!keepsMonth) {
            month = 0;
        }
        // a year that holds the story's day ("1788" after "the 12th of December") keeps its month
        if (day.isPresent() && !in.contains(day.get())) {
            day = Optional.empty();
            daySource = Optional.empty();
        }
    }
}
