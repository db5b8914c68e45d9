package org.annalist.store.query;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.layer.ClaimKind;

/**
 * One stated figure with its source.
 *
 * @param source    the document and the claim's span
 * @param number    the figure as written ({@code 3,279})
 * @param subject   whose figure it is, a side id ({@code soviet_forces}), when the text says
 * @param kind      what the figure counts ({@code casualties}, {@code forces}, {@code prisoners},
 *                  {@code money}, {@code materiel}, {@code count}), which weighs it in the ledger;
 *                  empty for a claim stored before schema version 4
 * @param high      a range's high end ("between 50,000 and 200,000"), {@code value} being its low end
 * @param qualifier {@code exact}, {@code more than}, {@code about}...
 * @param date      the TIMEX3 value of the claim's sentence, when it has one
 * @param range     the values the statement allows, given its qualifier and precision
 */
public record ClaimRow(SourceRef source, String number, Optional<String> subject, String measure,
                       Optional<String> kind, double value, Optional<Double> high, String qualifier,
                       Optional<String> date, ClaimRange range, String sentence, Optional<NoteRef> note) {
    public ClaimRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(note, "note");
    }

    /** {@return how much the figure weighs in a ledger}: its kind's weight, 0 when its kind is unknown */
    public int weight() {
        return kind.map(k -> ClaimKind.of(k).weight()).orElse(0);
    }
}
