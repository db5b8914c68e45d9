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

    /** {@return the words of tokens {@code [a, b]}} */
    List<String> words(int a, int b) {
        List<String> out = new ArrayList<>();
        for (int i = a; i <= b; i++) out.add(word(i));
        return out;
    }
}
