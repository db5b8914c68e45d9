package org.annalist.model.layer;

import java.util.Locale;

/** How a message travelled, as far as the text tells. */
public enum Channel {
    RADIO, TELEPHONE, TELEGRAM, LETTER, MEMO, SPEECH, REPORT, REQUEST, PROCLAMATION;

    /** {@return the lower-case name used in output, e.g. {@code radio}} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return the channel named {@code label} (any case)}; fails on an unknown label */
    public static Channel of(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown channel '" + label + "'; channels: "
                    + java.util.Arrays.toString(values()), e);
        }
    }
}
