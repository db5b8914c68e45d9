package org.annalist.annotate.quote;

import java.util.List;
import java.util.function.ToIntFunction;
import org.annalist.model.Span;

/** Binary searches over spans sorted by start and not overlapping. */
final class Spans {

    private Spans() {
    }

    /** {@return the index of the span holding {@code offset}, or -1} */
    static int indexHolding(List<Span> spans, int offset) {
        int lo = 0, hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spans.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /** {@return the number of {@code items}, sorted by start, that start before {@code offset}} */
    static <T> int countStartingBefore(List<T> items, ToIntFunction<T> start, int offset) {
        int lo = 0, hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(items.get(mid)) < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
