package org.annalist.eval.timeml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Matter;
import org.annalist.model.Span;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.Timexes;

/**
 * Writes a document's timexes as TimeML, in the shape of TempEval-3's files:
 * {@code <?xml version="1.0" ?><TimeML><DOCID>…</DOCID><DCT><TIMEX3 …/></DCT><TEXT>…</TEXT></TimeML>}.
 * {@code TEXT} holds the document's characters, escaped, with a {@code TIMEX3} (tid, type,
 * value, {@code anchorTimeID} when the value was resolved from another timex, and a {@code comment}
 * naming the value's certainty and, outside the body, its front or back matter) around each
 * timex; reading it back gives the same characters and spans. Where timexes overlap, the first
 * is kept (XML cannot cross tags). The DCT is the document's own date, else the given default.
 */
public final class TimeMlWriter {

    private TimeMlWriter() {
    }

    /**
     * {@return {@code text} as TimeML}
     *
     * @param docId       the {@code DOCID}, e.g. the source's name without its extension
     * @param defaultDate the creation date to write when the document states none ({@code --reference-date})
     */
    public static String write(AnnotatedText text, String docId, Optional<LocalDate> defaultDate) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(defaultDate, "defaultDate");
        String chars = text.source().text();
        List<Timex> kept = new ArrayList<>();
        int reached = 0;
        for (Timex t : text.has(Timexes.class) ? text.layer(Timexes.class).items() : List.<Timex>of()) {
            if (t.span().start() < reached || t.span().length() == 0) continue;
            kept.add(t);
            reached = t.span().end();
        }
        Map<Span, String> tids = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) tids.putIfAbsent(kept.get(i).span(), "t" + (i + 1));

        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" ?>\n<TimeML>\n\n");
        out.append("<DOCID>").append(escape(docId, false)).append("</DOCID>\n\n");
        Optional<LocalDate> dct = text.document().documentDate().or(() -> defaultDate);
        dct.ifPresent(d -> out.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(d)
                .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").append(d)
                .append("</TIMEX3></DCT>\n\n"));
        out.append("<TEXT>");
        int at = 0;
        for (Timex t : kept) {
            out.append(escape(chars.substring(at, t.span().start()), false));
            out.append("<TIMEX3 tid=\"").append(tids.get(t.span())).append("\" type=\"").append(t.type().name())
                    .append("\" value=\"").append(escape(t.value(), true)).append('"');
            Optional<String> anchor = t.anchor().filter(a -> !a.equals(t.span())).map(tids::get);
            anchor.ifPresent(a -> out.append(" anchorTimeID=\"").append(a).append('"'));
            out.append(" functionInDocument=\"NONE\"");
            // TIMEX3's free comment carries how the value was reached, and front or back matter
            out.append(" comment=\"certainty:").append(t.certainty().label());
            if (t.matter() != Matter.BODY) out.append("; matter:").append(t.matter().name().toLowerCase(Locale.ROOT));
            out.append("\">");
            out.append(escape(chars.substring(t.span().start(), t.span().end()), false)).append("</TIMEX3>");
            at = t.span().end();
        }
        out.append(escape(chars.substring(at), false));
        out.append("</TEXT>\n\n</TimeML>\n");
        return out.toString();
    }

    /**
     * {@return {@code s} escaped for XML content or an attribute value}; a carriage return is
     * written as a character reference (a parser would read a raw one as a line feed), and a
     * character XML 1.0 cannot hold at all as a space, so every offset stays where it was
     */
    static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\r' -> b.append("&#13;");
                case '\t', '\n' -> b.append(attribute ? (c == '\t' ? "&#9;" : "&#10;") : String.valueOf(c));
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || unpairedSurrogate(s, i)) {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean unpairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }
}
