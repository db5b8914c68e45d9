package org.annalist.store.query;

import java.util.Objects;
import java.util.Optional;

/**
 * One dated point of the chronicle: a temporal expression resolved to calendar days.
 *
 * @param source   the document and the expression's span
 * @param text     the expression as written ("Six days later")
 * @param type     TIMEX3 type
 * @param value    TIMEX3 value ({@code 1938-08-22})
 * @param from     first day it may cover, ISO
 * @param to       last day it may cover, ISO
 * @param sentence the sentence holding it (or its paragraph when there are no sentences)
 * @param note     the endnote call of that sentence after the expression, if any
 * @param certainty how the value was reached: {@code stated} (in full), {@code context} (year from a date
 *                  nearby), {@code story_order} (inferred from the story's order) or {@code guessed}; empty in
 *                  a store written before schema 3
 * @param matter   where the expression stands: {@code front} (preface, contents), {@code body}, {@code back} (notes,
 *                 licence); empty in a store written before schema 3
 * @param outsideFrame true for a body date whose year the text does not state that falls outside the span of
 *                 years the story covers: where a year may have slipped
 */
public record TimelineRow(SourceRef source, String text, String type, String value, String from, String to,
                          String granularity, String sentence, Optional<NoteRef> note, Optional<String> certainty,
                          Optional<String> matter, boolean outsideFrame) {
    public TimelineRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(matter, "matter");
    }

    /** A row whose resolution is not recorded. */
    public TimelineRow(SourceRef source, String text, String type, String value, String from, String to,
                       String granularity, String sentence, Optional<NoteRef> note) {
        this(source, text, type, value, from, to, granularity, sentence, note, Optional.empty(), Optional.empty(), false);
    }
}
