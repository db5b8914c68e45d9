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
 */
public record TimelineRow(SourceRef source, String text, String type, String value, String from, String to,
                          String granularity, String sentence, Optional<NoteRef> note) {
    public TimelineRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(note, "note");
    }
}
