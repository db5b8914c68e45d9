package org.annalist.model.layer;

import java.util.Locale;

/** How a stated figure relates to the true one: "more than 1 million", "about 500", "792". */
public enum Qualifier {
    EXACT,
    MORE_THAN,
    LESS_THAN,
    APPROXIMATELY,
    AT_LEAST;

    /** {@return the annalist-gold/1 label: {@code exact}, {@code more than}, {@code at least}, ...} */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
