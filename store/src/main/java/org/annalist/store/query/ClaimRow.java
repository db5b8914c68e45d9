package org.annalist.store.query;

import java.util.Objects;
import java.util.Optional;

/**
 * One stated figure with its source.
 *
 * @param source    the document and the claim's span
 * @param number    the figure as written ({@code 3,279})
 * @param subject   whose figure it is, a side id ({@code soviet_forces}), when the text says
 * @param qualifier {@code exact}, {@code more than}, {@code about}...
 * @param date      the TIMEX3 value of the claim's sentence, when it has one
 * @param range     the values the statement allows, given its qualifier and precision
 */
public record ClaimRow(SourceRef source, String number, Optional<String> subject, String measure, double value,
                       String qualifier, Optional<String> date, ClaimRange range, String sentence,
                       Optional<NoteRef> note) {
    public ClaimRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(note, "note");
    }
}
