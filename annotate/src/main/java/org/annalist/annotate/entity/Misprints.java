package org.annalist.annotate.entity;

import java.util.Locale;

/**
 * Two printed spellings of one name word that OCR or a compositor made differ: the letter
 * shapes OCR confuses read alike ({@code rn}/{@code m}, {@code ri}/{@code n}, {@code vv}/{@code w},
 * {@code ii}/{@code u}, {@code cl}/{@code d}, {@code li}/{@code h}, long s read as {@code f},
 * {@code 1}/{@code l}, {@code 0}/{@code o}), or else one printed letter may differ (two in a word of
 * nine letters or more); not both. Words shorter than five letters never meet, nor words of different first
 * letters: too many real names lie that close ({@code Hale}, {@code Hall}); nor a word and
 * the same word with an ending ({@code Dunns}, the family of {@code Dunn}).
 */
final class Misprints {

    /** The shortest word a misprint may be read into. */
    static final int SHORTEST = 5;

    private Misprints() {
    }

    /** {@return true when {@code a} and {@code b} may be one word misprinted}; never for two equal words */
    static boolean alike(String a, String b) {
        String x = shape(a);
        String y = shape(b);
        if (x.length() < SHORTEST || y.length() < SHORTEST || x.charAt(0) != y.charAt(0)) return false;
        if (a.equalsIgnoreCase(b)) return false;
        if (x.equals(y)) return true;
        // one the other with an ending is a derived word, not a misprint: Varga, Vargas, Vargan
        if (x.startsWith(y) || y.startsWith(x)) return false;
        // one misprint, not two: a letter off is counted on the letters as printed, not after the shapes are read
        // alike, or Alani (a people) would meet Alaric (ri read as n, then one letter off)
        String p = plainLetters(a);
        String q = plainLetters(b);
        int allowed = Math.min(p.length(), q.length()) >= 9 ? 2 : 1;
        return Math.abs(p.length() - q.length()) <= allowed && distance(p, q, allowed) <= allowed;
    }

    /** {@return the word in lower case, letters only (a 1 or 0 read as the letter it looks like)} */
    private static String plainLetters(String word) {
        String w = PrintedWords.plain(word).toLowerCase(Locale.ROOT).replace('1', 'l').replace('0', 'o');
        StringBuilder letters = new StringBuilder();
        w.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        return letters.toString();
    }

    /** {@return the word in lower case, letters only, with OCR's confusable letter groups read one way} */
    static String shape(String word) {
        return plainLetters(word).replace("rn", "m").replace("ri", "n").replace("vv", "w").replace("ii", "u")
                .replace("cl", "d").replace("li", "h").replace('f', 's');
    }

    /** Levenshtein distance of {@code a} and {@code b}, or {@code limit + 1} once it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
                best = Math.min(best, cur[j]);
            }
            if (best > limit) return limit + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
