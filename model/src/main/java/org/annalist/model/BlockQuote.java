package org.annalist.model;

/** A block quotation (indented, {@code >}-marked or {@code <blockquote>}). */
public record BlockQuote(Span span) {
}
