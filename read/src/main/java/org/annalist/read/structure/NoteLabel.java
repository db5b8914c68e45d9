package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/**
 * The label that opens a note, at the start of a line: {@code [12]}, {@code [A]}, {@code (12)},
 * {@code {12}}, {@code *12}, {@code *}, {@code †}, {@code ¹²}, {@code 12.}, {@code 12)},
 * {@code 12} or {@code 12 (return) [} (a Project Gutenberg HTML note flattened to text).
 *
 * @param span      the label's characters
 * @param marker    the marker as the calls write it: digits ({@code ¹²} read as {@code 12}), a
 *                  sign, or {@code *3} for {@code (*3)}
 * @param shape     how the label is written
 * @param bodyStart where the note's text begins: after the label, the white space and a
 *                  bracket opening the body
 */
record NoteLabel(Span span, String marker, Shape shape, int bodyStart) {

    NoteLabel {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(shape, "shape");
    }

    private static final Pattern LABEL = Pattern.compile(
            "\\[([0-9]{1,4}[a-z]?|[*†‡§]{1,3}[0-9]{0,4}|[A-Z])\\]"       // 1 [12] [A]
            + "|\\(([0-9]{1,3}[a-z]?|\\*[0-9]{1,4}|[*†‡]{1,3})\\)"      // 2 (12) (*3), not a year (1870)
            + "|\\{([0-9]{1,4})\\}"                                       // 3 {12}
            + "|\\*([0-9]{1,4})(?![0-9])"                                 // 4 *12
            + "|(\\*{1,4}|†{1,3}|‡{1,3}|§{1,2}|‖|¶)(?=[ \\t])"            // 5 * † ‡
            + "|([⁰¹²³⁴-⁹]{1,4})"                                         // 6 ¹²
            + "|([0-9]{1,4}[a-z]?)(?:[.):](?![0-9])|(?=[ \\t\\n]))"       // 7 12. 12) 12
    );
    /** after a plain number: the back-link of a flattened HTML note, "(return)", and the bracket of its body */
    private static final Pattern RETURN = Pattern.compile("[ \\t]*\\((?:return|back)\\)[ \\t]*\\n?[ \\t]*\\[?");

    /**
     * {@return the label at {@code start}}, which must be followed by white space and then
     * text or a line's end; the label is read no further than {@code limit}
     */
    static Optional<NoteLabel> at(String text, int start, int limit) {
        if (start >= limit) {
            return Optional.empty();
        }
        char first = text.charAt(start);
        if ("[({*†‡§‖¶".indexOf(first) < 0 && !isDigit(first) && superscriptValue(first) < 0) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(text).region(start, limit);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int end = m.end();
        Shape shape;
        String marker;
        if (m.group(1) != null) {
            shape = Shape.SQUARE;
            marker = m.group(1);
        } else if (m.group(2) != null) {
            shape = Shape.ROUND;
            marker = m.group(2);
        } else if (m.group(3) != null) {
            shape = Shape.CURLY;
            marker = m.group(3);
        } else if (m.group(4) != null) {
            shape = Shape.STAR_NUMBER;
            marker = m.group(4);
        } else if (m.group(5) != null) {
            shape = Shape.SYMBOL;
            marker = m.group(5);
        } else if (m.group(6) != null) {
            shape = Shape.SUPERSCRIPT;
            marker = fromSuperscript(m.group(6));
        } else {
            shape = Shape.DIGITS;
            marker = m.group(7);
        }
        int body = end;
        if (shape == Shape.SYMBOL && isAsterism(text, end, limit, marker.charAt(0))) {
            return Optional.empty();
        }
        if (shape == Shape.DIGITS) {
            Matcher r = RETURN.matcher(text).region(end, limit);
            if (r.lookingAt()) {
                body = r.end();
            }
        }
        // the label stands apart: white space (or the line's end) follows it
        if (body == end && end < limit && text.charAt(end) != ' ' && text.charAt(end) != '\t' && text.charAt(end) != '\n') {
            return Optional.empty();
        }
        while (body < limit && Character.isWhitespace(text.charAt(body))) {
            body++;
        }
        return Optional.of(new NoteLabel(Span.of(start, end), marker, shape, body));
    }

    /** {@code *   *   *}: the same sign again after white space on the line, a break, not a label */
    private static boolean isAsterism(String text, int end, int limit, char sign) {
        int k = end;
        while (k < limit && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k < limit && text.charAt(k) == sign;
    }

    /**
     * {@return the label's shape and punctuation without its digits}: {@code DIGITS.} for
     * {@code 12.}, {@code ROUND()} for {@code (1)}, {@code SUPERSCRIPT} for {@code ¹²}
     */
    String form(String text) {
        return shape + text.substring(span.start(), span.end()).replaceAll("[0-9⁰¹²³⁴-⁹]", "");
    }

    /**
     * {@return true when {@code next} continues this label's series}: same shape and
     * punctuation ("4 Titus." is not followed by the section "5. After this"), and the next
     * number (or, for signs, another sign)
     */
    boolean isFollowedBy(String text, NoteLabel next) {
        return isFollowedBy(text, next, 0);
    }

    /** {@return true when {@code next} continues this label's series}, up to {@code missing} numbers skipped */
    boolean isFollowedBy(String text, NoteLabel next, int missing) {
        if (next.shape != shape || number() >= 0 && !form(text).equals(next.form(text))) {
            return false;
        }
        return number() < 0 ? next.number() < 0 && !next.marker.equals(marker)
                : next.number() > number() && next.number() <= number() + 1 + missing;
    }

    /**
     * {@return the notes of a block opened by {@code first}}: one per later line (indented or
     * not) that opens with a label continuing the series, each up to the next one's line
     *
     * @param end the block's end
     */
    static List<Labelled> inBlock(String text, NoteLabel first, int end) {
        List<Labelled> out = new ArrayList<>();
        NoteLabel open = first;
        int lineStart = text.indexOf('\n', first.span().end());
        while (lineStart >= 0 && lineStart < end) {
            int k = lineStart + 1;
            while (k < end && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            Optional<NoteLabel> next = at(text, k, end);
            if (next.isPresent() && open.isFollowedBy(text, next.get())) {
                int e = lineStart;
                while (e > open.span().start() && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                out.add(new Labelled(open, e));
                open = next.get();
            }
            lineStart = text.indexOf('\n', k);
        }
        out.add(new Labelled(open, end));
        return out;
    }

    /** A label and the end of its note's text. */
    record Labelled(NoteLabel label, int end) {
    }

    /** {@return the marker's leading number, or -1 when it has none} */
    int number() {
        return CallCandidate.numberOf(marker);
    }

    /** {@return the digits of Unicode superscripts as ASCII digits} */
    static String fromSuperscript(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append((char) ('0' + superscriptValue(s.charAt(i))));
        }
        return b.toString();
    }

    /** {@return the digit a Unicode superscript stands for, or -1} */
    static int superscriptValue(char c) {
        return switch (c) {
            case '⁰' -> 0;
            case '¹' -> 1;
            case '²' -> 2;
            case '³' -> 3;
            default -> c >= '⁴' && c <= '⁹' ? c - '⁴' + 4 : -1;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
