package org.annalist.store.query;

import java.util.List;
import java.util.Objects;

/** A stored document by name (never its path), its size, its number of pages and the people most mentioned in it. */
public record DocumentSummary(long id, String name, String format, int chars, int pages, List<String> people) {
    public DocumentSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        people = List.copyOf(people);
    }
}
