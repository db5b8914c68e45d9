package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/**
 * Finds every place in a block of running text that may be a note call, whatever its
 * form, and weighs how call-like it looks by form and context alone (see
 * {@link CallCandidate#weight()}):
 * <ul>
 * <li>1: forms that are calls wherever they stand: {@code [82]}, {@code [*]}, {@code (*3)},
 *     {@code [^3]}, {@code *29}, Unicode superscripts {@code ¹²}, and digits glued to a word's
 *     closing punctuation or quote ({@code city.217}, {@code circles.”211}, {@code house,26});</li>
 * <li>less: {@code (1)}, {@code {1}} and {@code [A]} (also enumerations), reference marks {@code *},
 *     {@code †}, digits between words ({@code his sons 4 made}), after a sentence
 *     ({@code ). 12 This}), at a line's start or alone on a line, glued to a word's letters
 *     ({@code crossed1}) or to the next word ({@code 5of}).</li>
 * </ul>
 * Never candidates: decimals, times, thousands, ranges and fractions; numbers after a
 * reference word ({@code p. 217}, {@code chapter 4}) or a determiner ({@code the 4 legates});
 * page and volume references ({@code ii.186}); a number opening the block (a section number
 * or a note's label); margin numbers (set off by a run of spaces at a line's end);
 * asterisms ({@code * * *}); exponents ({@code 10²}, {@code km²}). Only the alignment with the
 * notes present ({@link NoteCallFinder}) decides which of the weaker ones are calls.
 */
final class CallCandidates {

    private static final Pattern BRACKET = Pattern.compile(
            "\\[\\^([^\\]\\s]{1,20})\\]|\\[([0-9]{1,4}[a-z]?|[*†‡§]{1,3}[0-9]{0,4})\\]|\\((\\*[0-9]{1,3})\\)"
                    + "|\\(([0-9]{1,3}[a-z]?)\\)|\\{([0-9]{1,3})\\}|\\[([A-Z])\\]");
    private static final String CLOSERS = ".,;:!?)]”’\"'»…";
    private static final String SENTENCE_END = ".!?";
    private static final String QUOTES_AND_CLOSERS = "”’\"')]";

    static final double STRONG = 1.0;
    private static final double ENCLOSED = 0.8;
    private static final double SYMBOL = 0.7;
    private static final double AFTER_SENTENCE = 0.9;
    private static final double BEFORE_CLAUSE = 0.9;
    private static final double AFTER_COMMA = 0.8;
    private static final double BEFORE_PUNCTUATION = 0.6;
    private static final double BETWEEN_WORDS = 0.5;
    private static final double AFTER_SECTION_NUMBER = 0.6;
    private static final double ALONE_ON_LINE = 0.5;
    private static final double LINE_START = 0.4;
    private static final double GLUED_TO_LETTERS = 0.5;
    private static final double GLUED_TO_NEXT = 0.3;
    private static final double AFTER_QUANTIFIER = 0.15;
    /** a number of four digits is most often a year */
    private static final double YEAR_LIKE = 0.2;

    /** words after which a number is a reference, not a call: {@code p. 217}, {@code chapter 4} */
    private static final Set<String> REFERENCE_WORDS = Set.of(
            "p", "pp", "pg", "vol", "vols", "no", "nos", "nr", "ch", "chap", "cap", "c", "cc", "v", "vv",
            "ver", "l", "ll", "lib", "tom", "fol", "ff", "f", "art", "sec", "sect", "par", "para", "fig",
            "figs", "col", "cols", "n", "nn", "note", "notes", "ep", "epist", "op", "cit", "ibid", "id",
            "loc", "bk", "pt", "part", "book", "line", "lines", "page", "pages", "chapter", "chapters",
            "section", "sections", "volume", "verse", "verses", "psalm", "act", "scene", "table", "item",
            "article", "articles", "plate", "map", "ed", "eds", "edn", "st", "mt", "ps", "cf", "ad", "bc",
            "anno", "gen", "exod", "lev", "deut", "josh", "judg", "neh", "esth", "prov", "eccl", "isa", "jer",
            "ezek", "macc", "rom", "cor", "gal", "heb", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /**
     * words after which a number is most often a quantity ({@code the 4 legates}, {@code of 300}):
     * a call there is rare, so it is weighed {@value #AFTER_QUANTIFIER}
     */
    private static final Set<String> QUANTIFIERS = Set.of(
            "number", "numbers", "aged", "age", "about", "nearly", "almost", "over", "under", "some", "only",
            "than", "of", "the", "a", "an", "with", "by", "for", "to", "in", "on", "at", "from", "and", "or",
            "these", "those", "its", "his", "her", "their", "our", "my", "your", "first", "last", "next", "every",
            "each", "all", "until", "till", "since", "before", "after", "around", "approximately", "roughly",
            "least", "most", "between", "per", "minus", "plus", "times", "est", "were", "was", "are", "is", "be",
            "being", "been", "had", "has", "have");

    /** words that may follow a flattened superscript: they open a clause, they are not nouns */
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "neither", "nor", "the", "and", "but", "or", "he", "she", "it", "they", "we", "i", "this",
            "that", "which", "who", "whom", "whose", "as", "when", "while", "however", "there", "his",
            "her", "their", "its", "not", "so", "yet", "then", "thus", "although", "though", "if",
            "whereas", "was", "were", "is", "are", "had", "has", "have", "would", "could", "should",
            "will", "may", "might", "must", "where", "because", "unless", "what", "these", "those");

