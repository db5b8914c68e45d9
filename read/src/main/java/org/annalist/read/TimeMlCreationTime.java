package org.annalist.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document's creation time (DCT): the {@code TIMEX3} whose
 * {@code functionInDocument} is {@code CREATION_TIME}, usually inside {@code <DCT>}.
 *
 * @param tid   its id ({@code t0}); "" when the tag has none
 * @param type  TIMEX3 type ({@code DATE} or {@code TIME})
 * @param value TIMEX3 value ({@code 1998-11-20}, {@code 1998-11-20T19:30})
 * @param text  the tag's characters ({@code 1998-11-20 19:30})
 */
public record TimeMlCreationTime(String tid, String type, String value, String text) {

    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|T)");

    public TimeMlCreationTime {
        Objects.requireNonNull(tid, "tid");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }

    /** {@return the calendar day of the value}: {@code 1998-11-20T19:30} → 1998-11-20; empty for a coarser or odd value */
    public Optional<LocalDate> date() {
        Matcher m = DAY.matcher(value);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
