package org.annalist.read.structure;

import java.util.Objects;
import org.annalist.model.CallStyle;
import org.annalist.model.Span;

/**
 * A place that may be a note call, before the alignment with the notes decides.
 *
 * @param span   the characters the call would mask
 * @param marker the marker as the notes write it ({@code ¹²} read as {@code 12})
 * @param shape  how it is written
 * @param weight how call-like it looks by form and context alone, in (0, 1]: 1 for a form
 *               that is a call wherever it stands ({@code [12]}), less for digits that could
 *               also be a count or a section number
 */
record CallCandidate(Span span, String marker, Shape shape, double weight) {

    CallCandidate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(shape, "shape");
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in (0, 1]; got " + weight);
        }
    }

    /** {@return the style the call is reported with} */
    CallStyle style() {
        return shape.style();
    }

    /**
     * {@return true for forms that are calls by themselves, with or without notes}: digits
     * glued to a word's punctuation, {@code [12]}, {@code (*3)}, {@code *29}, {@code [^3]} and
     * Unicode superscripts, which {@link CallCandidates} weigh {@value CallCandidates#STRONG};
     * digits glued to letters ({@code istrict8}, {@code dec30}) are weaker, only notes vouch for them
     */
    boolean strong() {
        return weight >= CallCandidates.STRONG;
    }

    /** {@return the marker's number, or -1 when it has none ({@code *})} */
    int number() {
        return numberOf(marker);
    }

    /** {@return the leading number of {@code marker}} ({@code 4a} → 4, {@code *3} → 3), or -1 when it has none */
    static int numberOf(String marker) {
        int i = 0;
        while (i < marker.length() && marker.charAt(i) == '*') {
            i++;
        }
        if (i > 0 && i == marker.length()) {
            return -1;
        }
        int n = 0;
        boolean any = false;
        for (; i < marker.length() && Character.isDigit(marker.charAt(i)); i++) {
            if (n > 100_000) {
                return -1;
            }
            n = n * 10 + (marker.charAt(i) - '0');
            any = true;
        }
        return any ? n : -1;
    }
}
