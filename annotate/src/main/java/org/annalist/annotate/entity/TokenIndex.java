package org.annalist.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.model.Span;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Token;
import org.annalist.model.layer.Tokens;

/** The document's tokens in one list, with each token's sentence and quotation state. */
final class TokenIndex {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> sentenceOf = new ArrayList<>();
    private final List<Integer> sentenceFirst = new ArrayList<>();
    private final List<Integer> sentenceLast = new ArrayList<>();
    private final boolean[] quoted;

    TokenIndex(Tokens layer, String text) {
        this.text = text;
        int s = 0;
        for (Sentence sentence : layer.sentences()) {
            if (sentence.tokens().isEmpty()) continue;
            sentenceFirst.add(tokens.size());
            for (Token t : sentence.tokens()) {
                tokens.add(t);
                sentenceOf.add(s);
            }
            sentenceLast.add(tokens.size() - 1);
            s++;
        }
        quoted = quotedTokens();
    }

    /** Double quotes open and close within a paragraph; a line break ends an unclosed quote. */
    private boolean[] quotedTokens() {
        boolean[] q = new boolean[tokens.size()];
        int depth = 0;
        int pos = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.get(i).span().start();
            for (; pos < start; pos++) {
                char c = text.charAt(pos);
                if (c == '\n') depth = 0;
            }
            String w = tokens.get(i).word();
            if (w.equals("“") || (w.equals("\"") && depth == 0) || w.equals("``")) {
                depth++;
            } else if (w.equals("”") || w.equals("\"") || w.equals("''")) {
                depth = Math.max(0, depth - 1);
                q[i] = true;
                pos = tokens.get(i).span().end();
                continue;
            }
            q[i] = depth > 0;
            pos = Math.max(pos, tokens.get(i).span().end());
        }
        return q;
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).word();
    }

    String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).pos();
    }

    int sentence(int i) {
        return sentenceOf.get(i);
    }

    int sentenceCount() {
        return sentenceFirst.size();
    }

    int firstOf(int sentence) {
        return sentenceFirst.get(sentence);
    }

    int lastOf(int sentence) {
        return sentenceLast.get(sentence);
    }

    boolean quoted(int i) {
        return quoted[i];
    }

    boolean capitalised(int i) {
        String w = word(i);
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    boolean capitalisedWord(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    boolean possessiveMark(int i) {
        String w = word(i);
        return w.equals("’s") || w.equals("'s") || w.equals("’") || w.equals("'") || pos(i).equals("POS");
    }

    /** {@return the index of the first token ending after {@code offset}}, or size() */
    int firstEndingAfter(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** {@return the tokens {@code [first, last]} overlapping {@code span}}, or empty */
    int[] covering(Span span) {
        int a = firstEndingAfter(span.start());
        int b = a;
        while (b < tokens.size() && tokens.get(b).span().start() < span.end()) b++;
        return b == a ? new int[0] : new int[] {a, b - 1};
    }

    /** {@return the span from token {@code a}'s start to token {@code b}'s end} */
    Span span(int a, int b) {
        return Span.of(tokens.get(a).span().start(), tokens.get(b).span().end());
    }

    /**
     * {@return the words of tokens {@code [a, b]}}, as print meant them: a word broken at a
     * line end ({@code Musso¬⏎lini}, {@code Cooke-⏎ville}) whole again, long s and ligatures
     * ({@code ſ}, {@code ﬁ}) as plain letters
     */
    List<String> words(int a, int b) {
        List<String> out = new ArrayList<>();
        for (int i = a; i <= b; i++) {
            String w = word(i);
            if (i + 2 <= b && joinsAcross(i + 1)) {
                out.add(plain(w + word(i + 2)));
                i += 2;
            } else if (i + 1 <= b && gluedHyphen(i)) {
                out.add(plain(w.substring(0, w.length() - 1) + word(i + 1)));
                i++;
            } else {
                out.add(plain(w));
            }
        }
        return out;
    }

    /**
     * {@return true when token {@code i} is a hyphen that breaks a word at a line end}: the
     * sign {@code ¬}, or a hyphen before a line break, between a word and a lower-case one
     */
    boolean joinsAcross(int i) {
        if (i <= 0 || i + 1 >= tokens.size()) return false;
        String w = word(i);
        boolean hyphen = w.equals("¬") || (w.equals("-") || w.equals("\u2010")) && lineBreakAfter(i);
        String before = word(i - 1);
        return hyphen && !before.isEmpty() && Character.isLetter(before.codePointBefore(before.length()))
                && lowerStart(word(i + 1));
    }

    /** {@return the last token of a word that token {@code b} begins and a line-end hyphen breaks}, else {@code b} */
    int wordEnd(int b) {
        if (joinsAcross(b + 1)) return b + 2;
        return gluedHyphen(b) ? b + 1 : b;
    }

    /** {@return true when token {@code i} is a word with the line-end hyphen glued on ({@code Musso¬}, {@code Welling-})} */
    private boolean gluedHyphen(int i) {
        String w = word(i);
        if (w.length() < 2 || !Character.isLetter(w.codePointBefore(w.length() - 1)) || !lowerStart(word(i + 1))) return false;
        return w.endsWith("¬") || (w.endsWith("-") || w.endsWith("\u2010")) && lineBreakAfter(i);
    }

    /** {@return the first token of a word that token {@code a} ends and a line-end hyphen breaks}, else {@code a} */
    int wordStart(int a) {
        return a >= 2 && joinsAcross(a - 1) ? a - 2 : a;
    }

    private boolean lineBreakAfter(int i) {
        for (int p = tokens.get(i).span().end(); p < text.length(); p++) {
            char c = text.charAt(p);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return false;
    }

    private static boolean lowerStart(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
    }

    /** Long s and the Latin ligatures of old print, as plain letters. */
    static String plain(String w) {
        if (w.chars().noneMatch(c -> c == 'ſ' || c >= 0xFB00 && c <= 0xFB06)) return w;
        return w.replace("ſ", "s").replace("ﬀ", "ff").replace("ﬁ", "fi").replace("ﬂ", "fl")
                .replace("ﬃ", "ffi").replace("ﬄ", "ffl").replace("ﬅ", "st").replace("ﬆ", "st");
    }
}
