package org.annalist.model;

/** A paragraph of body text, without its trailing line break. */
public record Paragraph(Span span) {
}
