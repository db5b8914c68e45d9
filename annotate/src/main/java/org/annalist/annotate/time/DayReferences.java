package org.annalist.annotate.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.TimeInterval;
import org.annalist.model.layer.Timex;

/** The story's day moved for one expression by what the text just said: the sentence's month, the night before a morning, a look back's day. */
final class DayReferences {

    /**
     * {@return {@code ref} standing in the month a date earlier in the same sentence names, when the story's
     * day lies in another}: "one column late in March, another on the 20th" is March's 20th
     */
    static Reference sentenceMonth(Reference ref, List<Timex> out, Span sentence) {
        if (out.isEmpty()) return ref;
        Timex prev = out.get(out.size() - 1);
        if (prev.span().start() < sentence.start() || prev.interval().isEmpty() || prev.vague()) return ref;
        TimeInterval in = prev.interval().get();
        if (in.earliest().getYear() != in.latest().getYear() || in.earliest().getMonthValue() != in.latest().getMonthValue()) return ref;
        if (prev.granularity() != Granularity.MONTH && prev.granularity() != Granularity.DAY && prev.granularity() != Granularity.TIME) {
            return ref;
        }
        if (ref.day().isPresent() && ref.day().get().getYear() == in.latest().getYear()
                && ref.day().get().getMonthValue() == in.latest().getMonthValue()) {
            return ref;
        }
        if (in.earliest().equals(in.latest())) return ref.withDay(in.latest(), prev.span());
        return ref.withMonth(in.latest().getYear(), in.latest().getMonthValue(), prev.span());
    }

    /** "midnight of the 14th": the day is named */
    static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b");
    /** the day's course told after its morning */
    private static final Pattern LATER_IN_THE_DAY = Pattern.compile(
            "(?i)\\b(?:afternoon|evening|noon|(?:after|at|until|till|before) dark|dusk|sunset|sundown|nightfall|(?:the|that|this) day)\\b");
    /** "early on the 7th", "by daylight of the 7th", "the morning of the 7th": a morning named by the words before its day */
    private static final Pattern MORNING_BEFORE = Pattern.compile(
            "(?i)\\b(?:early|daylight|daybreak|dawn|sunrise|morning)(?:\\s+(?:on|of|in))?(?:\\s+the)?\\s*$");

    /**
     * {@return {@code ref} on the day before, when the story's day was set by its morning}: a narrative names the
     * morning a night's march or wait led to ("the troops were over the river early on the 7th"), then tells that
     * night, so a "midnight" said next is the one that began the morning's day, not the one that ends it
     */
    static Reference nightBeforeMorning(Reference ref, List<Timex> out, String text, Span midnight) {
        if (ref.day().isEmpty() || ref.daySource().isEmpty()) return ref;
        Span source = ref.daySource().get();
        if (source.end() > midnight.start() || LATER_IN_THE_DAY.matcher(text.substring(source.end(), midnight.start())).find()) {
            // "Early on the 8th … During the day … Late in the evening … about midnight": the day's own midnight
            return ref;
        }
        boolean morning = MORNING_BEFORE.matcher(text.substring(Math.max(0, source.start() - 30), source.start())).find()
                || out.stream().anyMatch(t -> t.span().equals(source) && t.value().endsWith("TMO"));
        return morning ? ref.withDay(ref.day().get().minusDays(1), source) : ref;
    }

    /** How near the day named last must be for a bare ordinal in a look back to take its month. */
    private static final int LOOK_BACK_REACH = 1500;

    /**
     * {@return {@code ref} standing on the day the text named last, when that day lies before the story's
     * and was named just before}: "He had left on April 17th. On the 21st he had …" counts in the look
     * back's month, not the story's
     */
    static Reference lookBackDay(Reference ref, Span at) {
        if (ref.last().isEmpty() || ref.last().get().day().isEmpty() || ref.day().isEmpty()) return ref;
        Reference.Named last = ref.last().get();
        LocalDate named = last.day().get();
        if (!named.isBefore(ref.day().get()) || at.start() - last.source().end() > LOOK_BACK_REACH) return ref;
        return ref.withDay(named, last.source());
    }

    private DayReferences() {
    }
}
