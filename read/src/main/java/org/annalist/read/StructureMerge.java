package org.annalist.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.annalist.model.Span;
import org.annalist.model.Structure;

/**
 * Merges the structure a format's markup declares with the structure
 * {@code PlainTextStructure} guesses from the same text. The markup wins: a guessed item
 * is kept only when it overlaps no declared item of the same kind, so nothing is listed
 * twice.
 */
final class StructureMerge {

    private StructureMerge() {
    }

    /** {@return {@code declared} plus the items of {@code guessed} that overlap none of it} */
    static Structure merge(Structure declared, Structure guessed) {
        return new Structure(
                union(declared.paragraphs(), guessed.paragraphs(), p -> p.span()),
                union(declared.headings(), guessed.headings(), h -> h.span()),
                union(declared.blockQuotes(), guessed.blockQuotes(), b -> b.span()),
                union(declared.turns(), guessed.turns(), t -> t.span()),
                union(declared.noteCalls(), guessed.noteCalls(), c -> c.span()),
                union(declared.notes(), guessed.notes(), n -> n.span()),
                union(declared.setAside(), guessed.setAside(), r -> r.span()));
    }

    /**
     * {@return {@code declared} (complete for paragraphs, headings and block quotes, which
     * markup states) plus the guessed transcript turns, note calls, notes and set-aside regions
     * that overlap none of the declared ones}
     */
    static Structure mergeMarkup(Structure declared, Structure guessed) {
        return new Structure(
                declared.paragraphs(),
                declared.headings(),
                declared.blockQuotes(),
                union(declared.turns(), guessed.turns(), t -> t.span()),
                union(declared.noteCalls(), withoutLabels(guessed.noteCalls(), declared), c -> c.span()),
                union(declared.notes(), guessed.notes(), n -> n.span()),
                union(declared.setAside(), guessed.setAside(), r -> r.span()));
    }

    /** drops guessed calls standing in a declared note's label ({@code [1]} of {@code [1] Tacitus...}) */
    private static List<org.annalist.model.NoteCall> withoutLabels(List<org.annalist.model.NoteCall> calls,
                                                                   Structure declared) {
        List<Span> labels = declared.notes().stream()
                .filter(n -> n.body().start() > n.span().start())
                .map(n -> Span.of(n.span().start(), n.body().start())).toList();
        if (labels.isEmpty()) return calls;
        return calls.stream().filter(c -> labels.stream().noneMatch(l -> l.overlaps(c.span()))).toList();
    }

    private static <T> List<T> union(List<T> declared, List<T> guessed, Function<T, Span> span) {
        List<T> out = new ArrayList<>(declared);
        List<Span> taken = declared.stream().map(span).sorted().toList();
        int[] maxEnd = new int[taken.size()];
        for (int i = 0; i < taken.size(); i++) {
            maxEnd[i] = Math.max(taken.get(i).end(), i == 0 ? 0 : maxEnd[i - 1]);
        }
        for (T item : guessed) {
            if (!overlapsAny(span.apply(item), taken, maxEnd)) out.add(item);
        }
        return out;
    }

    /** true when a span of {@code sorted} shares a character with {@code s} (an empty s counts as one) */
    private static boolean overlapsAny(Span s, List<Span> sorted, int[] maxEnd) {
        int end = Math.max(s.end(), s.start() + 1);
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < end) lo = mid + 1;
            else hi = mid;
        }
        // every span before lo starts before s ends; one of them overlaps iff it ends after s starts
        return lo > 0 && maxEnd[lo - 1] > s.start();
    }
}
