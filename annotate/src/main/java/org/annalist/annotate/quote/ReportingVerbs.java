package org.annalist.annotate.quote;

import org.annalist.annotate.Lexicons;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Verbs that report speech or writing ({@code said}, {@code averred}, {@code radioed},
 * {@code would observe}), one form a line in the resource {@code reporting-verbs.txt};
 * {@code #} starts a comment. Multiword forms match as a whole, the longest first.
 */
public final class ReportingVerbs {

    private final Set<List<String>> forms;
    private final int longest;

    private ReportingVerbs(Set<List<String>> forms) {
        this.forms = Set.copyOf(forms);
        this.longest = forms.stream().mapToInt(List::size).max().orElse(0);
    }

    /** {@return the lexicon shipped with annalist} */
    public static ReportingVerbs standard() {
        return of(Lexicons.rawLines(ReportingVerbs.class, "reporting-verbs.txt"));
    }

    /** {@return a lexicon of {@code lines}}, one form a line, blank lines and {@code #} comments ignored */
    public static ReportingVerbs of(List<String> lines) {
        Objects.requireNonNull(lines, "lines");
        Set<List<String>> forms = new HashSet<>();
        for (String line : lines) {
            String form = line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT);
            if (!form.isEmpty()) forms.add(List.of(form.split("\\s+")));
        }
        if (forms.isEmpty()) throw new IllegalArgumentException("no reporting verbs in " + lines.size() + " lines");
        return new ReportingVerbs(forms);
    }

    /** {@return true when {@code phrase} (words separated by spaces) is a form of the lexicon} */
    public boolean contains(String phrase) {
        return forms.contains(Arrays.asList(phrase.toLowerCase(Locale.ROOT).strip().split("\\s+")));
    }

    /**
     * {@return the number of words of the longest form starting at {@code words[i]}, or 0}.
     * A form in -s after a determiner, a preposition or a past participle is a plural noun,
     * not a verb: {@code dismissed reports}, {@code the claims}, {@code of notes}.
     */
    int matchAt(List<Word> words, int i) {
        for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
            List<String> key = new ArrayList<>(n);
            for (int k = i; k < i + n; k++) key.add(words.get(k).lower());
            if (forms.contains(key)) {
                if (n == 1 && key.get(0).endsWith("s") && i > 0 && nounContext(words.get(i - 1).lower())) return 0;
                return n;
            }
        }
        return 0;
    }

    private static final Set<String> BEFORE_NOUNS = Set.of(
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "of", "from",
            "with", "by", "in", "on", "to", "for", "and", "or", "such", "many", "some", "all", "any", "no", "other",
            "earlier", "later", "whose", "few", "two", "three", "several");

    private static boolean nounContext(String previous) {
        return BEFORE_NOUNS.contains(previous) || previous.endsWith("ed") || previous.endsWith("’s")
                || previous.endsWith("'s");
    }
}