    /** what may stand glued after digits without making them a call: ordinals, plurals, formats, units */
    private static final Set<String> DIGIT_SUFFIXES = Set.of("s", "th", "st", "nd", "rd", "d", "'s", "es", "ds",
            "mo", "vo", "to", "am", "pm", "h", "m", "km", "cm", "mm", "kg", "g", "lb", "lbs", "ft", "in", "yd",
            "mi", "oz", "l", "ml", "er", "e", "me", "re", "o", "a", "x", "b", "c", "k", "px", "pt", "min", "sec",
            "hr", "hrs", "yr", "yrs", "mph", "kph", "ton", "tons", "bis", "ter");

    /** units a superscript two or three follows as a power: m², km³ */
    private static final Set<String> UNITS = Set.of("m", "cm", "mm", "km", "ft", "in", "yd", "mi", "sq", "cu");

    private static final Pattern ROMAN = Pattern.compile("(?i)(?:x{0,3}|xl|l|lx{1,3}|xc)(?:i{1,3}|iv|v|vi{1,3}|ix)?");

    private CallCandidates() {
    }

    /** {@return the candidates in {@code span} of {@code text}, in order} */
    static List<CallCandidate> in(String text, Span span) {
        List<CallCandidate> out = new ArrayList<>();
        int end = span.end();
        Matcher bracket = BRACKET.matcher(text).region(span.start(), end);
        int nextBracket = bracket.find() ? bracket.start() : Integer.MAX_VALUE;
        int afterSection = sectionNumberEnd(text, span);
        int i = span.start();
        while (i < end) {
            if (i == nextBracket) {
                bracketed(text, span, bracket).ifPresent(out::add);
                i = bracket.end();
                nextBracket = bracket.find() ? bracket.start() : Integer.MAX_VALUE;
                continue;
            }
            char c = text.charAt(i);
            if (c == '*' || c == '†' || c == '‡') {
                i = sign(text, span, i, out);
                continue;
            }
            if (NoteLabel.superscriptValue(c) >= 0) {
                int j = i;
                while (j < end && NoteLabel.superscriptValue(text.charAt(j)) >= 0) {
                    j++;
                }
                superscript(text, span, i, j).ifPresent(out::add);
                i = j;
                continue;
            }
            if (!isDigit(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < end && isDigit(text.charAt(j))) {
                j++;
            }
            if (i == afterSection) {
                // "4.24 Had I", "1. 1 Whereas": a call right after a paragraph's section number
                Span digits = Span.of(i, j);
                trailing(text, span, j).ifPresent(w -> out.add(new CallCandidate(digits, text.substring(digits.start(),
                        digits.end()), Shape.BARE, Math.min(w, AFTER_SECTION_NUMBER))));
            } else {
                numeral(text, span, i, j).ifPresent(out::add);
            }
            i = j;
        }
        return out;
    }

    /** where the digits after a section number opening the block start ({@code 4.|24}, {@code 1. |1}), or -1 */
    private static int sectionNumberEnd(String text, Span span) {
        int i = span.start();
        int j = i;
        while (j < span.end() && j - i < 4 && isDigit(text.charAt(j))) {
            j++;
        }
        if (j == i || j >= span.end() || text.charAt(j) != '.') {
            return -1;
        }
        int k = j + 1;
        while (k < span.end() && text.charAt(k) == ' ') {
            k++;
        }
        return k - (j + 1) <= 1 && k < span.end() && isDigit(text.charAt(k)) ? k : -1;
    }

    private static Optional<CallCandidate> bracketed(String text, Span span, Matcher m) {
        Span at = Span.of(m.start(), m.end());
        if (m.group(1) != null) {
            return Optional.of(new CallCandidate(at, m.group(1), Shape.MARKDOWN, STRONG));
        }
        // "[1] The author…" opening a paragraph is a note's label, not a call
        if (m.start() == span.start()) {
            return Optional.empty();
        }
        if (m.group(3) != null) {
            return Optional.of(new CallCandidate(at, m.group(3), Shape.ROUND, STRONG));
        }
        if (m.group(4) != null) {
            return Optional.of(new CallCandidate(at, m.group(4), Shape.ROUND, ENCLOSED));
        }
        if (m.group(5) != null) {
            return Optional.of(new CallCandidate(at, m.group(5), Shape.CURLY, ENCLOSED));
        }
        if (m.group(6) != null) {
            // "[A]": a lettered note, or an editor's letter
            return Optional.of(new CallCandidate(at, m.group(6), Shape.SQUARE, ENCLOSED));
        }
        String marker = m.group(2);
        // "[22d]", "[2d]", "[1st]": an ordinal, editorial
        if (marker.endsWith("d") && marker.length() >= 2) {
            char before = marker.charAt(marker.length() - 2);
            if (before == '2' || before == '3') {
                return Optional.empty();
            }
        }
        return Optional.of(new CallCandidate(at, marker, Shape.SQUARE, STRONG));
    }

    /**
     * Reads the run of signs at {@code i}: {@code *29} (starred number) or a reference mark
     * {@code *}, {@code **}, {@code †}; {@return the index after the run}
     */
    private static int sign(String text, Span span, int i, List<CallCandidate> out) {
        int end = span.end();
        char c = text.charAt(i);
        int j = i;
        while (j < end && text.charAt(j) == c && j - i < 4) {
            j++;
        }
        if (j < end && text.charAt(j) == c) {
            while (j < end && text.charAt(j) == c) {
                j++;
            }
            return j; // a rule of signs
        }
        boolean blockStart = i == span.start();
        char before = i > span.start() ? text.charAt(i - 1) : '\n';
        if (c == '*' && j - i == 1 && j < end && isDigit(text.charAt(j))) {
            int k = j;
            while (k < end && isDigit(text.charAt(k)) && k - j < 5) {
                k++;
            }
            boolean apart = k == end || !Character.isLetterOrDigit(text.charAt(k));
            boolean opened = before == ' ' || before == '\n' || before == '\t' || CLOSERS.indexOf(before) >= 0
                    || Character.isLetter(before);
            if (!blockStart && apart && opened && k - j <= 4 && text.charAt(j) != '0') {
                out.add(new CallCandidate(Span.of(i, k), text.substring(j, k), Shape.STAR_NUMBER, STRONG));
            }
            return k;
        }
        if (blockStart || isAsterism(text, span, i, j)) {
            return j;
        }
        char after = j < end ? text.charAt(j) : '\n';
        // "*word*" is emphasis; a mark stands after a word or its punctuation, before a space or punctuation
        boolean attached = Character.isLetter(before) || CLOSERS.indexOf(before) >= 0;
        boolean spacedAfterWord = before == ' ' && i - 2 >= span.start()
                && (Character.isLetter(text.charAt(i - 2)) || CLOSERS.indexOf(text.charAt(i - 2)) >= 0);
        boolean free = Character.isWhitespace(after) || CLOSERS.indexOf(after) >= 0;
        if ((attached || spacedAfterWord) && free) {
            out.add(new CallCandidate(Span.of(i, j), text.substring(i, j), Shape.SYMBOL, SYMBOL));
        }
        return j;
    }

    /** {@code * * *} or {@code *    *}: another sign of the same kind across white space on the line */
    private static boolean isAsterism(String text, Span span, int i, int j) {
        char c = text.charAt(i);
        int k = j;
        while (k < span.end() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k > j && k < span.end() && text.charAt(k) == c) {
            return true;
        }
        int p = i - 1;
        while (p >= span.start() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        return p < i - 1 && p >= span.start() && text.charAt(p) == c;
    }

    private static Optional<CallCandidate> superscript(String text, Span span, int i, int j) {
        if (i == span.start() || j - i > 4) {
            return Optional.empty();
        }
        char before = text.charAt(i - 1);
        if (isDigit(before)) {
            return Optional.empty(); // 10²: a power
        }
        if (Character.isLetter(before)) {
            String word = wordEndingAt(text, span, i - 1).toLowerCase(Locale.ROOT);
            if (UNITS.contains(word) && (text.charAt(i) == '²' || text.charAt(i) == '³')) {
                return Optional.empty();
            }
        }
        return Optional.of(new CallCandidate(Span.of(i, j), NoteLabel.fromSuperscript(text.substring(i, j)),
                Shape.SUPERSCRIPT, STRONG));
    }

    private static Optional<CallCandidate> numeral(String text, Span span, int i, int j) {
        int end = span.end();
        if (j - i > 4 || text.charAt(i) == '0' || i == span.start()) {
            return Optional.empty();
        }
        char before = text.charAt(i - 1);
        if (isDigit(before)) {
            return Optional.empty();
        }
        String marker = text.substring(i, j);
        Span digits = Span.of(i, j);
        double year = j - i == 4 ? YEAR_LIKE : 1.0;
        if (j < end && Character.isLetter(text.charAt(j))) {
            return gluedToNext(text, span, i, j).map(w -> new CallCandidate(digits, marker, Shape.BARE, w * year));
        }
        if (j < end && isNumberContinuation(text, j)) {
            return Optional.empty();
        }
        if (before == '>' && text.startsWith("</", j)) {
            // HTML left in a plain text: "<a href="#note-40" …>40</a>"
            return Optional.of(new CallCandidate(digits, marker, Shape.BARE, BEFORE_CLAUSE));
        }
        if (CLOSERS.indexOf(before) >= 0) {
            if (glued(text, span, i)) {
                return Optional.of(new CallCandidate(digits, marker, Shape.GLUED, STRONG));
            }
            // "beasts:36 that": after a colon, as "3:16" is a verse, only the notes may vouch for it
            return before == ':' && i - 2 >= span.start() && Character.isLowerCase(text.charAt(i - 2))
                    && wordEndingAt(text, span, i - 2).length() >= 3
                    ? Optional.of(new CallCandidate(digits, marker, Shape.GLUED, GLUED_TO_LETTERS * year))
                    : Optional.empty();
        }
        if (Character.isLetter(before)) {
            return gluedToLetters(text, span, i)
                    ? Optional.of(new CallCandidate(digits, marker, Shape.GLUED, GLUED_TO_LETTERS * year))
                    : Optional.empty();
        }
        if (before != ' ' && before != '\n' && before != '\t') {
            return Optional.empty();
        }
        return spacedWeight(text, span, i, j).map(w -> new CallCandidate(digits, marker,
                w.spaced ? Shape.SPACED : Shape.BARE, w.weight * year));
    }

    /** "3.5", "10:30", "30,000", "1/2", "1861-1863", "3–4": the digits go on as one number */
    private static boolean isNumberContinuation(String text, int j) {
        char after = text.charAt(j);
        if (j + 1 < text.length() && isDigit(text.charAt(j + 1))) {
            return after == '.' || after == ',' || after == ':' || after == '/' || after == '-' || after == '–';
        }
        return after == '%' || after == '°' || after == '/' || after == '′' || after == '″';
    }

    /** {@return the weight of digits glued to the next word} ({@code 5of}): not an ordinal, unit or format */
    private static Optional<Double> gluedToNext(String text, Span span, int i, int j) {
        char before = text.charAt(i - 1);
        if (before != ' ' && before != '\n') {
            return Optional.empty();
        }
        int w = j;
        while (w < span.end() && Character.isLetter(text.charAt(w))) {
            w++;
        }
        String next = text.substring(j, w);
        if (next.length() < 2 || !Character.isLowerCase(next.charAt(0))
                || DIGIT_SUFFIXES.contains(next.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String previous = i - 2 >= span.start() ? wordEndingAt(text, span, i - 2) : "";
        if (previous.isEmpty() || REFERENCE_WORDS.contains(previous.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(QUANTIFIERS.contains(previous.toLowerCase(Locale.ROOT)) ? AFTER_QUANTIFIER : GLUED_TO_NEXT);
    }

    /**
     * "crossed1 the", "Joseph's43 son": digits after a lower-case word (or a possessive) of three
     * letters or more, not a code like K2 or B52
     */
    private static boolean gluedToLetters(String text, Span span, int i) {
        String word = wordBefore(text, span, i - 1);
        if (word.length() < 3 || !Character.isLowerCase(text.charAt(i - 1))) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if (!Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        int start = i - wordEndingAt(text, span, i - 1).length();
        return start == span.start() || !isDigit(text.charAt(start - 1));
    }

    private record Weight(double weight, boolean spaced) {
    }

    /** the weight of digits set apart by white space before them, from their neighbours */
    private static Optional<Weight> spacedWeight(String text, Span span, int i, int j) {
        int end = span.end();
        // what follows: the rest of the line, or a word
        int k = j;
        while (k < end && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        boolean lineEnds = k == end || text.charAt(k) == '\n';
        int spacesAfter = k - j;
        // before: the spaces, then the previous character
        int p = i - 1;
        while (p >= span.start() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        int spacesBefore = i - 1 - p;
        boolean lineStart = p < span.start() || text.charAt(p) == '\n';
        if (spacesBefore >= 2 && (lineEnds || spacesAfter >= 2) || spacesAfter >= 3 && !lineEnds) {
            return Optional.empty(); // a margin number, or a column of figures
        }
        if (lineStart) {
            if (lineEnds) {
                return Optional.of(new Weight(ALONE_ON_LINE, false));
            }
            return startsWord(text, k, end) ? Optional.of(new Weight(LINE_START, false)) : Optional.empty();
        }
        char next = k < end ? text.charAt(k) : '\n';
        boolean punctuationNext = !lineEnds && ".,;:)]".indexOf(next) >= 0;
        if (!lineEnds && !startsWord(text, k, end) && !punctuationNext) {
            return Optional.empty();
        }
        if (punctuationNext && k + 1 < end && isDigit(text.charAt(k + 1))) {
            return Optional.empty(); // "12 . 5"
        }
        // the previous character, closing quotes and brackets passed
        int q = p;
        while (q >= span.start() && QUOTES_AND_CLOSERS.indexOf(text.charAt(q)) >= 0) {
            q--;
        }
        if (q < span.start()) {
            return Optional.empty();
        }
        char prev = text.charAt(q);
        if (SENTENCE_END.indexOf(prev) >= 0 || prev == ',' || prev == ';' || prev == ':') {
            int w = q - 1;
            while (w >= span.start() && QUOTES_AND_CLOSERS.indexOf(text.charAt(w)) >= 0) {
                w--;
            }
            if (w < span.start() || !Character.isLetter(text.charAt(w)) || !isCallableWord(wordBefore(text, span, w))
                    || isDigit(next)) {
                return Optional.empty();
            }
            if (SENTENCE_END.indexOf(prev) < 0) {
                return Optional.of(new Weight(AFTER_COMMA, false));
            }
            if (next == '.' || next == ')') {
                return Optional.empty(); // "… phenomenon. 2. The reindeer": an enumeration's item
            }
            if (lineEnds) {
                return Optional.of(new Weight(BEFORE_PUNCTUATION, false));
            }
            boolean capital = Character.isUpperCase(next) || (next == '“' || next == '"')
                    && k + 1 < end && Character.isUpperCase(text.charAt(k + 1));
            return Optional.of(new Weight(capital ? AFTER_SENTENCE : BETWEEN_WORDS, capital));
        }
        if (!Character.isLetter(prev)) {
            return Optional.empty();
        }
        String previous = wordBefore(text, span, q);
        String lower = previous.toLowerCase(Locale.ROOT);
        if (previous.length() < 2 || REFERENCE_WORDS.contains(lower)
                || ROMAN.matcher(previous).matches() && previous.equals(previous.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (QUANTIFIERS.contains(lower)) {
            return Optional.of(new Weight(AFTER_QUANTIFIER, false));
        }
        if (lineEnds || punctuationNext) {
            return Optional.of(new Weight(BEFORE_PUNCTUATION, false));
        }
        String following = wordAt(text, k, end);
        if (Character.isLowerCase(text.charAt(q)) && CLAUSE_WORDS.contains(following)) {
            return Optional.of(new Weight(BEFORE_CLAUSE, false));
        }
        return Optional.of(new Weight(BETWEEN_WORDS, false));
    }

    /** the word ending at {@code k}, a possessive's owner for {@code Joseph's} */
    private static String wordBefore(String text, Span span, int k) {
        String word = wordEndingAt(text, span, k);
        int start = k + 1 - word.length();
        if (word.equals("s") && start - 2 >= span.start() && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’')
                && Character.isLetter(text.charAt(start - 2))) {
            return wordEndingAt(text, span, start - 2);
        }
        return word;
    }

    private static boolean startsWord(String text, int k, int end) {
        if (k >= end) {
            return false;
        }
        char c = text.charAt(k);
        if (c == '“' || c == '"' || c == '‘' || c == '[' || c == '(') {
            return k + 1 < end && Character.isLetter(text.charAt(k + 1));
        }
        return Character.isLetter(c);
    }

    private static String wordAt(String text, int k, int end) {
        int w = k;
        while (w < end && Character.isLetter(text.charAt(w))) {
            w++;
        }
        return text.substring(k, w);
    }

    /** what may follow a call at a block's start, once the section number is passed: a word, a quote, the end */
    private static Optional<Double> trailing(String text, Span span, int j) {
        if (j == span.end()) {
            return Optional.of(AFTER_SECTION_NUMBER);
        }
        char after = text.charAt(j);
        if (after == ' ' || after == '\n') {
            return startsWord(text, j + 1, span.end()) ? Optional.of(AFTER_SECTION_NUMBER) : Optional.empty();
        }
        return Optional.empty();
    }

    /** digits at {@code i} follow a run of closing marks that follows a word */
    private static boolean glued(String text, Span span, int i) {
        int k = i - 1;
        boolean onlyColons = true;
        boolean quoteOrParen = false;
        while (k >= span.start() && CLOSERS.indexOf(text.charAt(k)) >= 0) {
            char c = text.charAt(k);
            onlyColons &= c == ':';
            quoteOrParen |= "”’\")]»".indexOf(c) >= 0;
            k--;
        }
        if (onlyColons || k < span.start()) {
            return false;
        }
        char last = text.charAt(k);
        if (isDigit(last)) {
            // "in 1938.”12": a number closed by a quote or bracket; "3.5" or "1.E.8" is no call
            return quoteOrParen;
        }
        if (!Character.isLetter(last)) {
            return false;
        }
        String word = wordEndingAt(text, span, k);
        int wordStart = k + 1 - word.length();
        if (wordStart > span.start() && isDigit(text.charAt(wordStart - 1))) {
            // "the 1930s.12", "the 20th.3": a number with its suffix ends the sentence
            return Set.of("s", "th", "st", "nd", "rd", "d", "'s", "es").contains(word.toLowerCase(Locale.ROOT));
        }
        if (word.length() == 1 && text.charAt(k + 1) == '.') {
            return isInitialism(text, span, k);
        }
        return isCallableWord(word);
    }

    /** "the U.S.12", "the U.S.S.R.228": capitals with periods, not an era such as "A.D.1200" */
    private static boolean isInitialism(String text, Span span, int k) {
        StringBuilder letters = new StringBuilder();
        int p = k;
        while (p >= span.start() && Character.isUpperCase(text.charAt(p))
                && (p == span.start() || !Character.isLetterOrDigit(text.charAt(p - 1)) || text.charAt(p - 1) == '.')) {
            letters.insert(0, text.charAt(p));
            if (p - 2 >= span.start() && text.charAt(p - 1) == '.') {
                p -= 2;
            } else {
                break;
            }
        }
        return letters.length() >= 2 && !ERAS.contains(letters.toString());
    }

    private static final Set<String> ERAS = Set.of("AD", "BC", "CE", "BCE", "AH", "AM", "PM", "AUC", "AC", "OS", "NS");

    /** the run of letters ending at {@code k} */
    private static String wordEndingAt(String text, Span span, int k) {
        int s = k;
        while (s > span.start() && (Character.isLetter(text.charAt(s - 1)))) {
            s--;
        }
        return text.substring(s, k + 1);
    }

    /** a call follows a real word: not a single letter, an abbreviation for a reference, or a Roman numeral */
    private static boolean isCallableWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.length() >= 2 && !ABBREVIATIONS.contains(lower) && !ROMAN.matcher(lower).matches();
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "p", "pp", "pg", "vol", "vols", "no", "nos", "nr", "ch", "chap", "cap", "c", "cc", "v", "vv",
            "ver", "l", "ll", "lib", "tom", "fol", "ff", "f", "art", "sec", "sect", "par", "para", "fig",
            "figs", "col", "cols", "n", "nn", "ep", "epist", "op", "cit", "ibid", "id", "loc", "bk", "pt",
            "ed", "eds", "edn", "st", "mt", "ps", "cf", "ad", "bc", "anno");

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
