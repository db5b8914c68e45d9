package org.annalist.model;

import java.util.Objects;

/**
 * A stretch of front or back matter: the text outside every such region is the body.
 *
 * @param span   the region's characters (whole blocks: a heading and the paragraphs under it,
 *               or a single signature line)
 * @param matter {@link Matter#FRONT} or {@link Matter#BACK}, never {@link Matter#BODY}
 * @param kind   what the region is
 */
public record MatterRegion(Span span, Matter matter, Kind kind) {

    /** What a stretch of front or back matter is. */
    public enum Kind {
        /** title page and publication data: publisher, copyright, edition, printing dates */
        PUBLICATION_DATA,
        /** a dedication ("To my comrades …") */
        DEDICATION,
        /** a table of contents */
        CONTENTS,
        /** a list of illustrations, maps or plates */
        ILLUSTRATIONS,
        /** a preface, foreword, introduction by another hand, advertisement or note to the reader */
        PREFACE,
        /** a signature and dateline closing a preface or letter ("New York, March 3, 1919.") */
        SIGNATURE,
        /** an appendix, notes, index or other back matter */
        APPENDIX
    }

    public MatterRegion {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(kind, "kind");
        if (matter == Matter.BODY) throw new IllegalArgumentException("a matter region is front or back matter, not body");
    }
}
