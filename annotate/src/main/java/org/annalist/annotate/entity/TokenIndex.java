package org.annalist.annotate.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private final PrintedWords printed;
    /** The document's lower-case past tenses and participles, read on first use. */
    private Set<String> pastTenses;
    /** How often the document prints each word, lower case, counted on first use. */
    private java.util.Map<String, Integer> printedCounts;

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
        printed = PrintedWords.of(tokens, text);
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

    /**
     * {@return true when token {@code i} is a capitalised word in {@code -ed} that the document
     * writes elsewhere in lower case as a past tense or participle}: OCR and headlines capitalise
     * verbs ({@code Tom Jumped his broncho}) that a name finder then takes for a surname
     */
    boolean pastTenseElsewhere(int i) {
        String w = word(i);
        if (w.length() < 4 || !Character.isUpperCase(w.codePointAt(0)) || !w.endsWith("ed")) return false;
        if (pastTenses == null) {
            Set<String> found = new HashSet<>();
            for (Token t : tokens) {
                if ((t.pos().equals("VBD") || t.pos().equals("VBN")) && !t.word().isEmpty()
                        && Character.isLowerCase(t.word().codePointAt(0))) {
                    found.add(t.word());
                }
            }
            pastTenses = found;
        }
        return pastTenses.contains(w.toLowerCase(Locale.ROOT));
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
     * {@return the words of tokens {@code [a, b]}}, as print meant them ({@link PrintedWords}): a
     * word broken at a line end ({@code Musso¬⏎lini}, {@code Cooke-⏎ville}, {@code Nebras⏎ka}) whole
     * again when all its tokens lie in the range, long s and ligatures ({@code ſ}, {@code ﬁ}) as
     * plain letters
     */
    List<String> words(int a, int b) {
        List<String> out = new ArrayList<>();
        for (int i = a; i <= b; i++) {
            int e = printed.wordStart(i) == i ? printed.wordEnd(i) : i;
            if (e <= b) {
                out.add(printed.word(i, e));
                i = e;
            } else {
                out.add(plain(word(i)));
            }
        }
        return out;
    }

    /** {@return the printed word that begins at token {@code i}} ({@code Musso¬⏎lini} as {@code Mussolini}) */
    String wordAt(int i) {
        return printed.wordAt(i);
    }

    /** {@return the last token of the {@code n} printed words from token {@code i}}, or -1 past the end */
    int lastOfWords(int i, int n) {
        int e = i - 1;
        for (int k = 0; k < n; k++) {
            if (e + 1 >= tokens.size()) return -1;
            e = wordEnd(e + 1);
        }
        return e;
    }

    /** {@return the last token of the printed word token {@code b} lies in} */
    int wordEnd(int b) {
        return b < 0 || b >= tokens.size() ? b : printed.wordEnd(b);
    }

    /** {@return the first token of the printed word token {@code a} lies in} */
    int wordStart(int a) {
        return a < 0 || a >= tokens.size() ? a : printed.wordStart(a);
    }

    /** {@return how many times the document prints {@code word}}, case aside, words broken at line ends whole */
    int occurrences(String word) {
        if (printedCounts == null) {
            java.util.Map<String, Integer> counts = new java.util.HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (wordStart(i) == i) counts.merge(wordAt(i).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            printedCounts = counts;
        }
        return printedCounts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** Long s and the Latin ligatures of old print, as plain letters. */
    static String plain(String w) {
        return PrintedWords.plain(w);
    }
}
