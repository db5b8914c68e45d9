package org.annalist.annotate.comm;

/** Where a cue's parties stand around it; see {@code communication-cues.txt}. */
enum Frame {
    /** recipient is the direct object ("informed X"); in the passive the subject is */
    OBJECT,
    /** recipient is the object of "to" after the cue ("wrote to X") */
    TO,
    /** a message noun ("a memo to X"); sender is the clause subject or "from X" */
    NOUN,
    /** the subject received it; the sender is "from X" */
    FROM,
    /** recipient is the object of "from", "through" or "to" in the clause */
    REQUEST
}
