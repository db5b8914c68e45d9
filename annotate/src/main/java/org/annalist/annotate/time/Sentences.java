package org.annalist.annotate.time;

import java.util.Set;
import org.annalist.model.Span;

/** A light sentence splitter: enough to find the clause marks around a temporal expression. */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "capt", "lt",
            "maj", "sgt", "gov", "sen", "rep", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "no", "vs", "etc", "e.g", "i.e", "c", "ca", "cf", "vol", "pp", "p", "fig", "jr", "sr",
            "u.s", "a.m", "p.m", "gen'l", "brig", "adm", "hon", "prof");

    private Sentences() {
    }

    /** {@return the sentence of {@code block} that contains {@code span}} */
    static Span around(String text, Span block, Span span) {
        int start = block.start();
        for (int i = span.start() - 1; i > block.start(); i--) {
            if (boundaryAfter(text, i, block.end())) {
                start = i + 1;
                break;
            }
        }
        int end = block.end();
        for (int i = span.end(); i < block.end() - 1; i++) {
            if (boundaryAfter(text, i, block.end())) {
                end = i + 1;
                break;
            }
        }
        return Span.of(start, Math.max(start, end));
    }

    /** {@return true when a sentence ends at {@code i}} (a full stop, question or exclamation mark). */
    private static boolean boundaryAfter(String text, int i, int limit) {
        char ch = text.charAt(i);
        if (ch != '.' && ch != '!' && ch != '?') return false;
        int j = i + 1;
        while (j < limit && (text.charAt(j) == '"' || text.charAt(j) == '”' || text.charAt(j) == '’' || text.charAt(j) == '\''
                || text.charAt(j) == ')')) j++;
        // an unmasked note call glued to the full stop ("falsifications.225 Vlas") still ends the sentence
        int digits = 0;
        while (j + digits < limit && digits < 4 && Character.isDigit(text.charAt(j + digits))) digits++;
        if (digits > 0 && digits < 4 && j + digits < limit && Character.isWhitespace(text.charAt(j + digits))
                && !Character.isDigit(text.charAt(i - 1))) {
            j += digits;
        }
        if (j >= limit || !Character.isWhitespace(text.charAt(j))) return false;
        if (ch != '.') return true;
        int w = i - 1;
        while (w >= 0 && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '.' || text.charAt(w) == '\'')) w--;
        String word = text.substring(w + 1, i).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return false;
        return !ABBREVIATIONS.contains(word);
    }
}
