package org.annalist.annotate.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pet forms of given names ({@code hypocorisms.txt}): {@code Jack} and {@code John},
 * {@code Harry} and {@code Henry}, {@code Polly} and {@code Mary} may be one person's names.
 * A pet form matches its formal names only: two formal names never match through a pet form
 * they share. Immutable.
 */
final class Hypocorisms {

    private static final Hypocorisms STANDARD = new Hypocorisms();

    /** pet form → the formal names it is short for */
    private final Map<String, Set<String>> formal = new HashMap<>();

    private Hypocorisms() {
        for (String[] p : Resources.table("hypocorisms.txt", "formal", "pet forms")) {
            for (String pet : p[1].split(" +")) formal.computeIfAbsent(pet, k -> new HashSet<>()).add(p[0]);
        }
    }

    static Hypocorisms standard() {
        return STANDARD;
    }

    /** {@return true when the two given names are equal, or one is a pet form of the other}, ignoring case */
    boolean same(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT), y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || formal.getOrDefault(x, Set.of()).contains(y) || formal.getOrDefault(y, Set.of()).contains(x);
    }
}
