package org.annalist.annotate.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.annalist.model.layer.Token;

/**
 * The words of a document's tokens as print meant them. A word broken at a line end is one
 * word again: broken by a hyphen sign ({@code Musso¬⏎lini}, {@code Welling-⏎ton}, the
 * hyphen a token of its own or glued to the first part) when the rest begins in lower case,
 * or broken with no sign at all ({@code Nebras⏎ka}) when the document writes the whole word
 * elsewhere. Long s and the Latin ligatures ({@code ſ}, {@code ﬁ}) read as plain letters.
 *
 * <p>Built once over a document's tokens in text order; token indexes are those of that
 * list. Immutable.
 */
public final class PrintedWords {

    /** Signs that break a word at a line end: the not sign of OCR output, hyphens, the soft hyphen, the double hyphen. */
    private static final Set<String> BREAK_SIGNS = Set.of("¬", "-", "\u2010", "\u2011", "\u00ad", "\u2e17");

    private final List<Token> tokens;
    private final String text;
    /** For each token, the last token of the printed word it begins; -1 inside a word it does not begin. */
    private final int[] end;
    /** For each token, the first token of its printed word. */
    private final int[] start;

    private PrintedWords(List<Token> tokens, String text) {
        this.tokens = List.copyOf(tokens);
        this.text = Objects.requireNonNull(text, "text");
        int n = this.tokens.size();
        end = new int[n];
        start = new int[n];
        Set<String> whole = unbroken();
        for (int i = 0; i < n; i++) {
            int last = i;
            if (signBreak(i + 1)) last = i + 2;
            else if (gluedBreak(i) || bareBreak(i, whole)) last = i + 1;
            end[i] = last;
            for (int k = i; k <= last; k++) start[k] = i;
            for (int k = i + 1; k <= last; k++) end[k] = -1;
            i = last;
        }
    }

    /** {@return the printed words of {@code tokens}} (a document's tokens in text order, offsets into {@code text}) */
    public static PrintedWords of(List<Token> tokens, String text) {
        return new PrintedWords(tokens, text);
    }

    /** {@return the number of tokens} */
    public int size() {
        return tokens.size();
    }

    /** {@return the first token of the printed word token {@code i} lies in} */
    public int wordStart(int i) {
        return start[i];
    }

    /** {@return the last token of the printed word token {@code i} lies in} */
    public int wordEnd(int i) {
        return end[start[i]];
    }

    /** {@return the printed word of tokens {@code [first, last]}, which must be one word's tokens}: {@code Mussolini} */
    public String word(int first, int last) {
        if (first == last) return plain(tokens.get(first).word());
        String head = tokens.get(first).word();
        if (last == first + 2) return plain(head + tokens.get(last).word());
        boolean glued = head.length() > 1 && BREAK_SIGNS.contains(head.substring(head.length() - 1));
        return plain((glued ? head.substring(0, head.length() - 1) : head) + tokens.get(last).word());
    }

    /** {@return the printed word that begins at token {@code i}}, or its token's word when {@code i} is inside a word */
    public String wordAt(int i) {
        return end[i] < 0 ? plain(tokens.get(i).word()) : word(i, end[i]);
    }

    /** Long s and the Latin ligatures of old print, as plain letters. */
    public static String plain(String w) {
        if (w.chars().noneMatch(c -> c == 'ſ' || c >= 0xFB00 && c <= 0xFB06)) return w;
        return w.replace("ſ", "s").replace("ﬀ", "ff").replace("ﬁ", "fi").replace("ﬂ", "fl")
                .replace("ﬃ", "ffi").replace("ﬄ", "ffl").replace("ﬅ", "st").replace("ﬆ", "st");
    }

    /** {@return true when token {@code i} is a break sign standing alone between a word and its lower-case rest} */
    private boolean signBreak(int i) {
        if (i <= 0 || i + 1 >= tokens.size()) return false;
        String w = tokens.get(i).word();
        boolean sign = w.equals("¬") || BREAK_SIGNS.contains(w) && lineBreakAfter(i);
        String before = tokens.get(i - 1).word();
        return sign && !before.isEmpty() && Character.isLetter(before.codePointBefore(before.length()))
                && lowerStart(tokens.get(i + 1).word());
    }

    /** {@return true when token {@code i} is a word with the break sign glued on ({@code Musso¬}, {@code Welling-})} */
    private boolean gluedBreak(int i) {
        if (i + 1 >= tokens.size()) return false;
        String w = tokens.get(i).word();
        if (w.length() < 2 || !Character.isLetter(w.codePointBefore(w.length() - 1))) return false;
        if (!lowerStart(tokens.get(i + 1).word())) return false;
        String sign = w.substring(w.length() - 1);
        return sign.equals("¬") || BREAK_SIGNS.contains(sign) && lineBreakAfter(i);
    }

    /**
     * {@return true when token {@code i} ends a line in the middle of a word with no sign}: it and
     * the next token are letters, the next begins in lower case, and {@code whole} (the document's
     * words) holds the two together
     */
    private boolean bareBreak(int i, Set<String> whole) {
        if (i + 1 >= tokens.size() || !lineBreakAfter(i)) return false;
        String a = tokens.get(i).word();
        String b = tokens.get(i + 1).word();
        if (!letters(a) || !letters(b) || !lowerStart(b)) return false;
        return whole.contains((a + b).toLowerCase(Locale.ROOT));
    }

    /** {@return the lower-case words of the document's tokens of four letters or more}, for breaks with no sign */
    private Set<String> unbroken() {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            String w = t.word();
            if (w.length() >= 4 && letters(w)) out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private boolean lineBreakAfter(int i) {
        for (int p = tokens.get(i).span().end(); p < text.length(); p++) {
            char c = text.charAt(p);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return false;
    }

    private static boolean letters(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isLetter);
    }

    private static boolean lowerStart(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
    }
}
