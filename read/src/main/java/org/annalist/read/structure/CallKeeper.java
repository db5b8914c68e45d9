package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;

/**
 * Decides, after the alignment, which candidates are kept as calls and links each to its
 * note. Kept: the matched candidates; those that are calls by their form alone
 * ({@link CallCandidate#strong()}: a call without its note, a misprinted call, a second call
 * to one note); where the book's calls are bracketed, signed or glued to a word, an unmatched
 * one of that form whose number lies between the call before it and the next matched call (a note lost
 * from the etext, a second call to one note), and the one left where a single label between
 * two answered ones is unanswered (a misprinted number).
 *
 * <p>Links: a matched call to its note; another kept call to the one note skipped between
 * the matched calls around it (a misprinted marker; the last kept call between them takes
 * it), else to the note of an earlier call with its marker in the same window (two calls to
 * one note), else to the first note with its marker in its group or, failing that, the next
 * note with its marker when no call of its own was matched to it.
 */
final class CallKeeper {

    /** candidates looked back over for the call before a window */
    private static final int MAX_LOOK_BACK = 1_000;

    private final NoteAlignment a;

    private CallKeeper(NoteAlignment a) {
        this.a = a;
    }

    /**
     * {@return the calls {@code a} keeps among {@code candidates}, linked}
     *
     * @param form which candidates are written in the book's call form (bracketed, signed or
     *             glued), or null when its calls are plain numbers
     */
    static List<NoteCall> calls(NoteAlignment a, List<CallCandidate> candidates, Predicate<CallCandidate> form) {
        return new CallKeeper(a).keep(candidates, form);
    }

    private List<NoteCall> keep(List<CallCandidate> candidates, Predicate<CallCandidate> form) {
        SpanSet groupSpans = new SpanSet(a.accepted.stream().map(NoteGroup::span).toList());
        boolean[] keep = new boolean[candidates.size()];
        boolean[] outside = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            outside[i] = groupSpans.contains(candidates.get(i).span().start());
            keep[i] = !outside[i] && (a.matches.containsKey(i) || candidates.get(i).strong());
        }
        if (form != null) {
            for (NoteAlignment.Window w : a.windows) {
                keepInSequence(candidates, form, w, keep, outside);
                keepMisprints(candidates, form, w, keep, outside);
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (keep[i]) {
                kept.add(i);
            }
        }
        List<NoteCall> calls = new ArrayList<>();
        Map<String, String> linkedInWindow = new HashMap<>();
        int w = -1;
        for (int i : kept) {
            while (w + 1 < a.windows.size() && a.windows.get(w + 1).from() <= i) {
                w++;
                linkedInWindow.clear();
            }
            boolean inWindow = w >= 0 && i < a.windows.get(w).to();
            CallCandidate c = candidates.get(i);
            Optional<String> note = Optional.ofNullable(a.matches.get(i)).map(Note::id);
            if (note.isEmpty() && inWindow) {
                note = link(candidates, i, a.windows.get(w), linkedInWindow, kept);
            }
            note.ifPresent(id -> linkedInWindow.putIfAbsent(c.marker(), id));
            calls.add(new NoteCall(c.span(), c.marker(), c.style(), note));
        }
        return calls;
    }

