package org.annalist.read.structure;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.annalist.model.TranscriptTurn;

/**
 * Reads a paragraph as a transcript turn when it opens with an all-capitals speaker label
 * of one to three words and a colon, then prose: {@code STALIN: Tell me…},
 * {@code MR. SMITH: …}, {@code Q: …}. Structural words ({@code CHAPTER IV: …}) are not
 * speakers.
 */
final class TranscriptTurnFinder {

    private static final String WORD = "\\p{Lu}[\\p{Lu}'’.\\-]*";
    private static final Pattern LABEL = Pattern.compile(
            "^(" + WORD + "(?: " + WORD + "){0,2}):[ \\t]+(?=\\S)");
    private static final Set<String> NOT_SPEAKERS = Set.of(
            "CHAPTER", "BOOK", "PART", "VOLUME", "SECTION", "NOTE", "NOTES", "APPENDIX", "TABLE",
            "FIGURE", "SOURCE", "SOURCES", "PS", "P.S.", "N.B.", "NB", "RE", "SUBJECT", "TO", "FROM",
            "DATE", "CC");
    /** a letter's salutation ({@code SIR:}, {@code GENERAL:}) is not a speaker when it is the whole label */
    private static final Set<String> SALUTATIONS = Set.of(
            "SIR", "SIRS", "MADAM", "MADAME", "GENTLEMEN", "GENERAL", "GEN.", "GEN", "COLONEL", "CAPTAIN",
            "DEAR SIR", "MY DEAR SIR", "DEAR MADAM", "MY LORD", "SIRE", "BROTHER");

    private TranscriptTurnFinder() {
    }

    /** {@return the turn {@code block} is, if it is one} */
    static Optional<TranscriptTurn> turn(String source, Block block) {
        String text = block.text(source);
        Matcher m = LABEL.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String label = m.group(1);
        String first = label.split(" ")[0];
        if (NOT_SPEAKERS.contains(first) || SALUTATIONS.contains(label) || label.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        // the turn's words are prose, not a capitalised heading
        if (text.substring(m.end()).chars().noneMatch(Character::isLowerCase)) {
            return Optional.empty();
        }
        int start = block.span().start();
        return Optional.of(new TranscriptTurn(block.span(), Span.of(start, start + label.length()), nameCase(label)));
    }

    /** {@return {@code label} in name case: {@code MR. SMITH} → {@code Mr. Smith}, {@code O'BRIEN} → {@code O'Brien}} */
    static String nameCase(String label) {
        StringBuilder out = new StringBuilder(label.length());
        boolean upper = true;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = !Character.isLetter(c);
        }
        return out.toString();
    }
}
