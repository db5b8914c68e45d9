package org.annalist.read;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * One {@code TIMEX3} of a TimeML file's {@code TEXT}, as annotated there.
 *
 * @param tid                its id ({@code t3}); "" when the tag has none
 * @param span               the characters it covers, offsets into {@link TimeMlContent#text()}
 * @param text               those characters
 * @param type               TIMEX3 type ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}); "" when absent
 * @param value              TIMEX3 value ({@code 1998-10}, {@code P3D}); "" when absent
 * @param anchorTimeId       the {@code tid} of the timex it was resolved from, when given
 * @param functionInDocument {@code NONE}, {@code CREATION_TIME}, …; "" when absent
 */
public record TimeMlTimex(String tid, Span span, String text, String type, String value,
                          Optional<String> anchorTimeId, String functionInDocument) {
    public TimeMlTimex {
        Objects.requireNonNull(tid, "tid");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(anchorTimeId, "anchorTimeId");
        Objects.requireNonNull(functionInDocument, "functionInDocument");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("timex " + tid + " text '" + text + "' does not fit span " + span);
        }
    }
}
