package org.annalist.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Full-text search over paragraphs (SQLite FTS5, case and accents ignored; PostgreSQL to_tsvector('simple'), case ignored). */
final class SearchView {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Sql sql;
    private final Provenance provenance;

    SearchView(Sql sql, Provenance provenance) {
        this.sql = sql;
        this.provenance = provenance;
    }

    /** {@return up to {@code limit} paragraphs holding every word of {@code text}, best first} */
    List<SearchHit> search(String text, int limit) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        if (words.isEmpty()) throw new IllegalArgumentException("search text '" + text + "' has no words");
        if (limit < 1) throw new IllegalArgumentException("limit must be positive; got " + limit);
        String first = words.get(0).toLowerCase(Locale.ROOT);
        return sql.list(sql.dialect.searchParagraphs(), rs -> {
            long doc = rs.getLong(1);
            int start = rs.getInt(2);
            int end = rs.getInt(3);
            SourceRef paragraph = provenance.source(doc, start, end);
            int at = rs.getString(4).toLowerCase(Locale.ROOT).indexOf(first);
            SourceRef source = at < 0 ? paragraph : provenance.source(doc, start + at, start + at + first.length());
            return new SearchHit(source, paragraph, Provenance.oneLine(rs.getString(5)),
                    provenance.noteAfter(doc, source.end(), provenance.reachAt(doc, source.start(), end)));
        }, sql.dialect.searchArgument(words), limit);
    }
}
