package org.annalist.annotate.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.model.Paragraph;
import org.annalist.model.Span;

/**
 * Finds quotations by their marks: curly and straight double quotes, single quotes and
 * guillemets, nested to any depth.
 *
 * <ul>
 *   <li>An apostrophe is not a quote mark: {@code d’état}, {@code Lincoln’s}, {@code ’30s},
 *       {@code soldiers’ pay} (a {@code ’} closes only a single quote that is open).</li>
 *   <li>A quote still open at the end of a paragraph continues when the next paragraph
 *       opens with the same mark (the English convention for a quotation of several
 *       paragraphs); otherwise it ends, unclosed, with its paragraph.</li>
 *   <li>A single quote never closed in its paragraph is taken for an apostrophe
 *       ({@code the soldiers’ pay} read as an opening) and dropped; the quotes inside it
 *       move up a level — unless single quotes carry the document's dialogue (more
 *       paragraphs open with one than with a double quote).</li>
 *   <li>A straight mark standing apart ({@code " Why ? " she said}, tokenised text) closes
 *       the open quote, else opens one; {@code Cromwell 's}, {@code I 've} and
 *       {@code the boys ' pay} are apostrophes.</li>
 *   <li>A quote open at a paragraph's end also carries on when one of the next
 *       {@value #CARRY_PARAGRAPHS} paragraphs with a mark begins by closing it (a sentence a
 *       line: {@code " I will not stay .⏎Send my Ayah to me . "}).</li>
 *   <li>Where dashes carry the dialogue ({@code — Back to barracks !}), a dash opening a
 *       paragraph or following a colon opens speech to the paragraph's end.</li>
 * </ul>
 *
 * <p>Top-level quotes never overlap one another; the result is sorted by start, outer
 * quotes before the quotes they contain. Stateless and thread-safe.
 */
public final class QuoteFinder {

    private enum Mark { DOUBLE, SINGLE, GUILLEMET }

    private record Open(Mark mark, int at) {
    }

    /** How many paragraphs without marks an open quote may run through to its closing mark. */
    static final int CARRY_PARAGRAPHS = 6;

    /** Words that begin with an elision apostrophe: {@code ’tis}, {@code ’em}. */
    private static final Set<String> ELISIONS = Set.of(
            "tis", "twas", "twere", "twill", "em", "n", "cause", "til", "till", "round", "bout", "neath", "ere", "un",
            // clitics that tokenised text splits from their word: Cromwell 's, I 've, I 'm
            "s", "ve", "m", "ll", "re", "d", "t");

