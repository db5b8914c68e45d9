package org.annalist.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Span;
import org.annalist.model.Structure;

/**
 * Merges the structure a format's markup declares with the structure
 * {@code PlainTextStructure} guesses from the same text. The markup wins: a guessed item
 * is kept only when it overlaps no declared item of the same kind, so nothing is listed
 * twice. A guessed call standing in a declared note (its label {@code [^1]:}, {@code [1] }, or
 * a reference in its text) is dropped, and a kept guessed call that pointed to a dropped guessed note points to the
 * declared note that replaced it (or to none).
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
                calls(declared, guessed),
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
                calls(declared, guessed),
                union(declared.notes(), guessed.notes(), n -> n.span()),
                union(declared.setAside(), guessed.setAside(), r -> r.span()));
    }

    /**
     * {@return {@code guessed} without the headings, block quotes, turns, calls, notes and
     * regions that overlap {@code zones}} (e.g. Markdown code blocks); paragraphs stay
     */
    static Structure outside(Structure guessed, List<Span> zones) {
        if (zones.isEmpty()) return guessed;
        return new Structure(guessed.paragraphs(),
                clear(guessed.headings(), zones, h -> h.span()),
                clear(guessed.blockQuotes(), zones, b -> b.span()),
                clear(guessed.turns(), zones, t -> t.span()),
                clear(guessed.noteCalls(), zones, c -> c.span()),
                clear(guessed.notes(), zones, n -> n.span()),
                clear(guessed.setAside(), zones, r -> r.span()));
    }

    private static <T> List<T> clear(List<T> items, List<Span> zones, Function<T, Span> span) {
        return items.stream().filter(i -> zones.stream().noneMatch(z -> z.overlaps(span.apply(i)))).toList();
    }

    private static List<NoteCall> calls(Structure declared, Structure guessed) {
        // a guessed call inside a declared note is a number in the note (its label, a reference), not a call
        List<Span> labels = declared.notes().stream().map(Note::span).toList();
        List<NoteCall> candidates = guessed.noteCalls().stream()
                .filter(c -> labels.stream().noneMatch(l -> l.overlaps(c.span()))).toList();
        List<NoteCall> merged = union(declared.noteCalls(), candidates, c -> c.span());

        // guessed notes that lose to a declared note hand their calls over to it
        List<Note> kept = union(declared.notes(), guessed.notes(), n -> n.span());
        Map<String, Optional<String>> moved = new HashMap<>();
        for (Note g : guessed.notes()) {
            if (kept.contains(g)) continue;
            moved.put(g.id(), declared.notes().stream().filter(d -> d.span().overlaps(g.span()))
                    .map(Note::id).findFirst());
        }
        List<NoteCall> out = new ArrayList<>(merged.size());
        for (NoteCall c : merged) {
            boolean guessedCall = !declared.noteCalls().contains(c);
            if (guessedCall && c.noteId().isPresent() && moved.containsKey(c.noteId().get())) {
                out.add(new NoteCall(c.span(), c.marker(), c.style(), moved.get(c.noteId().get())));
            } else {
                out.add(c);
            }
        }
        return out;
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
