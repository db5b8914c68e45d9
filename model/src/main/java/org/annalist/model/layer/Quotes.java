package org.annalist.model.layer;

import java.util.Comparator;
import java.util.List;

/**
 * The quotations layer: every quotation of the document, sorted by span (an outer quote
 * comes before the quotes nested in it).
 */
public record Quotes(List<Quote> quotes) implements Layer {
    public Quotes {
        quotes = quotes.stream()
                .sorted(Comparator.comparing((Quote q) -> q.span().start())
                        .thenComparing(q -> -q.span().end()))
                .toList();
    }

    /** {@return the quotes of {@code kind}, in order} */
    public List<Quote> ofKind(QuoteKind kind) {
        return quotes.stream().filter(q -> q.kind() == kind).toList();
    }
}
