package org.annalist.model.layer;

import java.util.Locale;

/**
 * What kind of deed a clause reports; a small taxonomy for narrative history.
 * <ul>
 * <li>{@link #MILITARY_ACTION}: attack, bombing, siege, capture, battle, retreat under fire</li>
 * <li>{@link #ORDER}: a command given ("ordered McPherson to move")</li>
 * <li>{@link #APPOINTMENT}: named, appointed, promoted, put in command</li>
 * <li>{@link #DISMISSAL}: dismissed, removed, relieved of command, resigned</li>
 * <li>{@link #ARREST}: arrest, expulsion, demotion, execution, purge</li>
 * <li>{@link #NEGOTIATION}: talks, truce, cease-fire, armistice, surrender terms, treaty</li>
 * <li>{@link #MOVEMENT}: marched, moved, arrived, withdrew, crossed</li>
 * <li>{@link #COMMUNICATION}: a message (see {@link Communication})</li>
 * </ul>
 */
public enum EventType {
    MILITARY_ACTION, ORDER, APPOINTMENT, DISMISSAL, ARREST, NEGOTIATION, MOVEMENT, COMMUNICATION;

    /** {@return the lower-case label, e.g. {@code military_action}} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return the type labelled {@code label} (any case)}; fails on an unknown label */
    public static EventType of(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown event type '" + label + "'; types: "
                    + java.util.Arrays.toString(values()), e);
        }
    }
}
