package org.annalist.model.layer;

/**
 * How a timex's value was reached, from the surest to the least sure. Its anchor (a span)
 * names the expression it was completed from, when there is one.
 */
public enum Certainty {
    /** the expression states its value in full ("August 16, 1938", "1938", "ten days") */
    STATED,
    /**
     * the expression leaves the year (or the day) open and a date the text states nearby
     * completes it ("June 25" after "June 16, 1938"; "six days later"; "that summer")
     */
    CONTEXT,
    /**
     * completed by the story's order rather than a nearby date: a year end crossed
     * ("January 2" after December), the section's or the document's frame, an event's date
     * found earlier in the text ("two days after the siege began")
     */
    STORY_ORDER,
    /** nothing in the text fixes it: a default reading, or values left open ({@code XXXX-06}) */
    GUESSED;

    /** {@return the name written in JSON and reports: {@code stated}, {@code context}, {@code story-order}, {@code guessed}} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
