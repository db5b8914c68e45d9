package org.annalist.annotate.entity;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Ids for the entities of one document: the name's letters and digits, made unique by a number. */
final class EntityIds {

    private final Set<String> used = new HashSet<>();

    /** {@return a new id for {@code name}}: {@code Mr. Smith} → {@code mr_smith}, then {@code mr_smith_2} */
    String next(String name) {
        String base = idOf(name);
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "_" + n;
        return id;
    }

    /** {@return an id made of the name's letters and digits}: {@code Mr. Smith} → {@code mr_smith} */
    static String idOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
        return id.isEmpty() ? "entity" : id;
    }
}
