package org.annalist.annotate.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How the time engine reads a document.
 *
 * @param documentDate the default creation date (news: the dateline; {@code --reference-date}), for
 *                     documents that state none of their own: a document's own date
 *                     ({@link org.annalist.model.SourceDocument#documentDate()}, e.g. a TimeML
 *                     DCT) is used instead when present.
 *                     When present, deictic expressions ("today", "last year", "two weeks ago",
 *                     "Friday") count from it and it seeds the narrative clock; when empty, the
 *                     narrative's own dates are the only reference and deictic "now"/"today" stay
 *                     vague ({@code PRESENT_REF}).
 */
public record TimeConfig(Optional<LocalDate> documentDate) {
    public TimeConfig {
        Objects.requireNonNull(documentDate, "documentDate");
    }

    /** {@return the configuration for narrative history: no document date} */
    public static TimeConfig narrative() {
        return new TimeConfig(Optional.empty());
    }

    /** {@return a configuration whose deictic expressions count from {@code date}} */
    public static TimeConfig withDocumentDate(LocalDate date) {
        return new TimeConfig(Optional.of(Objects.requireNonNull(date, "date")));
    }
}
