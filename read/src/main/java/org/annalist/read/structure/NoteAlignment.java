package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.Note;
import org.annalist.model.Span;

/**
 * The outcome of aligning every group of notes with its window ({@link NoteCallFinder}):
 * the groups accepted, each with its window of candidates and, per label, the candidate that
 * answers it; and every matched candidate's note.
 */
final class NoteAlignment {

    static final int CONTINUATION_DISTANCE = 4_000;

    private final String text;
    final Map<Integer, Note> matches = new HashMap<>();
    final List<NoteGroup> accepted = new ArrayList<>();
    final List<int[]> matchOf = new ArrayList<>();
    final List<Window> windows = new ArrayList<>();

    /** The candidates {@code [from, to)} answer the labels of accepted group number {@code group}. */
    record Window(int from, int to, int group) {
    }

    NoteAlignment(String text) {
        this.text = text;
    }

    void add(NoteGroup g, int from, int to, int[] match) {
        for (int j = 0; j < match.length; j++) {
            if (match[j] >= 0) {
                matches.put(from + match[j], g.notes().get(j));
            }
        }
        windows.add(new Window(from, to, accepted.size()));
        accepted.add(g);
        matchOf.add(match);
    }

    /**
     * A tentative group no call in its own window answers may continue the group before it,
     * whose last note ran over several paragraphs (a quotation in a note): its labels take up
     * the numbering of that group, it stands within {@value #CONTINUATION_DISTANCE}
     * characters, and the earlier window's calls after the last matched one answer it. Then
     * the two groups are one, the paragraphs between them part of the last note;
     * {@return whether it was}
     */
    boolean extend(NoteGroup g, List<CallCandidate> candidates, NoteAligner.Fit fit) {
        if (accepted.isEmpty()) {
            return false;
        }
        int last = accepted.size() - 1;
        NoteGroup p = accepted.get(last);
        Window w = windows.get(last);
        int[] pm = matchOf.get(last);
        Note lastNote = p.notes().get(p.notes().size() - 1);
        int lastNumber = CallCandidate.numberOf(lastNote.marker());
        if (p.certain() || g.span().start() - p.span().end() > CONTINUATION_DISTANCE || lastNumber < 0
                || p.labels().get(p.labels().size() - 1) != g.labels().get(0)
                || CallCandidate.numberOf(g.notes().get(0).marker()) != lastNumber + 1) {
            return false;
        }
        int after = w.from();
        for (int m : pm) {
            if (m >= 0) {
                after = w.from() + m + 1;
            }
        }
        int base = after;
        int[] gm = NoteCallFinder.align(g, candidates.subList(after, w.to()), (i, j) -> fit.test(base + i, j));
        if (!NoteCallFinder.answered(gm)) {
            return false;
        }
        List<Note> notes = new ArrayList<>(p.notes().subList(0, p.notes().size() - 1));
        int end = g.span().start();
        while (end > lastNote.span().end() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        notes.add(new Note(lastNote.id(), lastNote.marker(), Span.of(lastNote.span().start(), end),
                Span.of(lastNote.body().start(), end)));
        notes.addAll(g.notes());
        List<Shape> labels = new ArrayList<>(p.labels());
        labels.addAll(g.labels());
        int[] merged = new int[pm.length + gm.length];
        System.arraycopy(pm, 0, merged, 0, pm.length);
        for (int j = 0; j < gm.length; j++) {
            merged[pm.length + j] = gm[j] < 0 ? -1 : gm[j] + after - w.from();
            if (gm[j] >= 0) {
                matches.put(after + gm[j], g.notes().get(j));
            }
        }
        matches.replaceAll((k, n) -> n == lastNote ? notes.get(p.notes().size() - 1) : n);
        accepted.set(last, new NoteGroup(Span.of(p.span().start(), g.span().end()), notes, labels, false));
        matchOf.set(last, merged);
        return true;
    }

    /**
     * {@return the shape, as {@code key} groups shapes, of at least the dominant share of the
     * matched candidates}, or null
     */
    Shape dominant(List<CallCandidate> candidates, java.util.function.UnaryOperator<Shape> key) {
        Map<Shape, Integer> counts = new HashMap<>();
        for (int i : matches.keySet()) {
            counts.merge(key.apply(candidates.get(i).shape()), 1, Integer::sum);
        }
        for (Map.Entry<Shape, Integer> e : counts.entrySet()) {
            if (e.getValue() >= NoteCallFinder.DOMINANT_SHARE * matches.size()) {
                return e.getKey();
            }
        }
        return null;
    }
}
