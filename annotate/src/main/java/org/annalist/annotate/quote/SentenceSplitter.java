package org.annalist.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.model.Span;

/**
 * A light sentence splitter for the quote stage: a sentence ends with its paragraph, or at
 * {@code . ! ?} (with any closing quotes and brackets after it) followed by white space and
 * a capital, a digit or an opening mark — unless the stop lies inside a quotation (the
 * quoted words are one piece of the sentence that frames them) or ends a common
 * abbreviation or an initial ({@code Gen.}, {@code J.}).
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "capt", "maj", "sgt", "gov", "sen", "rep", "prof",
            "rev", "jr", "sr", "vs", "etc", "no", "vol", "pp", "p", "cf", "ed", "eds", "adm", "cmdr", "comdr", "hon",
            "messrs", "mme", "mlle", "fig", "ch", "approx", "ca", "c", "e.g", "i.e", "u.s", "u.k");

    private SentenceSplitter() {
    }

    /**
     * {@return the sentences of {@code text}}, not splitting inside any of {@code quotes};
     * a line break inside a paragraph (hard-wrapped text) is a space
     */
    static List<Span> split(String text, List<Span> paragraphs, List<FoundQuote> quotes) {
        boolean[] paraEnd = new boolean[text.length() + 1];
        for (Span p : paragraphs) paraEnd[p.end()] = true;
        boolean[] inside = new boolean[text.length() + 1];
        for (FoundQuote q : quotes) {
            for (int i = q.inner().start(); i < q.inner().end(); i++) inside[i] = true;
        }
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (paraEnd[i] && i > start) {
                add(text, start, i, out);
                start = i;
            }
            if (c == '\n' && (i + 1 < text.length() && text.charAt(i + 1) == '\n' || paragraphs.isEmpty())) {
                add(text, start, i, out);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && !inside[i]) {
                int j = i + 1;
                while (j < text.length() && "”’\"')]".indexOf(text.charAt(j)) >= 0) j++;
                int k = j;
                while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\n')) k++;
                if (k > j && k < text.length() && startsSentence(text.charAt(k)) && !(c == '.' && abbreviation(text, i))) {
                    add(text, start, j, out);
                    start = j;
                }
            } else if ((c == '.' || c == '!' || c == '?') && inside[i]) {
                // a stop inside a quote may end the framing sentence too: “… him.” Lincoln
                int j = i + 1;
                while (j < text.length() && "”’\"'".indexOf(text.charAt(j)) >= 0) j++;
                if (j > i + 1 && !inside[j - 1]) {
                    int k = j;
                    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\n')) k++;
                    if (k > j && k < text.length() && startsSentence(text.charAt(k))) {
                        add(text, start, j, out);
                        start = j;
                    }
                }
            }
        }
        add(text, start, text.length(), out);
        return List.copyOf(out);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "“‘\"'(«".indexOf(c) >= 0;
    }

    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) return true; // an initial: J. Smith
        return ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(Span.of(start, end));
    }
}
