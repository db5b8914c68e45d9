package org.annalist.store.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a row comes from, in words: the text of a document, the sentence (or, with no sentences
 * stored, the paragraph) holding an offset, and the endnote call that backs it with its note.
 * Texts and note calls (with their notes) are read once per document: rows take their words from the text in Java,
 * since an SQL substr of a book's text per row would read the whole text per row.
 */
final class Provenance {

    private final Sql sql;
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, List<DocumentPage.NoteCallView>> calls = new HashMap<>();

    Provenance(Sql sql) {
        this.sql = sql;
    }

    /**
     * {@return the text of document {@code doc}}
     *
     * @throws NotFoundException when there is no such document
     */
    String text(long doc) {
        String t = texts.get(doc);
        if (t != null) return t;
        sql.first("SELECT text, name FROM documents WHERE id = ?", rs -> {
            texts.put(doc, rs.getString(1));
            names.put(doc, rs.getString(2));
            return doc;
        }, doc).orElseThrow(() -> NotFoundException.document(doc));
        return texts.get(doc);
    }

    /** {@return the name of document {@code doc}}; fails as {@link #text} does */
    String name(long doc) {
        text(doc);
        return names.get(doc);
    }

    /** {@return the reference to {@code [start, end)} of document {@code doc}} */
    SourceRef source(long doc, int start, int end) {
        return new SourceRef(doc, name(doc), start, end);
    }

    /** {@return the words of the span whose start and end are columns {@code column} and the next}, if both are set */
    Optional<String> slice(long doc, ResultSet rs, int column) throws SQLException {
        Optional<Integer> start = Sql.integer(rs, column);
        Optional<Integer> end = Sql.integer(rs, column + 1);
        if (start.isEmpty() || end.isEmpty()) return Optional.empty();
        String t = text(doc);
        int s = Math.max(0, Math.min(start.get(), t.length()));
        int e = Math.max(s, Math.min(end.get(), t.length()));
        return Optional.of(t.substring(s, e));
    }

    /** {@return {@link #slice} on one line, else the empty string} */
    String words(long doc, ResultSet rs, int column) throws SQLException {
        return oneLine(slice(doc, rs, column).orElse(""));
    }

    /**
     * {@return the sentence whose start and end are columns {@code column} and the next, else (no
     * sentences stored) the paragraph holding {@code offset}}, on one line
     */
    String sentence(long doc, ResultSet rs, int column, int offset) throws SQLException {
        Optional<String> sentence = slice(doc, rs, column);
        return oneLine(sentence.isPresent() ? sentence.get()
                : sql.first("SELECT text FROM paragraphs WHERE document_id = ? AND span_start <= ? "
                + "ORDER BY span_start DESC LIMIT 1", r -> r.getString(1), doc, offset).orElse(""));
    }

    /** {@return the first note call in {@code [from, before)} of the document, with its note's text on one line} */
    Optional<NoteRef> noteAfter(long doc, int from, int before) {
        List<DocumentPage.NoteCallView> all = noteCalls(doc);
        int i = firstAtOrAfter(all, from);
        if (i == all.size() || all.get(i).start() >= before) return Optional.empty();
        DocumentPage.NoteCallView c = all.get(i);
        return Optional.of(new NoteRef(c.marker(), c.start(), c.end(), c.note().map(Provenance::oneLine)));
    }

    /** {@return the document's note calls starting in {@code [from, before)}, by offset} */
    List<DocumentPage.NoteCallView> noteCalls(long doc, int from, int before) {
        List<DocumentPage.NoteCallView> all = noteCalls(doc);
        int i = firstAtOrAfter(all, from);
        int j = firstAtOrAfter(all, before);
        return all.subList(i, Math.max(i, j));
    }

    private static int firstAtOrAfter(List<DocumentPage.NoteCallView> calls, int offset) {
        int lo = 0;
        int hi = calls.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (calls.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /**
     * {@return the endnote of a row ending at {@code end} whose sentence reaches to column
     * {@code reachColumn}} (NULL without sentences: then the row's paragraph bounds it)
     */
    Optional<NoteRef> noteOf(long doc, int start, int end, ResultSet rs, int reachColumn) throws SQLException {
        Optional<Integer> reach = Sql.integer(rs, reachColumn);
        return noteAfter(doc, end, Math.max(end, reach.isPresent() ? reach.get() : paragraphEnd(doc, start)));
    }

    /** {@return where the sentence holding {@code offset} reaches to, else {@code fallback}} */
    int reachAt(long doc, int offset, int fallback) {
        return sql.first("SELECT extent_end FROM sentences WHERE document_id = ? AND span_start <= ? "
                + "ORDER BY span_start DESC LIMIT 1", rs -> rs.getInt(1), doc, offset).filter(r -> r > offset).orElse(fallback);
    }

    private int paragraphEnd(long doc, int offset) {
        return sql.first("SELECT span_end FROM paragraphs WHERE document_id = ? AND span_start <= ? "
                + "ORDER BY span_start DESC LIMIT 1", rs -> Math.max(rs.getInt(1), offset), doc, offset).orElse(offset);
    }

    /** {@return the document's note calls with the notes they call, by offset, read once} */
    private List<DocumentPage.NoteCallView> noteCalls(long doc) {
        return calls.computeIfAbsent(doc, d -> sql.list("SELECT c.span_start, c.span_end, c.marker, c.note_id, n.body "
                + "FROM note_calls c LEFT JOIN notes n ON n.document_id = c.document_id AND n.note_id = c.note_id "
                + "WHERE c.document_id = ? ORDER BY c.span_start, c.ordinal", rs -> new DocumentPage.NoteCallView(
                rs.getInt(1), rs.getInt(2), rs.getString(3), Sql.text(rs, 4), Sql.text(rs, 5)), d));
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
