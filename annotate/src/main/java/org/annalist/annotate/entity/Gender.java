package org.annalist.annotate.entity;

/** The grammatical gender a title or pronoun implies; {@code UNKNOWN} agrees with either. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** {@return true unless one is male and the other female} */
    public boolean agrees(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
