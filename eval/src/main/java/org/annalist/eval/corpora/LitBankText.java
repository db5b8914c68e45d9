package org.annalist.eval.corpora;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.model.Span;

/**
 * LitBank's tokenised text (a sentence a line, tokens split by spaces) joined back into
 * running text, with the map from the tokenised text's offsets to the joined text's, so a
 * gold span of one is a span of the other.
 *
 * <p>Joining decides how straight marks attach, since LitBank's tokens keep {@code "} apart
 * from its words: a {@code "} opening a line opens, one ending a line closes, others
 * alternate; a {@code '} between two letters' tokens ({@code t ' ee}) is an apostrophe.
 * Lines are joined by spaces (or nothing after an opening mark), so the joined text is one
 * paragraph.
 */
public final class LitBankText {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "”", "’",
            "n't", "n’t", "'s", "’s", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'d", "’d", "'m", "’m", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "“", "‘");

    /** A token: its span in the tokenised text and in the joined text. */
    private record Token(Span original, Span joined) {
    }

    private final String text;
    private final List<Token> tokens;

    private LitBankText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** {@return the running text} */
    public String text() {
        return text;
    }

    /**
     * {@return the span of the joined text covering the tokens that {@code original} (a span
     * of the tokenised text) touches}, empty when it touches none
     */
    public java.util.Optional<Span> map(Span original) {
        Objects.requireNonNull(original, "original");
        int start = -1;
        int end = -1;
        for (Token t : tokens) {
            if (t.original().end() <= original.start() || t.original().start() >= original.end()) continue;
            if (start < 0) start = t.joined().start();
            end = t.joined().end();
        }
        return start < 0 ? java.util.Optional.empty() : java.util.Optional.of(Span.of(start, end));
    }

    /** {@return the joined text of LitBank's {@code tokenised} text} */
    public static LitBankText join(String tokenised) {
        Objects.requireNonNull(tokenised, "tokenised");
        StringBuilder text = new StringBuilder();
        List<Token> out = new ArrayList<>();
        boolean doubleOpen = false;
        boolean singleOpen = false;
        boolean glue = true; // no space before the next token
        List<List<Span>> lines = LitBank.tokens(tokenised);
        for (List<Span> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                String w = slice(tokenised, line.get(i));
                String prev = i > 0 ? slice(tokenised, line.get(i - 1)) : "";
                String next = i + 1 < line.size() ? slice(tokenised, line.get(i + 1)) : "";
                boolean spaceBefore = !glue;
                boolean spaceAfter = true;
                if (NO_SPACE_BEFORE.contains(w)) spaceBefore = false;
                if (NO_SPACE_AFTER.contains(w)) spaceAfter = false;
                if (w.equals("\"")) {
                    boolean open = i == 0 || i + 1 < line.size() && !doubleOpen;
                    if (i + 1 == line.size() && i > 0) open = false;
                    doubleOpen = open;
                    if (open) spaceAfter = false; else spaceBefore = false;
                } else if (w.equals("'") || w.equals("’")) {
                    boolean letters = !prev.isEmpty() && Character.isLetter(prev.charAt(prev.length() - 1))
                            && !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && next.length() <= 3;
                    boolean possessive = prev.endsWith("s") && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                            && !singleOpen;
                    if (letters) {
                        spaceBefore = false;
                        spaceAfter = false;
                    } else if (possessive) {
                        spaceBefore = false;
                    } else if (w.equals("'") && !singleOpen && !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0))) {
                        singleOpen = true;
                        spaceAfter = false;
                    } else {
                        singleOpen = false;
                        spaceBefore = false;
                    }
                } else if (w.equals("‘")) {
                    singleOpen = true;
                }
                if (spaceBefore && text.length() > 0) text.append(' ');
                out.add(new Token(line.get(i), Span.of(text.length(), text.length() + w.length())));
                text.append(w);
                glue = !spaceAfter;
            }
        }
        return new LitBankText(text.toString(), List.copyOf(out));
    }

    private static String slice(String s, Span span) {
        return s.substring(span.start(), span.end());
    }
}
