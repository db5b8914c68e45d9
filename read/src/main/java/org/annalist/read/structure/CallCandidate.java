package org.annalist.read.structure;

import java.util.Objects;
import org.annalist.model.CallStyle;
import org.annalist.model.Span;

/**
 * A place that may be a note call, before the running order decides.
 *
 * @param span   the characters the call would mask
 * @param marker the marker as written
 * @param style  how it is written
 */
record CallCandidate(Span span, String marker, CallStyle style) {

    CallCandidate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(style, "style");
    }

    /** {@return true for styles that are calls by their form alone: glued, bracketed, Markdown} */
    boolean strong() {
        return style == CallStyle.GLUED || style == CallStyle.BRACKETED || style == CallStyle.MARKDOWN;
    }

    /** {@return the marker's number, or -1 when it has none ({@code *})} */
    int number() {
        int n = 0;
        boolean any = false;
        for (int i = 0; i < marker.length() && Character.isDigit(marker.charAt(i)); i++) {
            if (n > 100_000) {
                return -1;
            }
            n = n * 10 + (marker.charAt(i) - '0');
            any = true;
        }
        return any ? n : -1;
    }
}
