package org.annalist.annotate.hedge;

import org.annalist.annotate.Lexicons;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.annalist.model.layer.HedgeKind;

/**
 * The hedge cue lexicon ({@code cues.txt}): phrases by which an author marks uncertainty
 * ("remains unclear", "if at all", "may have", "reportedly"), each of a {@link HedgeKind}.
 */
public final class HedgeCues {

    /** A cue found in a text. */
    public record Cue(Span span, HedgeKind kind) {
        public Cue {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private record Entry(Pattern pattern, HedgeKind kind) {
    }

    private final List<Entry> entries;

    private HedgeCues(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** {@return the standard cue list} */
    public static HedgeCues standard() {
        List<Entry> out = new ArrayList<>();
        for (String t : Lexicons.lines(HedgeCues.class, "cues.txt")) {
            String[] cols = t.split("\t", 2);
            if (cols.length != 2) throw new IllegalStateException("cues.txt: want 'KIND<TAB>regex'; got '" + t + "'");
            out.add(new Entry(Pattern.compile("(?i)(?<![\\p{L}'’])(?:" + cols[1].strip().replace("'", "['’]") + ")(?![\\p{L}])"),
                    HedgeKind.valueOf(cols[0].strip().toUpperCase(Locale.ROOT))));
        }
        return new HedgeCues(out);
    }

    /** {@return every cue of {@code text} between {@code from} and {@code to}, by start} */
    public List<Cue> find(String text, int from, int to) {
        List<Cue> out = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(text).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) out.add(new Cue(Span.of(m.start(), m.end()), e.kind()));
        }
        out.sort(Comparator.comparing(Cue::span));
        return out;
    }
}
