package org.annalist.store.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form under which names from different documents are compared: lower case, accents
 * and punctuation dropped, a leading "the" dropped (not "a": it is an initial in "A. Lincoln"),
 * spaces collapsed. {@code "The
 * Kremlin"}, {@code "the  kremlin"} and {@code "Kremlin"} share one key; so do
 * {@code "Gen. Lee"} and {@code "Gen Lee"}.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ARTICLE = Pattern.compile("^(the )+");

    private NameKey() {
    }

    /** {@return the comparison key of {@code name}}, possibly empty for a name of punctuation only */
    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace("’s", "").replace("'s", "");
        s = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        String without = ARTICLE.matcher(s).replaceFirst("");
        return without.isEmpty() ? s : without;
    }
}
