package org.annalist.annotate.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * Where the narrative stands when an expression is read: the scene's year and month, the
 * last fully resolved day of the main line, the spans that set them, and the document date.
 *
 * @param year         the current year ({@link TimeExpr#NONE} before any), astronomical
 *                     numbering (44 BC is -43)
 * @param month        the current month 1..12, or 0
 * @param day          the reference day for "the next day", "six days later"
 * @param yearSource   the expression that set the year
 * @param daySource    the expression that set the day
 * @param documentDate the document's creation date, when configured
 * @param future       true when the sentence speaks of the future (for weekdays and months)
 * @param backward     true when the sentence marks a look back (past perfect, "previously")
 * @param section      the years the current section's heading states, when it states some
 * @param story        the years the body's explicit dates cover, when it has some
 * @param monthNamed   true when a month or a day set {@code month} (a season sets only its first month)
 * @param last         the date the text named last, main line or aside: what "that year" and "that
 *                     same day" point back to
 */
public record Reference(int year, int month, Optional<LocalDate> day, Optional<Span> yearSource,
                        Optional<Span> daySource, Optional<LocalDate> documentDate,
                        boolean future, boolean backward, Optional<YearFrame> section, Optional<YearFrame> story,
                        boolean monthNamed, Optional<Named> last) {

    /** A date the text named: its year, its day when it names one, and where. */
    public record Named(int year, Optional<LocalDate> day, Span source) {
        public Named {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(source, "source");
        }
    }

    public Reference {
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(yearSource, "yearSource");
        Objects.requireNonNull(daySource, "daySource");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(story, "story");
        if (month < 0 || month > 12) throw new IllegalArgumentException("month " + month);
    }

    /** A reference outside any frame. */
    public Reference(int year, int month, Optional<LocalDate> day, Optional<Span> yearSource,
                     Optional<Span> daySource, Optional<LocalDate> documentDate, boolean future, boolean backward) {
        this(year, month, day, yearSource, daySource, documentDate, future, backward, Optional.empty(), Optional.empty(),
                month > 0, Optional.empty());
    }

    /** {@return a reference with nothing known} */
    public static Reference empty() {
        return new Reference(TimeExpr.NONE, 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false);
    }

    /** {@return a narrative reference standing on {@code day}}, for tests */
    public static Reference onDay(LocalDate day) {
        return new Reference(day.getYear(), day.getMonthValue(), Optional.of(day), Optional.empty(),
                Optional.empty(), Optional.empty(), false, false);
    }

    /** {@return a narrative reference knowing only the year}, for tests */
    public static Reference inYear(int year) {
        return new Reference(year, 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false);
    }

    public boolean hasYear() {
        return year != TimeExpr.NONE;
    }

    public Reference withDocumentDate(LocalDate d) {
        return new Reference(year, month, day, yearSource, daySource, Optional.of(d), future, backward, section, story, monthNamed, last);
    }

    public Reference withTense(boolean future, boolean backward) {
        return new Reference(year, month, day, yearSource, daySource, documentDate, future, backward, section, story, monthNamed, last);
    }

    /** {@return this reference standing on {@code d}, set by the expression at {@code source}} */
    public Reference withDay(LocalDate d, Span source) {
        return new Reference(d.getYear(), d.getMonthValue(), Optional.of(d), yearSource, Optional.of(source), documentDate, future,
                backward, section, story, true, last);
    }

    /** {@return this reference in month {@code month} of {@code year}, with no day, set by the expression at {@code source}} */
    public Reference withMonth(int year, int month, Span source) {
        return new Reference(year, month, Optional.empty(), Optional.of(source), Optional.empty(), documentDate, future, backward,
                section, story, true, last);
    }

    public Reference withFrames(Optional<YearFrame> section, Optional<YearFrame> story) {
        return new Reference(year, month, day, yearSource, daySource, documentDate, future, backward, section, story, monthNamed, last);
    }
}
