package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.annalist.model.Span;

/** An immutable set of text positions, made of merged spans, answering membership in log time. */
final class SpanSet {

    static final SpanSet EMPTY = new SpanSet(List.of());

    private final int[] starts;
    private final int[] ends;

    SpanSet(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.naturalOrder());
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            if (!merged.isEmpty() && s.start() <= merged.get(merged.size() - 1).end()) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(Span.of(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        starts = merged.stream().mapToInt(Span::start).toArray();
        ends = merged.stream().mapToInt(Span::end).toArray();
    }

    SpanSet plus(List<Span> more) {
        List<Span> all = new ArrayList<>(spans());
        all.addAll(more);
        return new SpanSet(all);
    }

    List<Span> spans() {
        List<Span> out = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            out.add(Span.of(starts[i], ends[i]));
        }
        return out;
    }

    /** {@return true when {@code offset} lies in one of the spans} */
    boolean contains(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int k = i >= 0 ? i : -i - 2;
        return k >= 0 && offset < ends[k];
    }

    /** {@return true when {@code span} shares a character with one of the spans} */
    boolean overlaps(Span span) {
        if (span.length() == 0) {
            return contains(span.start());
        }
        int i = Arrays.binarySearch(starts, span.end() - 1);
        int k = i >= 0 ? i : -i - 2;
        return k >= 0 && ends[k] > span.start();
    }
}