    /**
     * {@return the quotes of {@code text}}, paragraph by paragraph; when none are given, the
     * blocks between blank lines are paragraphs, or the lines when there is no blank line
     */
    public List<FoundQuote> find(String text, List<Paragraph> paragraphs) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(paragraphs, "paragraphs");
        List<Span> paras = paragraphs.isEmpty() ? paragraphs(text) : paragraphs.stream().map(Paragraph::span).toList();
        List<FoundQuote> out = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        int skipOpenAt = -1;
        boolean singles = singleQuoteDialogue(text, paras);
        for (int p = 0; p < paras.size(); p++) {
            Span para = paras.get(p);
            if (para.end() > text.length()) {
                throw new IllegalArgumentException("paragraph " + para + " ends beyond text length " + text.length());
            }
            for (int i = para.start(); i < para.end(); i++) {
                if (i == skipOpenAt) continue;
                step(text, i, stack, out, singles);
            }
            if (stack.isEmpty()) continue;
            int next = p + 1 < paras.size() ? firstNonBlank(text, paras.get(p + 1)) : -1;
            Open bottom = stack.get(0);
            if (next >= 0 && opens(text, next) == bottom.mark()) {
                stack.subList(1, stack.size()).clear();
                skipOpenAt = next;
            } else if (next >= 0 && closesAhead(text, paras, p + 1, bottom.mark(), singles)) {
                // a line break inside the words (a sentence a line, hard-wrapped text): the quote carries on
                stack.subList(1, stack.size()).clear();
            } else {
                int end = lastNonBlank(text, para) + 1;
                int dropped = 0;
                for (int d = 0; d < stack.size(); d++) {
                    Open o = stack.get(d);
                    if (o.mark() == Mark.SINGLE && !singles) {
                        dropped++;
                    } else {
                        int innerEnd = Math.max(end, o.at() + 1);
                        out.add(new FoundQuote(Span.of(o.at(), innerEnd), Span.of(o.at() + 1, innerEnd), d - dropped, false));
                    }
                }
                stack.clear();
            }
        }
        if (dashDialogue(text, paras)) out.addAll(dashQuotes(text, paras, out));
        out.sort(Comparator.comparingInt((FoundQuote q) -> q.span().start()).thenComparing(q -> -q.span().end()));
        return withDepths(out);
    }

    /**
     * {@return true when dashes carry the dialogue} (Joyce, many translations): at least
     * {@value #DASH_PARAGRAPHS} paragraphs open with a dash and a space, more than open with a quote mark
     */
    static boolean dashDialogue(String text, List<Span> paras) {
        int dashes = 0, marks = 0;
        for (Span para : paras) {
            int at = firstNonBlank(text, para);
            if (at < 0) continue;
            if (dashAt(text, at)) dashes++;
            else if ("“\"‘'«".indexOf(text.charAt(at)) >= 0) marks++;
        }
        return dashes >= DASH_PARAGRAPHS && dashes > marks;
    }

    static final int DASH_PARAGRAPHS = 5;

    private static boolean dashAt(String text, int i) {
        return text.startsWith("— ", i) || text.startsWith("-- ", i);
    }

    /**
     * The words a dash opens, to the end of their paragraph: at a paragraph's start, or after a
     * colon ({@code he said: — Come up!}); none inside a quote already found.
     */
    private static List<FoundQuote> dashQuotes(String text, List<Span> paras, List<FoundQuote> marked) {
        List<FoundQuote> out = new ArrayList<>();
        for (Span para : paras) {
            int end = lastNonBlank(text, para) + 1;
            for (int i = para.start(); i < end; i++) {
                if (!dashAt(text, i)) continue;
                int before = i - 1;
                while (before >= para.start() && text.charAt(before) == ' ') before--;
                if (before >= para.start() && text.charAt(before) != ':') continue;
                final int at = i;
                if (marked.stream().anyMatch(q -> q.span().contains(at))) continue;
                int inner = text.charAt(i) == '—' ? i + 1 : i + 2;
                if (inner >= end) continue;
                out.add(new FoundQuote(Span.of(i, end), Span.of(inner, end), 0, false));
                break;
            }
        }
        return out;
    }

    /**
     * Depths counted from the spans: marks discarded on the way (apostrophes, slips, a quote
     * continued into the next paragraph) leave no level behind. Quotes nest, never cross.
     */
    private static List<FoundQuote> withDepths(List<FoundQuote> sorted) {
        List<FoundQuote> out = new ArrayList<>(sorted.size());
        List<Span> open = new ArrayList<>();
        for (FoundQuote q : sorted) {
            while (!open.isEmpty() && !open.get(open.size() - 1).contains(q.span())) open.remove(open.size() - 1);
            out.add(q.depth() == open.size() ? q : new FoundQuote(q.span(), q.inner(), open.size(), q.closed()));
            open.add(q.span());
        }
        return List.copyOf(out);
    }

    private void step(String text, int i, List<Open> stack, List<FoundQuote> out, boolean singles) {
        char c = text.charAt(i);
        switch (c) {
            case '“', '«' -> open(text, i, c == '“' ? Mark.DOUBLE : Mark.GUILLEMET, stack, out);
            case '”', '»' -> close(i, c == '”' ? Mark.DOUBLE : Mark.GUILLEMET, stack, out);
            case '"' -> {
                if (!spaceBefore(text, i) && has(stack, Mark.DOUBLE) && !(leftBoundary(text, i) && !spaceAfter(text, i))) {
                    close(i, Mark.DOUBLE, stack, out);
                } else if (leftBoundary(text, i) && !spaceAfter(text, i)) {
                    open(text, i, Mark.DOUBLE, stack, out);
                } else if (!spaceBefore(text, i) && has(stack, Mark.DOUBLE)) {
                    close(i, Mark.DOUBLE, stack, out);
                } else if (spaceBefore(text, i) && spaceAfter(text, i)) {
                    // a mark standing apart (tokenised text: " Why ? "): it closes an open quote, else opens one
                    if (has(stack, Mark.DOUBLE)) close(i, Mark.DOUBLE, stack, out);
                    else open(text, i, Mark.DOUBLE, stack, out);
                }
            }
            case '‘', '’', '\'' -> single(text, i, c, stack, out, singles);
            default -> { }
        }
    }

    private void single(String text, int i, char c, List<Open> stack, List<FoundQuote> out, boolean singles) {
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        if (letterBefore && letterAfter) return; // d’état, Lincoln’s, don't
        boolean apart = spaceBefore(text, i) && spaceAfter(text, i);
        if (c != '’' && leftBoundary(text, i) && !spaceAfter(text, i) && !elision(text, i)) {
            open(text, i, Mark.SINGLE, stack, out);
        } else if (c != '‘' && !spaceBefore(text, i) && has(stack, Mark.SINGLE)) {
            close(i, Mark.SINGLE, stack, out);
        } else if (apart && c == '‘') {
            open(text, i, Mark.SINGLE, stack, out); // tokenised text: ‘ Oh dear ! ’
        } else if (apart && c == '’' && has(stack, Mark.SINGLE)) {
            close(i, Mark.SINGLE, stack, out);
        } else if (apart && c == '\'' && singles) {
            // a straight mark standing apart where single quotes carry the dialogue: it closes an open one, else
            // opens one — unless it follows a plural and comes before a lower-case word (the boys ' pay)
            if (has(stack, Mark.SINGLE)) close(i, Mark.SINGLE, stack, out);
            else if (!possessive(text, i)) open(text, i, Mark.SINGLE, stack, out);
        }
    }

    /** {@return true when the mark at {@code i} stands between a word in -s and a lower-case word} */
    private static boolean possessive(String text, int i) {
        int b = i - 1;
        while (b >= 0 && text.charAt(b) == ' ') b--;
        int a = i + 1;
        while (a < text.length() && text.charAt(a) == ' ') a++;
        return b >= 0 && (text.charAt(b) == 's' || text.charAt(b) == 'S') && a < text.length()
                && Character.isLowerCase(text.charAt(a));
    }

    /**
     * {@return true when single quotes carry the dialogue}: more paragraphs open with a
     * single quote than with a double one, at least three of them
     */
    static boolean singleQuoteDialogue(String text, List<Span> paras) {
        int singles = 0, doubles = 0;
        for (Span para : paras) {
            int at = firstNonBlank(text, para);
            if (at < 0) continue;
            char c = text.charAt(at);
            if (c == '“' || c == '"') doubles++;
            else if ((c == '‘' || c == '\'') && !elision(text, at)) singles++;
        }
        return singles >= 3 && singles > doubles;
    }

    private static void open(String text, int i, Mark mark, List<Open> stack, List<FoundQuote> out) {
        // A mark of the same kind cannot nest in English: the open one was never closed.
        if (!stack.isEmpty() && stack.get(stack.size() - 1).mark() == mark) {
            Open o = stack.remove(stack.size() - 1);
            int end = i;
            while (end > o.at() + 1 && Character.isWhitespace(text.charAt(end - 1))) end--;
            out.add(new FoundQuote(Span.of(o.at(), end), Span.of(o.at() + 1, end), stack.size(), false));
        }
        stack.add(new Open(mark, i));
    }

    private static void close(int i, Mark mark, List<Open> stack, List<FoundQuote> out) {
        int k = stack.size() - 1;
        while (k >= 0 && stack.get(k).mark() != mark) k--;
        if (k < 0) return; // a stray closing mark
        Open o = stack.get(k);
        stack.subList(k, stack.size()).clear(); // inner marks never closed were apostrophes or slips
        out.add(new FoundQuote(Span.of(o.at(), i + 1), Span.of(o.at() + 1, i), k, true));
    }

    private static boolean has(List<Open> stack, Mark mark) {
        for (Open o : stack) if (o.mark() == mark) return true;
        return false;
    }

    /**
     * {@return true when the first {@code mark} of paragraph {@code para} closes a quote}: a
     * {@code ”} or {@code »} before any opening one; a straight {@code "} that does not open
     * (no blank before it, or standing apart) when the paragraph holds an odd number of them
     */
    private static boolean closesIn(String text, Span para, Mark mark, boolean singles) {
        if (mark == Mark.SINGLE) return singles && closesSingleIn(text, para);
        int straight = 0;
        int first = -1;
        for (int i = para.start(); i < para.end(); i++) {
            char c = text.charAt(i);
            if (mark == Mark.DOUBLE && (c == '“' || c == '”') && first < 0) return c == '”';
            if (mark == Mark.GUILLEMET && (c == '«' || c == '»')) return c == '»';
            if (mark == Mark.DOUBLE && c == '"') {
                if (first < 0) first = i;
                straight++;
            }
        }
        if (first < 0 || leftBoundary(text, first) && !spaceAfter(text, first)) return false;
        if (!spaceBefore(text, first)) return true;
        // standing apart: it closes when the line ends there or narrative in lower case follows (" he said)
        int a = first + 1;
        while (a < para.end() && text.charAt(a) == ' ') a++;
        return straight % 2 == 1 || a >= para.end() || !Character.isUpperCase(text.charAt(a))
                && !Character.isDigit(text.charAt(a)) && "\"“‘'(".indexOf(text.charAt(a)) < 0;
    }

    /**
     * {@return true when the first of the next few paragraphs holding a {@code mark} begins by
     * closing a quote}: the paragraphs before it (a sentence a line) hold none
     */
    private static boolean closesAhead(String text, List<Span> paras, int from, Mark mark, boolean singles) {
        for (int p = from; p < Math.min(paras.size(), from + CARRY_PARAGRAPHS); p++) {
            Span para = paras.get(p);
            if (holds(text, para, mark)) return closesIn(text, para, mark, singles);
        }
        return false;
    }

    private static boolean holds(String text, Span para, Mark mark) {
        for (int i = para.start(); i < para.end(); i++) {
            char c = text.charAt(i);
            switch (mark) {
                case DOUBLE -> { if (c == '"' || c == '“' || c == '”') return true; }
                case GUILLEMET -> { if (c == '«' || c == '»') return true; }
                case SINGLE -> { if (c == '‘' || c == '’' || c == '\'') return true; }
            }
        }
        return false;
    }

    /** As {@link #closesIn} for single quotes: apostrophes inside or after words do not count. */
    private static boolean closesSingleIn(String text, Span para) {
        int straight = 0;
        int first = -1;
        for (int i = para.start(); i < para.end(); i++) {
            char c = text.charAt(i);
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            if (c == '‘' && first < 0) return false;
            if (c == '’' && first < 0 && !letterAfter && !(letterBefore && text.charAt(i - 1) == 's')) return true;
            if (c == '\'' && !letterBefore && !letterAfter) {
                if (first < 0) first = i;
                straight++;
            }
        }
        return first >= 0 && straight % 2 == 1;
    }

    /** {@return the mark a paragraph's first character opens, or null} */
    private static Mark opens(String text, int i) {
        return switch (text.charAt(i)) {
            case '“', '"' -> Mark.DOUBLE;
            case '«' -> Mark.GUILLEMET;
            case '‘', '\'' -> elision(text, i) ? null : Mark.SINGLE;
            default -> null;
        };
    }

    /** {@return true when the mark at {@code i} elides letters or digits}: ’tis, ’em, ’30s */
    private static boolean elision(String text, int i) {
        int j = i + 1;
        while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) j++;
        String word = text.substring(i + 1, j).toLowerCase(java.util.Locale.ROOT);
        if (word.matches("\\d\\ds?")) return true;
        boolean wordEnds = j >= text.length() || !Character.isLetterOrDigit(text.charAt(j)) && text.charAt(j) != '’';
        return wordEnds && ELISIONS.contains(word);
    }

    private static boolean leftBoundary(String text, int i) {
        if (i == 0) return true;
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || "([{—–-/“‘\"'«".indexOf(p) >= 0;
    }

    private static boolean spaceBefore(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1));
    }

    private static boolean spaceAfter(String text, int i) {
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    }

    private static int firstNonBlank(String text, Span s) {
        for (int i = s.start(); i < s.end(); i++) if (!Character.isWhitespace(text.charAt(i))) return i;
        return -1;
    }

    private static int lastNonBlank(String text, Span s) {
        for (int i = s.end() - 1; i >= s.start(); i--) if (!Character.isWhitespace(text.charAt(i))) return i;
        return s.start() - 1;
    }

    /** Blocks between blank lines, or lines when the text has no blank line. */
    static List<Span> paragraphs(String text) {
        boolean blankLines = text.matches("(?s).*\\n[ \\t]*\\n.*");
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            int next = i + 1;
            if (!end && text.charAt(i) == '\n') {
                if (!blankLines) {
                    end = true;
                } else {
                    int j = i + 1;
                    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
                    if (j < text.length() && text.charAt(j) == '\n') {
                        end = true;
                        next = j + 1;
                    }
                }
            }
            if (end) {
                if (i > start && !text.substring(start, i).isBlank()) out.add(Span.of(start, i));
                if (i < text.length()) {
                    start = next;
                    i = next - 1;
                }
            }
        }
        return out;
    }
}
