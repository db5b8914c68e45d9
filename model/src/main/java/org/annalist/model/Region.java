package org.annalist.model;

/**
 * A stretch of the source that is kept (offsets stay true) but set aside from
 * annotation: a Project Gutenberg header or licence, a notes section.
 */
public record Region(Span span, Kind kind) {
    public enum Kind {
        /** publisher's boilerplate such as a Project Gutenberg header or footer */
        BOILERPLATE,
        /** notes: footnote blocks and notes sections */
        NOTES
    }
}
