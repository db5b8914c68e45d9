package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.CallStyle;
import org.annalist.model.Span;

/**
 * Finds, by form alone, every place in a paragraph that may be a note call:
 * <ul>
 * <li>GLUED: digits right after a word's closing punctuation or quote ({@code city.217},
 *     {@code circles.”211}, {@code communications).”223}, {@code war”219}); not decimals,
 *     times or comma numbers (a digit before the punctuation), not page and volume
 *     references ({@code p.217}, {@code ii.186}), not after a single letter ({@code 1.E.8}).</li>
 * <li>BRACKETED: {@code [82]}, {@code [*]}, {@code [4a]}, and the starred {@code (*3)}; not {@code [15.]},
 *     {@code [c. 67.]}, ordinals such as {@code [22d]}, nor a label opening a paragraph.</li>
 * <li>MARKDOWN: {@code [^3]}.</li>
 * <li>SPACED: a number after sentence punctuation and a space, before the next sentence:
 *     {@code ). 12 This}.</li>
 * <li>BARE: a number between a lower-case word and a function word:
 *     {@code to the end that 1 neither}.</li>
 * </ul>
 * SPACED and BARE candidates are weak; {@link NoteCallFinder} keeps them only when the
 * running order of calls or the notes present vouch for them.
 */
final class CallCandidates {

    private static final Pattern BRACKET = Pattern.compile(
            "\\[\\^([^\\]\\s]{1,20})\\]|\\[([0-9]{1,4}[a-z]?|[*†‡§]{1,3}[0-9]{0,4})\\]|\\((\\*[0-9]{1,3})\\)");
    private static final String CLOSERS = ".,;:!?)]”’\"'»…";
    private static final String SENTENCE_END = ".!?";

    /** words after which a number is a reference or a quantity, not a call */
    private static final Set<String> REFERENCE_WORDS = Set.of(
            "p", "pp", "pg", "vol", "vols", "no", "nos", "nr", "ch", "chap", "cap", "c", "cc", "v", "vv",
            "ver", "l", "ll", "lib", "tom", "fol", "ff", "f", "art", "sec", "sect", "par", "para", "fig",
            "figs", "col", "cols", "n", "nn", "note", "notes", "ep", "epist", "op", "cit", "ibid", "id",
            "loc", "bk", "pt", "part", "book", "line", "lines", "page", "pages", "chapter", "chapters",
            "section", "sections", "volume", "verse", "verses", "psalm", "act", "scene", "table", "item",
            "number", "numbers", "article", "articles", "plate", "map", "ed", "eds", "edn", "st", "mt",
            "ps", "cf", "ad", "bc", "anno", "aged", "age", "about", "nearly", "almost",
            "over", "under", "some", "only", "than", "of", "the", "a", "an", "with", "by", "for", "to",
            "in", "on", "at", "from", "and", "or", "these", "those", "its", "his", "her", "their", "our",
            "my", "your", "first", "last", "next", "every", "each", "all", "until", "till", "since",
            "before", "after", "around", "approximately", "roughly", "least", "most", "between", "per");

