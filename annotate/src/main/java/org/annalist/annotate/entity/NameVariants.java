package org.annalist.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.model.layer.EntityType;

/**
 * Links a name to the chain of an earlier variant of the same name. A person's bare
 * surname joins the one person of that surname ({@code Tolley} after {@code Anna Tolley});
 * two full names that differ in their given names are two people and never share a chain;
 * a bare surname shared by several people joins the one mentioned lately, or stays apart;
 * a lone given name joins the one person whose full name begins with it, and a full name the
 * one person known so far by its given name alone.
 * Other names join on the same words, a possessive or a regime word aside
 * ({@code Nazi Germany} is {@code Germany}), on an acronym of their capitalised words
 * ({@code CPSU} and {@code Communist Party of the Soviet Union}), or when one follows the
 * other in brackets ({@code Cheka (VChK)}).
 */
final class NameVariants {

    /** How many sentences back a bare surname may reach when several people share it. */
    static final int AMBIGUOUS_SURNAME_REACH = 12;

    private final Gazetteer gazetteer;

    NameVariants(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** {@return the chain {@code name} joins among {@code chains}}, or empty for a new entity */
    Optional<Chain> link(Candidate name, List<Chain> chains, TokenIndex idx) {
        return name.type() == EntityType.PERSON ? person(name, chains, idx) : other(name, chains, idx);
    }

    private Optional<Chain> person(Candidate name, List<Chain> chains, TokenIndex idx) {
        String surname = name.surname().toLowerCase(Locale.ROOT);
        List<String> given = name.name().subList(0, name.name().size() - 1).stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<Chain> same = new ArrayList<>();
        for (Chain c : chains) {
            if (c.person() && c.surnames().contains(surname) && agrees(c, name)) same.add(c);
        }
        if (same.isEmpty()) return given.isEmpty() ? byGivenName(surname, name, chains) : bareGivenName(given.get(0), name, chains);
        if (!given.isEmpty()) {
            for (int i = same.size() - 1; i >= 0; i--) {
                for (List<String> g : same.get(i).givenNames()) if (compatible(g, given)) return Optional.of(same.get(i));
            }
            List<Chain> bare = same.stream().filter(c -> c.givenNames().isEmpty()).toList();
            boolean otherPerson = same.stream().anyMatch(c -> !c.givenNames().isEmpty());
            return bare.size() == 1 && !otherPerson ? Optional.of(bare.get(0)) : Optional.empty();
        }
        if (same.size() == 1) return Optional.of(same.get(0));
        Chain latest = same.stream().max((x, y) -> Integer.compare(x.lastSentence(idx), y.lastSentence(idx))).orElseThrow();
        int here = idx.sentence(name.first());
        return here - latest.lastSentence(idx) <= AMBIGUOUS_SURNAME_REACH ? Optional.of(latest) : Optional.empty();
    }

    /** A lone given name joins the one person whose full name begins with it ({@code Matthew}). */
    private static Optional<Chain> byGivenName(String word, Candidate name, List<Chain> chains) {
        Chain found = null;
        for (Chain c : chains) {
            if (!c.person() || !agrees(c, name)) continue;
            for (List<String> g : c.givenNames()) {
                if (Hypocorisms.standard().same(g.get(0), word)) { // Harry: Henry Wotton
                    if (found != null && found != c) return Optional.empty();
                    found = c;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * A full name joins the one person known so far by its given name alone ({@code Gabriel}, then
     * {@code Gabriel Oak}): fiction names its people by given name first. Not a name that a
     * form of address made a surname ({@code Mr Gabriel}).
     */
    private static Optional<Chain> bareGivenName(String given, Candidate name, List<Chain> chains) {
        Chain found = null;
        for (Chain c : chains) {
            if (!c.person() || !c.givenNames().isEmpty() || !c.surnames().equals(java.util.Set.of(given))) continue;
            if (!agrees(c, name) || !address(c.roles()).isEmpty()) continue;
            if (found != null) return Optional.empty();
            found = c;
        }
        return Optional.ofNullable(found);
    }

    /** Gender and forms of address must agree: {@code Mr X} is not {@code Mrs X}, {@code Mrs X} not {@code Miss X}. */
    static boolean agrees(Chain chain, Candidate name) {
        if (!chain.gender().agrees(name.gender())) return false;
        String a = address(chain.roles());
        String b = address(name.roles());
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /** {@return the married/unmarried form of address among {@code roles}}: mrs, miss, or empty */
    private static String address(java.util.Collection<String> roles) {
        for (String r : roles) {
            String k = r.replace(".", "");
            if (k.equals("mrs") || k.equals("miss") || k.equals("mr")) return k;
        }
        return "";
    }

    /** Given names agree when they are equal or one is the other's initial ({@code V.} and {@code Vlas}). */
    static boolean compatible(List<String> a, List<String> b) {
        String x = a.get(0).replace(".", "");
        String y = b.get(0).replace(".", "");
        if (Hypocorisms.standard().same(x, y)) return true; // Jack and John Durbeyfield
        return (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
    }

    private Optional<Chain> other(Candidate name, List<Chain> chains, TokenIndex idx) {
        String key = key(name.name());
        // an acronym meets the initials of a longer key; a longer name meets a key that is its initials
        String acronym = acronym(name.name()).map(a -> a.toLowerCase(Locale.ROOT)).orElse(null);
        String initials = name.name().size() >= 2 ? initials(name.name()).toLowerCase(Locale.ROOT) : "";
        boolean initialsMayBeKey = initials.length() >= 2 && initials.length() <= 8
                && initials.chars().allMatch(Character::isLetter);
        for (int i = chains.size() - 1; i >= 0; i--) {
            Chain c = chains.get(i);
            if (c.person()) continue;
            if (c.keys().contains(key)
                    || acronym != null && c.keyInitials().contains(acronym)
                    || initialsMayBeKey && c.keys().contains(initials)) {
                return Optional.of(c);
            }
        }
        if (name.name().size() == 1) {
            // a bare body or group word is the latest body whose longer name holds it: "the
            // Communists" after "the Communist Party of Varga", "the Legion" after "the Ostrova Legion"
            String head = singular(key);
            for (int i = chains.size() - 1; i >= 0; i--) {
                Chain c = chains.get(i);
                if (c.person()) continue;
                for (String k : c.keys()) {
                    if (k.indexOf(' ') < 0) continue;
                    for (String w : k.split(" ")) if (singular(w).equals(head)) return Optional.of(c);
                }
            }
        }
        return glossed(name, chains, idx);
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** {@code X (Y)}: a name in brackets right after another names the same thing. */
    private static Optional<Chain> glossed(Candidate name, List<Chain> chains, TokenIndex idx) {
        if (!idx.word(name.first() - 1).equals("(") || !idx.word(name.last() + 1).equals(")")) return Optional.empty();
        for (int i = chains.size() - 1; i >= Math.max(0, chains.size() - 20); i--) {
            Chain c = chains.get(i);
            Candidate last = c.mentions().get(c.mentions().size() - 1);
            if (!c.person() && last.kind() == org.annalist.model.layer.MentionKind.NAME
                    && last.last() == name.first() - 2) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@return the initials of a stored key's words, when it has two or more}, else "" */
    static String initialsOfKey(String key) {
        String[] words = key.split(" ");
        if (words.length < 2) return "";
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && !STOP.contains(w)) sb.appendCodePoint(w.codePointAt(0));
        }
        return sb.toString();
    }

    /** Heads that name a place by its kind before its name: "the state of Missouri" is Missouri. */
    private static final java.util.Set<String> ADMINISTRATIVE = java.util.Set.of("state", "city", "town", "village",
            "commonwealth", "territory", "province", "borough");

    private static final java.util.Set<String> STOP = java.util.Set.of("of", "the", "and", "for", "de", "du", "des", "la", "le");

    /** {@return the name itself when it is an acronym}: {@code CPSU}, {@code NKVD} */
    private static Optional<String> acronym(List<String> words) {
        if (words.size() != 1) return Optional.empty();
        String w = words.get(0).replace(".", "");
        return w.length() >= 2 && w.length() <= 8 && w.chars().allMatch(Character::isUpperCase)
                ? Optional.of(w) : Optional.empty();
    }

    /** {@return the initials of a name's capitalised words}: Communist Party of the Soviet Union → CPSU */
    static String initials(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) sb.appendCodePoint(w.codePointAt(0));
        return sb.toString();
    }

    /**
     * {@return the words that identify a non-person name}: {@code Nazi Germany} →
     * {@code germany}; a party and its members are one group, so {@code Chinese Communists}
     * and {@code China Communist party} → {@code china communist}
     */
    String key(List<String> words) {
        List<String> w = new ArrayList<>(words);
        if (w.size() <= 4 && w.stream().allMatch(x -> x.length() <= 5)) {
            Optional<String> place = gazetteer.expansion(String.join(" ", w));
            if (place.isPresent()) return place.get().toLowerCase(Locale.ROOT);
        }
        // "the county of Chariton" is "Chariton county", "the state of Missouri" is "Missouri"
        if (w.size() >= 3 && w.get(1).equalsIgnoreCase("of") && Character.isUpperCase(w.get(2).codePointAt(0))) {
            String head = w.get(0).toLowerCase(Locale.ROOT);
            if (NameFallback.COUNTY_HEADS.contains(head)) {
                List<String> k = new ArrayList<>(w.subList(2, w.size()));
                k.add(head);
                w = k;
            } else if (ADMINISTRATIVE.contains(head)) {
                w = new ArrayList<>(w.subList(2, w.size()));
            }
        }
        if (w.size() >= 2 && gazetteer.regimeWord(w.get(0))
                && gazetteer.place(String.join(" ", w.subList(1, w.size()))).isPresent()) {
            w = w.subList(1, w.size());
        }
        if (w.size() >= 2) {
            if (w.get(w.size() - 1).equalsIgnoreCase("party")) w = w.subList(0, w.size() - 1);
            List<String> k = new ArrayList<>(w);
            k.set(0, gazetteer.countryOf(k.get(0)).orElse(k.get(0)));
            String last = k.get(k.size() - 1);
            if (last.length() > 4 && last.endsWith("ists")) k.set(k.size() - 1, last.substring(0, last.length() - 1));
            w = k;
        }
        return String.join(" ", w).toLowerCase(Locale.ROOT);
    }
}
