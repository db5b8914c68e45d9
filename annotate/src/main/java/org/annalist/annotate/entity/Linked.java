package org.annalist.annotate.entity;

/** A mention and the chain it was linked to. */
record Linked(Candidate mention, Chain chain) {
}
