package org.annalist.model;

import java.util.Objects;

/**
 * One turn of a transcript, {@code STALIN: Tell me…}.
 *
 * @param span    the whole turn, from the label to the end of its paragraph
 * @param label   the speaker's label as written ({@code STALIN}), without the colon
 * @param speaker the label as a name ({@code Stalin})
 */
public record TranscriptTurn(Span span, Span label, String speaker) {
    public TranscriptTurn {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(speaker, "speaker");
        if (!span.contains(label)) {
            throw new IllegalArgumentException("label " + label + " outside turn " + span);
        }
    }
}
