package org.annalist.model.layer;

import java.util.Locale;

/**
 * What a message does, after speech-act theory (Austin, Searle): the classes a history's
 * verbs and nouns of communication fall into.
 * <ul>
 * <li>{@link #DECLARATION}: declare, proclaim, announce, broadcast — made in public; no one in particular is addressed</li>
 * <li>{@link #ORDER}: order, command, instruct</li>
 * <li>{@link #DEMAND}: demand, ultimatum, press</li>
 * <li>{@link #REQUEST}: request, ask, appeal, call for, sue for</li>
 * <li>{@link #WARNING}: warn, threaten</li>
 * <li>{@link #COMMITMENT}: assure, promise, guarantee</li>
 * <li>{@link #NEGOTIATION}: propose, offer, negotiate, agree, refuse, reject, accept</li>
 * <li>{@link #REPORT}: report, inform, tell, write, cable, telegraph, radio, phone</li>
 * </ul>
 */
public enum SpeechAct {
    DECLARATION, ORDER, DEMAND, REQUEST, WARNING, COMMITMENT, NEGOTIATION, REPORT;

    /** {@return the lower-case label, e.g. {@code declaration}} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return the act labelled {@code label} (any case)}; fails on an unknown label */
    public static SpeechAct of(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown speech act '" + label + "'; acts: "
                    + java.util.Arrays.toString(values()), e);
        }
    }
}
