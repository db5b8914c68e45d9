package org.annalist.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.annalist.store.query.TimelineQuery;
import picocli.CommandLine.Option;

/** The {@code --entity}, {@code --from} and {@code --to} filters of the timeline and network commands. */
final class FilterOptions {

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Only rows involving NAME: dates in sentences that mention it, messages it sent or received.")
    String entity;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "Only rows dated on or after this day (undated ones drop out).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD",
            description = "Only rows dated on or before this day (undated ones drop out).")
    LocalDate to;

    TimelineQuery query() {
        return new TimelineQuery(Optional.ofNullable(entity), Optional.ofNullable(from), Optional.ofNullable(to));
    }
}