    /**
     * Keeps the unmatched candidates of the book's call form whose
     * number lies between the call before them and the next matched call of the window (or
     * is the next number): a call whose note is missing, a second call to one note
     */
    private void keepInSequence(List<CallCandidate> candidates, Predicate<CallCandidate> form, NoteAlignment.Window w,
                                boolean[] keep,
                                boolean[] outside) {
        // the call before the window: the last note of the group before may be missing
        int previous = -1;
        for (int i = w.from() - 1; i >= 0 && previous < 0; i--) {
            if (keep[i] && candidates.get(i).number() >= 0) {
                previous = candidates.get(i).number();
            }
            if (w.from() - i > MAX_LOOK_BACK) {
                break;
            }
        }
        int[] nextMatched = new int[w.to() - w.from()];
        int next = -1;
        for (int i = w.to() - 1; i >= w.from(); i--) {
            nextMatched[i - w.from()] = next;
            if (a.matches.containsKey(i) && candidates.get(i).number() >= 0) {
                next = candidates.get(i).number();
            }
        }
        for (int i = w.from(); i < w.to(); i++) {
            CallCandidate c = candidates.get(i);
            int n = c.number();
            if (!keep[i] && !outside[i] && form.test(c) && n >= 0 && previous >= 0) {
                int following = nextMatched[i - w.from()];
                // no next call, or the numbering restarts there: the next number only
                int upTo = following >= previous ? following : previous + 1;
                keep[i] = previous <= n && n <= upTo;
            }
            if (keep[i] && n >= 0) {
                previous = n;
            }
        }
    }

    /**
     * Where one label lies unanswered between two answered ones, keeps the last unmatched
     * candidate of the book's call form between their calls: its number is misprinted
     */
    private void keepMisprints(List<CallCandidate> candidates, Predicate<CallCandidate> form, NoteAlignment.Window w,
                               boolean[] keep,
                               boolean[] outside) {
        int[] match = a.matchOf.get(w.group());
        for (int j = 0; j < match.length; j++) {
            if (match[j] >= 0) {
                continue;
            }
            int before = j > 0 ? match[j - 1] : -1;
            int after = j + 1 < match.length ? match[j + 1] : w.to() - w.from();
            if (j > 0 && before < 0 || after < 0) {
                continue;
            }
            int last = -1;
            boolean taken = false;
            for (int i = w.from() + before + 1; i < w.from() + after; i++) {
                if (outside[i] || !form.test(candidates.get(i))) {
                    continue;
                }
                taken |= keep[i] && !a.matches.containsKey(i);
                last = keep[i] ? last : i;
            }
            if (!taken && last >= 0) {
                keep[last] = true;
            }
        }
    }

    /** the note of a kept call the alignment left unmatched, by the rules in the class comment */
    private Optional<String> link(List<CallCandidate> candidates, int i, NoteAlignment.Window w, Map<String, String> linked,
                                  List<Integer> kept) {
        NoteGroup g = a.accepted.get(w.group());
        int[] match = a.matchOf.get(w.group());
        int local = i - w.from();
        int before = -1;
        int after = match.length;
        for (int j = 0; j < match.length; j++) {
            if (match[j] >= 0 && match[j] < local) {
                before = j;
            } else if (match[j] > local && after == match.length) {
                after = j;
            }
        }
        // the one note skipped between two matched calls goes to the last kept call between them
        int gapEnd = w.from() + (after < match.length ? match[after] : w.to() - w.from());
        boolean lastInGap = true;
        for (int x = Collections.binarySearch(kept, i) + 1; x < kept.size() && kept.get(x) < gapEnd; x++) {
            lastInGap &= a.matches.containsKey(kept.get(x));
        }
        if (after - before == 2 && match[before + 1] < 0 && lastInGap) {
            return Optional.of(g.notes().get(before + 1).id());
        }
        String marker = candidates.get(i).marker();
        if (linked.containsKey(marker)) {
            return Optional.of(linked.get(marker));
        }
        Optional<Note> own = g.notes().stream().filter(n -> n.marker().equals(marker)).findFirst();
        if (own.isPresent()) {
            return own.map(Note::id);
        }
        // a note set further on, after notes that came between (Gibbon's editor's notes): unless its own call has it
        for (int gi = w.group() + 1; gi < a.accepted.size(); gi++) {
            for (Note n : a.accepted.get(gi).notes()) {
                if (n.marker().equals(marker)) {
                    return a.matches.containsValue(n) ? Optional.empty() : Optional.of(n.id());
                }
            }
        }
        return Optional.empty();
    }
}
