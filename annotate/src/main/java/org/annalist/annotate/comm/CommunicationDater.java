package org.annalist.annotate.comm;

import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.TimexType;

/**
 * Dates a message: the timex of its own sentence nearest the cue, else the narrative's
 * current date, the last timex before the sentence, at the granularity the text supports
 * there (a day read from an earlier sentence becomes its month; a range, the year or month
 * its ends share).
 */
public final class CommunicationDater {

    /** A date and the timex it came from. */
    public record Dated(String value, Span source) {
    }

    private final List<Timex> timexes;

    /**
     * @param timexes the document's timexes, sorted by offset
     * @param quotes  quotation spans: a date inside a quotation is the speaker's, not the narrative's
     */
    public CommunicationDater(List<Timex> timexes, List<Span> quotes) {
        this.timexes = timexes.stream()
                .filter(t -> !t.vague() && (t.type() == TimexType.DATE || t.type() == TimexType.TIME))
                .filter(t -> Character.isDigit(t.value().charAt(0)))
                .filter(t -> quotes.stream().noneMatch(q -> q.contains(t.span())))
                .sorted((a, b) -> a.span().compareTo(b.span()))
                .toList();
    }

    /** {@return the date of a message or deed cued at {@code cue} in {@code sentence}} */
    public Optional<Dated> date(Span sentence, Span cue) {
        int first = firstEndingAfter(sentence.start());
        Timex best = null;
        for (int k = first; k < timexes.size() && timexes.get(k).span().start() < sentence.end(); k++) {
            Timex t = timexes.get(k);
            if (!sentence.contains(t.span())) continue;
            if (best == null || distance(t.span(), cue) < distance(best.span(), cue)) best = t;
        }
        if (best != null) return Optional.of(new Dated(best.value(), best.span()));
        // the narrative's date: the last timex ending before the sentence
        Timex last = null;
        for (int k = first - 1; k >= 0; k--) {
            if (timexes.get(k).span().end() <= sentence.start()) {
                last = timexes.get(k);
                break;
            }
        }
        return last == null ? Optional.empty() : Optional.of(new Dated(coarsen(last.value()), last.span()));
    }

    /** index of the first timex (by start) whose end lies after {@code offset} */
    private int firstEndingAfter(int offset) {
        int lo = 0, hi = timexes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timexes.get(mid).span().end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** {@return a value read from an earlier sentence, at the granularity it still supports} */
    static String coarsen(String value) {
        int slash = value.indexOf('/');
        if (slash > 0) {
            String a = value.substring(0, slash);
            String b = value.substring(slash + 1);
            if (a.length() >= 7 && b.length() >= 7 && a.substring(0, 7).equals(b.substring(0, 7))) return a.substring(0, 7);
            if (a.length() >= 4 && b.length() >= 4 && a.substring(0, 4).equals(b.substring(0, 4))) return a.substring(0, 4);
            return value;
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) return value.substring(0, 7);
        return value;
    }

    private static int distance(Span a, Span b) {
        if (a.end() <= b.start()) return b.start() - a.end();
        if (b.end() <= a.start()) return a.start() - b.end();
        return 0;
    }
}
