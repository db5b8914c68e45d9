package org.annalist.annotate.time;

import org.annalist.annotate.Lexicons;

/** The irregular past-tense verbs ({@code past-tense-verbs.txt}) as one regex alternation, for the cues of the past. */
final class PastTense {

    /** {@code said|did|told|…}: to be put inside a group with word boundaries around it */
    static final String IRREGULAR = String.join("|", Lexicons.lines(PastTense.class, "past-tense-verbs.txt"));

    private PastTense() {
    }
}
