package org.annalist.annotate.claim;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.annotate.Lexicons;
import org.annalist.model.layer.ClaimKind;

/**
 * The measure lexicon ({@code measures.txt}): what a figure counts, its class, and the least
 * value from which a general noun ("men") makes a claim. Matches whole words, longest first.
 */
final class Measures {

    /** What a figure counts. */
    enum Kind {
        LOSS(ClaimKind.CASUALTIES), PRISONERS(ClaimKind.PRISONERS), FORCE(ClaimKind.FORCES), MONEY(ClaimKind.MONEY),
        MATERIEL(ClaimKind.MATERIEL), UNIT(null);

        private final ClaimKind claimKind;

        Kind(ClaimKind claimKind) {
            this.claimKind = claimKind;
        }

        /** {@return the kind of claim a figure of this measure makes}; empty for a unit, which makes none */
        Optional<ClaimKind> claimKind() {
            return Optional.ofNullable(claimKind);
        }
    }

    /** One lexicon entry: the words as written, their class, the least value weighing as that class, how they read. */
    record Entry(String phrase, Kind kind, double least, String reading) {
    }

    /** An entry found at a place in the text. */
    record Match(Entry entry, int start, int end) {
    }

    private final List<Entry> entries;
    private final List<Pattern> patterns;

    Measures(List<Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt((Entry e) -> -e.phrase().length())).toList();
        this.patterns = this.entries.stream()
                .map(e -> Pattern.compile("(?i)" + Pattern.quote(e.phrase()).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])"))
                .toList();
    }

    static Measures standard() {
        return new Measures(Lexicons.table(Measures.class, "measures.txt", cols -> new Entry(cols[0],
                Kind.valueOf(cols[1].toUpperCase(Locale.ROOT)), cols.length > 2 ? Double.parseDouble(cols[2]) : 0,
                cols.length > 3 ? cols[3] : cols[0]), "phrase", "class", "least?", "reading?"));
    }

    /** {@return the longest measure starting exactly at {@code at}} */
    Optional<Match> at(String text, int at, int limit) {
        for (int i = 0; i < entries.size(); i++) {
            Matcher m = patterns.get(i).matcher(text).region(at, limit);
            m.useTransparentBounds(true);
            if (m.lookingAt()) return Optional.of(new Match(entries.get(i), m.start(), m.end()));
        }
        return Optional.empty();
    }

    /** {@return the entry whose phrase is {@code word}, or its singular or plural} */
    Optional<Entry> ofWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Optional<Entry> e = entry(w);
        if (e.isEmpty() && w.endsWith("s")) e = entry(w.substring(0, w.length() - 1));
        if (e.isEmpty()) e = entry(w + "s");
        return e;
    }

    /** {@return the entry for a lower-case phrase} */
    Optional<Entry> entry(String phrase) {
        return entries.stream().filter(e -> e.phrase().equals(phrase)).findFirst();
    }
}
