package org.annalist.annotate.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.annalist.annotate.Lexicons;

/**
 * Words that say whose figure it is: nationality words (the entity package's
 * {@code demonyms.txt}, capitalised in the text: "the Soviets", "Japanese casualties") and the
 * sides of {@code sides.txt} ("the enemy", "our loss", "Confederate troops"). A side's id is its
 * root plus {@code _forces}: {@code soviet_forces}, {@code enemy_forces}.
 */
final class Sides {

    private final Map<String, String> capitalised;
    private final Map<String, String> anyCase;

    private Sides(Map<String, String> capitalised, Map<String, String> anyCase) {
        this.capitalised = Map.copyOf(capitalised);
        this.anyCase = Map.copyOf(anyCase);
    }

    static Sides standard() {
        Map<String, String> cap = new HashMap<>();
        Map<String, String> any = new HashMap<>();
        List<String> demonyms = Lexicons.firstColumn(Sides.class, "/org/annalist/annotate/entity/demonyms.txt").stream()
                .map(l -> l.toLowerCase(Locale.ROOT)).toList();
        for (String d : demonyms) {
            String root = d;
            if (d.endsWith("s") && demonyms.contains(d.substring(0, d.length() - 1))) root = d.substring(0, d.length() - 1);
            if (d.endsWith("men") && demonyms.contains(d.substring(0, d.length() - 3))) root = d.substring(0, d.length() - 3);
            cap.put(d, root);
        }
        for (String[] cols : Lexicons.table(Sides.class, "sides.txt", cols -> cols, "word", "root")) {
            String w = cols[0];
            if (Character.isUpperCase(w.charAt(0))) cap.put(w.toLowerCase(Locale.ROOT), cols[1]);
            else any.put(w, cols[1]);
        }
        return new Sides(cap, any);
    }

    /** {@return the side id {@code word} names, as written (case matters for proper adjectives)} */
    Optional<String> of(String word) {
        String w = word.replace('’', '\'');
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'s")) lower = lower.substring(0, lower.length() - 2);
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && capitalised.containsKey(lower)) {
            return Optional.of(capitalised.get(lower) + "_forces");
        }
        String a = anyCase.get(lower);
        if (a != null && !w.equals(w.toUpperCase(Locale.ROOT))) return Optional.of(a + "_forces");
        return Optional.empty();
    }

    /** {@return the last side named in {@code text[from, to)}}: "The Soviets lost 792 killed", "Our loss was:" */
    Optional<String> lastIn(String text, int from, int to) {
        Matcher w = ClaimFinder.WORD.matcher(text).region(from, to);
        Optional<String> last = Optional.empty();
        String previous = "";
        while (w.find()) {
            Optional<String> side = of(w.group());
            // "the Soviet Union": the nationality word, not "Union", names the side
            if (side.isPresent() && !(of(previous).isPresent() && Character.isUpperCase(previous.charAt(0)))) {
                last = side;
            }
            previous = w.group();
        }
        return last;
    }
}
