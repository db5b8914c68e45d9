package org.annalist.eval;

/** The tasks the referee scores, in the order of its table. */
public enum Task {
    TIMEX_EXTENT("timex.extent"),
    TIMEX_VALUE("timex.value"),
    NOTES("notes"),
    QUOTES_DETECT("quotes.detect"),
    QUOTES_SPEAKER("quotes.speaker"),
    ENTITIES_MENTIONS("entities.mentions"),
    ENTITIES_LINKS_SAME("entities.links_same"),
    ENTITIES_LINKS_APART("entities.links_apart"),
    COMMUNICATIONS("communications"),
    COMMUNICATIONS_DATE("communications.date"),
    CLAIMS("claims"),
    HEADINGS("headings"),
    TRANSCRIPT_TURNS("transcript_turns");

    private final String label;

    Task(String label) {
        this.label = label;
    }

    /** {@return the task's name in the referee's table and JSON, e.g. {@code timex.extent}} */
    public String label() {
        return label;
    }
}
