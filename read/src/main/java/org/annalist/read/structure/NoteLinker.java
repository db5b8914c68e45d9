package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;

/**
 * Points each call at its note. A call links to the first footnote block with its marker
 * that follows it (footnote numbering restarts per chapter, and the block sits after the
 * paragraph). Otherwise it links into a notes section: the calls fall into runs (the
 * numbering restarts), and each run is served by the first section run after its last
 * call that no earlier run took and that holds its markers (notes at the end of each
 * chapter, or all together at the end of the book); failing that, the first section
 * after the call holding its marker. Calls without a note stay unlinked.
 */
final class NoteLinker {

    private NoteLinker() {
    }

    static List<NoteCall> link(List<NoteCall> calls, List<Note> blockNotes, List<NotesSection> sections) {
        Map<String, TreeMap<Integer, Note>> blocksByMarker = new HashMap<>();
        for (Note n : blockNotes) {
            blocksByMarker.computeIfAbsent(n.marker(), k -> new TreeMap<>()).put(n.span().start(), n);
        }
        List<List<Integer>> runs = runs(calls);
        Map<Integer, NotesSection> servedBy = new HashMap<>();
        int taken = -1;
        for (int r = 0; r < runs.size(); r++) {
            List<Integer> run = runs.get(r);
            int lastCall = calls.get(run.get(run.size() - 1)).span().end();
            for (int s = taken + 1; s < sections.size(); s++) {
                NotesSection section = sections.get(s);
                if (section.span().start() >= lastCall && holdsAny(section, calls, run)) {
                    servedBy.put(r, section);
                    taken = s;
                    break;
                }
            }
        }
        List<NoteCall> out = new ArrayList<>(calls);
        for (int r = 0; r < runs.size(); r++) {
            NotesSection served = servedBy.get(r);
            for (int idx : runs.get(r)) {
                NoteCall call = calls.get(idx);
                Optional<Note> note = inBlocks(blocksByMarker, call)
                        .or(() -> Optional.ofNullable(served).flatMap(s -> find(s, call.marker())))
                        .or(() -> firstSectionAfter(sections, call));
                note.ifPresent(n -> out.set(idx, call.withNoteId(n.id())));
            }
        }
        return List.copyOf(out);
    }

    private static Optional<Note> inBlocks(Map<String, TreeMap<Integer, Note>> byMarker, NoteCall call) {
        TreeMap<Integer, Note> notes = byMarker.get(call.marker());
        if (notes == null) {
            return Optional.empty();
        }
        Map.Entry<Integer, Note> next = notes.ceilingEntry(call.span().end());
        return next == null ? Optional.empty() : Optional.of(next.getValue());
    }

    private static Optional<Note> firstSectionAfter(List<NotesSection> sections, NoteCall call) {
        for (NotesSection s : sections) {
            if (s.span().start() >= call.span().end()) {
                Optional<Note> n = find(s, call.marker());
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Note> find(NotesSection section, String marker) {
        return section.notes().stream().filter(n -> n.marker().equals(marker)).findFirst();
    }

    private static boolean holdsAny(NotesSection section, List<NoteCall> calls, List<Integer> run) {
        for (int idx : run) {
            if (find(section, calls.get(idx).marker()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** indices of calls grouped where the numbering falls back */
    private static List<List<Integer>> runs(List<NoteCall> calls) {
        List<List<Integer>> runs = new ArrayList<>();
        int last = Integer.MAX_VALUE;
        for (int i = 0; i < calls.size(); i++) {
            int n = number(calls.get(i).marker());
            if (runs.isEmpty() || n >= 0 && n <= last) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(i);
            if (n >= 0) {
                last = n;
            }
        }
        return runs;
    }

    private static int number(String marker) {
        String digits = marker.replaceAll("[^0-9].*$", "");
        return digits.isEmpty() || digits.length() > 6 ? -1 : Integer.parseInt(digits);
    }
}
