package org.annalist.model.layer;

/** How a mention refers: by name ({@code Beria}), by a noun phrase ({@code the marshal}) or by a pronoun. */
public enum MentionKind {
    NAME, NOMINAL, PRONOUN
}
