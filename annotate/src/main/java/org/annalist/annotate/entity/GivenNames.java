package org.annalist.annotate.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Common given names and the gender they usually carry ({@code given-names.txt}). */
public final class GivenNames {

    private static final GivenNames STANDARD = new GivenNames();

    private final Map<String, Gender> genders = new HashMap<>();

    private GivenNames() {
        for (String[] p : Resources.table("given-names.txt", "name", "gender")) {
            genders.put(p[0].toLowerCase(Locale.ROOT), p[1].equals("F") ? Gender.FEMALE : Gender.MALE);
        }
    }

    /** {@return the standard list} */
    public static GivenNames standard() {
        return STANDARD;
    }

    /** {@return the gender {@code name} usually carries}, UNKNOWN when not listed */
    public Gender of(String name) {
        return genders.getOrDefault(name.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }
}
