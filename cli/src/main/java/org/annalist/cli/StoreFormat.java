package org.annalist.cli;

import java.util.Locale;
import java.util.Optional;
import org.annalist.store.query.NoteRef;
import org.annalist.store.query.SourceRef;

/** Plain-text rendering shared by the store's query commands. */
final class StoreFormat {

    private static final int SNIPPET = 110;

    private StoreFormat() {
    }

    static String source(SourceRef s) {
        return s.document() + ":" + s.start() + "-" + s.end();
    }

    static String note(Optional<NoteRef> note) {
        return note.map(n -> " [note " + n.marker() + n.note().map(t -> ": " + snip(t, 60)).orElse("") + "]")
                .orElse("");
    }

    static String snip(String s) {
        return snip(s, SNIPPET);
    }

    static String snip(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
