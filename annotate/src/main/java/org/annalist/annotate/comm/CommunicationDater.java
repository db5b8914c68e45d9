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

    /** @param timexes the document's timexes, sorted by offset */
    public CommunicationDater(List<Timex> timexes) {
        this.timexes = timexes.stream()
                .filter(t -> !t.vague() && (t.type() == TimexType.DATE || t.type() == TimexType.TIME))
                .filter(t -> Character.isDigit(t.value().charAt(0)))
                .toList();
    }

    public Optional<Dated> date(Span sentence, Span cue, List<Span> quotes) {
        Timex best = null;
        for (Timex t : timexes) {
            if (!sentence.contains(t.span()) || quotes.stream().anyMatch(q -> q.contains(t.span()))) continue;
            if (best == null || distance(t.span(), cue) < distance(best.span(), cue)) best = t;
        }
        if (best != null) return Optional.of(new Dated(best.value(), best.span()));
        Timex last = null;
        for (Timex t : timexes) {
            if (t.span().end() > sentence.start()) break;
            if (quotes.stream().noneMatch(q -> q.contains(t.span()))) last = t;
        }
        return last == null ? Optional.empty() : Optional.of(new Dated(coarsen(last.value()), last.span()));
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
