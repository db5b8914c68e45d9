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
        List<String> given = givenNames(name.name());
        List<Chain> same = new ArrayList<>();
        for (Chain c : chains) {
            if (c.person() && c.surnames().contains(surname) && agrees(c, name)) same.add(c);
        }
        if (same.isEmpty()) {
            return (given.isEmpty() ? byGivenName(surname, name, chains) : bareGivenName(given.get(0), name, chains))
                    .or(() -> misprintedPerson(surname, given, name, chains, idx));
        }
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

    /** Particles that belong to the surname after them: "de", "van". */
    private static final java.util.Set<String> PARTICLES = java.util.Set.copyOf(Resources.lines("surname-particles.txt"));

    /**
     * {@return the given names of a person's name}, lower case: the words before the surname, the
     * surname's particles aside ({@code Emilio de Varga} → {@code emilio}; {@code De Varga} → none)
     */
    static List<String> givenNames(List<String> name) {
        int end = name.size() - 1;
        while (end > 0 && PARTICLES.contains(name.get(end - 1).toLowerCase(Locale.ROOT))) end--;
        return name.subList(0, Math.max(end, 0)).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * A surname misprinted ({@code Ostrovv} for {@code Ostrova}) joins the one person whose surname
     * it is like ({@link Misprints}) when one of the two spellings is printed only once in the
     * document: a misprint is a one-off, two people's names both recur.
     */
    private static Optional<Chain> misprintedPerson(String surname, List<String> given, Candidate name, List<Chain> chains,
            TokenIndex idx) {
        Chain found = null;
        for (Chain c : chains) {
            if (!c.person() || !agrees(c, name)) continue;
            boolean givenAgree = given.isEmpty() || c.givenNames().isEmpty()
                    || c.givenNames().stream().anyMatch(g -> compatible(g, given));
            if (!givenAgree) continue;
            for (String s : c.surnames()) {
                if (Misprints.alike(s, surname) && Math.min(idx.occurrences(s), idx.occurrences(surname)) == 1) {
                    if (found != null && found != c) return Optional.empty();
                    found = c;
                }
            }
        }
        return Optional.ofNullable(found);
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
        if (name.name().size() == 1 && name.type() == EntityType.ORG) {
            Optional<Chain> body = bodyOfWord(name.name().get(0).toLowerCase(Locale.ROOT), chains);
            if (body.isPresent()) return body;
        }
        return misprinted(key, chains, idx).or(() -> glossed(name, chains, idx));
    }

    /**
     * A bare body or group word is the latest organisation whose longer name holds it: a plural
     * any word of it in the singular ("the Communists" after "the Communist Party of Varga", "the
     * Whites" after "the White Army"), a singular its head ("the Legion" after "the Ostrova
     * Legion", "the Academy" after "the Academy of Music"); never a singular that is only some
     * other word of the name ("State" is not "the Free States of Ostrova").
     */
    private static Optional<Chain> bodyOfWord(String word, List<Chain> chains) {
        String stem = singular(word);
        boolean plural = !stem.equals(word) && stem.length() >= 4;
        for (int i = chains.size() - 1; i >= 0; i--) {
            Chain c = chains.get(i);
            if (c.type() != EntityType.ORG) continue;
            for (Candidate m : c.mentions()) {
                List<String> words = m.name();
                if (m.kind() != org.annalist.model.layer.MentionKind.NAME || words.size() < 2) continue;
                if (plural ? words.stream().anyMatch(w -> singular(w.toLowerCase(Locale.ROOT)).equals(stem))
                        : headOf(words).equalsIgnoreCase(word)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** {@return the head word of a name}: the word before "of" when it has one, else its last word */
    private static String headOf(List<String> words) {
        int of = words.indexOf("of");
        return of > 0 ? words.get(of - 1) : words.get(words.size() - 1);
    }

    /** {@return an English plural noun in the singular}: armies → army, Whites → White; other words unchanged */
    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) return word.substring(0, word.length() - 3) + "y";
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * A name printed another way joins the one earlier name it spells word for word, a word
     * abbreviated ({@code U. States}, {@code Varga Univ.}) or misprinted ({@link Misprints}, one of
     * the two spellings printed only once); at least one word must be spelt alike, or the name be
     * one misprinted word.
     */
    private static Optional<Chain> misprinted(String key, List<Chain> chains, TokenIndex idx) {
        String[] words = key.split(" ");
        Chain found = null;
        for (Chain c : chains) {
            if (c.person()) continue;
            for (String k : c.keys()) {
                if (!sameWords(words, k.split(" "), idx)) continue;
                if (found != null && found != c) return Optional.empty();
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean sameWords(String[] a, String[] b, TokenIndex idx) {
        if (a.length != b.length) return false;
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(b[i])) equal++;
            else if (!abbreviates(a[i], b[i]) && !abbreviates(b[i], a[i])
                    && !(Misprints.alike(a[i], b[i]) && Math.min(idx.occurrences(a[i]), idx.occurrences(b[i])) == 1)) {
                return false;
            }
        }
        return equal < a.length && (equal > 0 || a.length == 1 && Misprints.alike(a[0], b[0]));
    }

    /** {@return true when {@code shortWord} is {@code word} cut short with a full stop}: {@code u.}, {@code univ.} */
    private static boolean abbreviates(String shortWord, String word) {
        if (!shortWord.endsWith(".") || shortWord.length() < 2) return false;
        String stem = shortWord.substring(0, shortWord.length() - 1);
        return stem.chars().allMatch(Character::isLetter) && word.length() > stem.length() && word.startsWith(stem);
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

    /** {@return the key of a place's full name}: its country's name when it is another name of one */
    private String countryKey(String place) {
        return gazetteer.countryName(place).orElse(place).toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the words of a name as print means them}: a full stop standing alone closes the
     * word before ({@code U .} is {@code U.}); other stray punctuation inside the name, which OCR
     * sprinkles ({@code Ostrova : Republic}), is no word
     */
    private static List<String> printed(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            boolean sign = word.codePoints().noneMatch(Character::isLetterOrDigit);
            if (word.equals(".") && !out.isEmpty()) out.set(out.size() - 1, out.get(out.size() - 1) + ".");
            else if (!sign || word.equals("&") || out.isEmpty() && words.size() == 1) out.add(word);
        }
        return out.isEmpty() ? new ArrayList<>(words) : out;
    }

    /** {@return the initials of a stored key's words, when it has two or more}, else "" */
    static String initialsOfKey(String key) {
        String[] words = key.split(" ");
        if (words.length < 2) return "";
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && !STOP.contains(w) && Character.isLetter(w.codePointAt(0))) sb.appendCodePoint(w.codePointAt(0));
        }
        return sb.toString();
    }

    /** {@return the initials of a stored key's words, "of" and "and" among them}: republic of varga → rov */
    static String initialsWithLinksOfKey(String key) {
        String[] words = key.split(" ");
        if (words.length < 2) return "";
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) continue;
            if (!STOP.contains(w) || w.equals("of") || w.equals("and")) sb.appendCodePoint(w.codePointAt(0));
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
        List<String> w = printed(words);
        if (w.size() <= 4 && w.stream().allMatch(x -> x.length() <= 5)) {
            Optional<String> place = gazetteer.expansion(String.join(" ", w));
            if (place.isPresent()) return countryKey(place.get());
        }
        Optional<String> country = gazetteer.countryName(String.join(" ", w));
        if (country.isPresent()) return country.get().toLowerCase(Locale.ROOT);
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
            // a plural head is the body its singular names: "the White armies" are "the White Army"
            k.set(k.size() - 1, singular(k.get(k.size() - 1)));
            w = k;
        }
        return String.join(" ", w).toLowerCase(Locale.ROOT);
    }
}