    /** words that may follow a flattened superscript: they open a clause, they are not nouns */
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "neither", "nor", "the", "and", "but", "or", "he", "she", "it", "they", "we", "i", "this",
            "that", "which", "who", "whom", "whose", "as", "when", "while", "however", "there", "his",
            "her", "their", "its", "not", "so", "yet", "then", "thus", "although", "though", "if",
            "whereas", "was", "were", "is", "are", "had", "has", "have", "would", "could", "should",
            "will", "may", "might", "must", "where", "because", "unless", "what", "these", "those");

    private static final Pattern ROMAN = Pattern.compile("(?i)(?:x{0,3}|xl|l|lx{1,3}|xc)(?:i{1,3}|iv|v|vi{1,3}|ix)?");

    private CallCandidates() {
    }

    /** {@return the candidates in {@code span} of {@code text}, in order} */
    static List<CallCandidate> in(String text, Span span) {
        List<CallCandidate> out = new ArrayList<>();
        int end = span.end();
        Matcher bracket = BRACKET.matcher(text).region(span.start(), end);
        int nextBracket = bracket.find() ? bracket.start() : Integer.MAX_VALUE;
        int i = span.start();
        while (i < end) {
            if (i == nextBracket) {
                bracketed(text, span, bracket).ifPresent(out::add);
                i = bracket.end();
                nextBracket = bracket.find() ? bracket.start() : Integer.MAX_VALUE;
                continue;
            }
            char c = text.charAt(i);
            if (!isDigit(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < end && isDigit(text.charAt(j))) {
                j++;
            }
            numeral(text, span, i, j).ifPresent(out::add);
            i = j;
        }
        return out;
    }

    private static Optional<CallCandidate> bracketed(String text, Span span, Matcher m) {
        if (m.group(1) != null) {
            return Optional.of(new CallCandidate(Span.of(m.start(), m.end()), m.group(1), CallStyle.MARKDOWN));
        }
        String marker = m.group(2) != null ? m.group(2) : m.group(3);
        // "[1] The author…" opening a paragraph is a note's label, not a call
        if (m.start() == span.start()) {
            return Optional.empty();
        }
        // "[22d]", "[2d]", "[1st]": an ordinal, editorial
        if (marker.endsWith("d") && marker.length() >= 2) {
            char before = marker.charAt(marker.length() - 2);
            if (before == '2' || before == '3') {
                return Optional.empty();
            }
        }
        return Optional.of(new CallCandidate(Span.of(m.start(), m.end()), marker, CallStyle.BRACKETED));
    }

    private static Optional<CallCandidate> numeral(String text, Span span, int i, int j) {
        int end = span.end();
        if (j - i > 4 || text.charAt(i) == '0') {
            return Optional.empty();
        }
        // after: not glued to a letter or digit, not the integer part of 3.5, 10:30, 30,000
        if (j < end) {
            char after = text.charAt(j);
            if (Character.isLetterOrDigit(after)) {
                return Optional.empty();
            }
            if ((after == '.' || after == ',' || after == ':') && j + 1 < end && isDigit(text.charAt(j + 1))) {
                return Optional.empty();
            }
        }
        if (i == span.start()) {
            return Optional.empty();
        }
        char before = text.charAt(i - 1);
        Span digits = Span.of(i, j);
        String marker = text.substring(i, j);
        if (CLOSERS.indexOf(before) >= 0) {
            return glued(text, span, i) ? Optional.of(new CallCandidate(digits, marker, CallStyle.GLUED))
                    : Optional.empty();
        }
        if (before != ' ' || j - i > 3) {
            return Optional.empty();
        }
        if (spaced(text, span, i, j)) {
            return Optional.of(new CallCandidate(digits, marker, CallStyle.SPACED));
        }
        if (bare(text, span, i, j)) {
            return Optional.of(new CallCandidate(digits, marker, CallStyle.BARE));
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
            return DIGIT_SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
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

    private static final Set<String> DIGIT_SUFFIXES = Set.of("s", "th", "st", "nd", "rd", "d", "'s", "es");

    private static boolean spaced(String text, Span span, int i, int j) {
        int k = i - 2;
        while (k >= span.start() && "”’\"')]".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        if (k < span.start() || SENTENCE_END.indexOf(text.charAt(k)) < 0) {
            return false;
        }
        int w = k - 1;
        while (w >= span.start() && "”’\"')]".indexOf(text.charAt(w)) >= 0) {
            w--;
        }
        if (w < span.start() || !Character.isLetter(text.charAt(w))) {
            return false;
        }
        if (!isCallableWord(wordEndingAt(text, span, w))) {
            return false;
        }
        if (j == span.end()) {
            return true;
        }
        if (text.charAt(j) != ' ' || j + 1 >= span.end()) {
            return false;
        }
        char next = text.charAt(j + 1);
        if (next == '“' || next == '"') {
            return j + 2 < span.end() && Character.isUpperCase(text.charAt(j + 2));
        }
        return Character.isUpperCase(next);
    }

    private static boolean bare(String text, Span span, int i, int j) {
        if (i - 2 < span.start() || !Character.isLowerCase(text.charAt(i - 2))) {
            return false;
        }
        String previous = wordEndingAt(text, span, i - 2);
        if (previous.length() < 2 || REFERENCE_WORDS.contains(previous.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (j + 1 >= span.end() || text.charAt(j) != ' ') {
            return false;
        }
        int w = j + 1;
        while (w < span.end() && Character.isLetter(text.charAt(w))) {
            w++;
        }
        String next = text.substring(j + 1, w);
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && CLAUSE_WORDS.contains(next);
    }

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
            "ed", "eds", "edn", "st", "mt", "ps", "cf", "ad", "bc", "anno", "page", "line", "verse", "psalm",
            "item", "plate", "map", "table", "part", "book", "note");

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
