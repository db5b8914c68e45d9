package org.annalist.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.store.query.Party;
import org.annalist.store.query.SourceRef;

/**
 * A stored communication: where it is told, its channel, its date (TIMEX3 value) and the day
 * interval that value covers, its senders and recipients.
 */
public record CommunicationRow(SourceRef source, Optional<String> channel, Optional<String> date,
                               Optional<DayInterval> days, List<Party> senders, List<Party> recipients) {
    public CommunicationRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(days, "days");
        senders = List.copyOf(senders);
        recipients = List.copyOf(recipients);
    }
}
