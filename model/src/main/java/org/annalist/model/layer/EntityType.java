package org.annalist.model.layer;

/** Kinds of named things (ACE/OntoNotes style, as in annalist-gold/1). */
public enum EntityType {
    PERSON, ORG, GPE, LOC, FAC, MISC
}
