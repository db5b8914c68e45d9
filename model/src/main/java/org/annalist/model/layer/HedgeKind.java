package org.annalist.model.layer;

/** How an author marks uncertainty. */
public enum HedgeKind {
    /** "remains unclear", "it is not known", "whether ... remains": a question left open. */
    OPEN_QUESTION,
    /** "perhaps", "may have", "it is possible that": a possibility, not a fact. */
    POSSIBILITY,
    /** "reportedly", "allegedly", "apparently", "unconfirmed": told, not verified. */
    REPORTED,
    /** "if at all": the event itself in doubt. */
    RESERVATION
}
