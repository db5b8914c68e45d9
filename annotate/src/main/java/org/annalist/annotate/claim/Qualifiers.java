package org.annalist.annotate.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.annotate.Lexicons;
import org.annalist.model.layer.Qualifier;

/** The qualifier lexicon ({@code qualifiers.txt}): "more than", "about", "at least" before a figure. */
final class Qualifiers {

    /** A qualifier found before a figure. */
    record Match(Qualifier qualifier, int start) {
    }

    private record Entry(Pattern pattern, Qualifier qualifier) {
    }

    private final List<Entry> entries;

    private Qualifiers(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static Qualifiers standard() {
        List<String[]> rows = new ArrayList<>(Lexicons.table(Qualifiers.class, "qualifiers.txt", cols -> cols, "phrase", "qualifier"));
        rows.sort((a, b) -> b[0].length() - a[0].length());
        List<Entry> out = new ArrayList<>();
        for (String[] r : rows) {
            String words = Pattern.quote(r[0].strip()).replace(" ", "\\E\\s+\\Q");
            out.add(new Entry(Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + words + "\\s+$"),
                    Qualifier.valueOf(r[1].strip().toUpperCase(Locale.ROOT))));
        }
        return new Qualifiers(out);
    }

    /** {@return the longest qualifier ending just before {@code figureStart} (blanks between)} */
    Optional<Match> before(String text, int figureStart, int limit) {
        int from = Math.max(limit, figureStart - 40);
        String window = text.substring(from, figureStart);
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(window);
            if (m.find()) return Optional.of(new Match(e.qualifier(), from + m.start()));
        }
        return Optional.empty();
    }
}
