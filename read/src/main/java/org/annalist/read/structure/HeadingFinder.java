package org.annalist.read.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Heading;

/**
 * Tells whether a block is a heading: a structural head ({@code BOOK II}, {@code CHAPTER IV.},
 * {@code Chapter I: The Extent Of The Empire…}), a Roman-numeral section head, a short
 * all-capitals line ({@code FIRST DEPUTY NKVD USSR}) or a short Title-Case line without
 * the punctuation of prose. Precision comes first: transcript labels, dates, table rows and
 * short prose sentences are not headings. Level 1 is a book, part or volume, 2 a chapter, 3 the rest.
 */
final class HeadingFinder {

    private static final String NUMBER =
            "(?:[0-9]+(?:\\.[0-9IVXLC]+)*|[IVXLCDM]+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|"
                    + "eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|the first|the second|the last))";
    private static final Pattern TOP = Pattern.compile(
            "^(?:BOOK|PART|VOLUME|Book|Part|Volume)\\s+" + NUMBER + "\\b.*");
    private static final Pattern CHAPTER = Pattern.compile(
            "^(?:CHAPTER|Chapter)\\s+" + NUMBER + "\\b.*");
    private static final Pattern SECTION = Pattern.compile(
            "^(?:SECTION|Section|APPENDIX|Appendix)(?:\\s+" + NUMBER + "\\b.*)?$");
    private static final Pattern ROMAN_HEAD = Pattern.compile("^[IVXLC]+\\.?(?:\\s+\\p{Lu}.*)?$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?,;:…][\"'”’)\\]]*$");
    /** a letter's signature, "U. S. GRANT.", "A. LINCOLN." */
    private static final Pattern SIGNATURE = Pattern.compile("^(?:\\p{Lu}\\. ?){1,3}\\p{Lu}[\\p{Lu}'’-]+\\.?$");
    private static final Pattern TURN_LIKE = Pattern.compile(".*:\\s*.*\\p{Ll}.*");

    static final int MAX_LENGTH = 120;
    /** columns: words set apart by runs of spaces at least twice on the line, "KILLED  WOUNDED  MISSING" */
    private static final Pattern TABLE_ROW = Pattern.compile("\\S[ \\t]{2,}\\S+[ \\t]{2,}\\S");

    private HeadingFinder() {
    }

    /** {@return the heading {@code block} is, if it is one} */
    static Optional<Heading> heading(String source, Block block) {
        if (block.lines() > 3 || block.span().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (TABLE_ROW.matcher(block.text(source)).find()) {
            return Optional.empty();
        }
        String text = block.text(source).replaceAll("\\s+", " ");
        int level = level(text);
        if (level == 0) {
            return Optional.empty();
        }
        return Optional.of(new Heading(block.span(), level, text));
    }

    /** {@return 1–3 when {@code line} reads as a heading, else 0} */
    static int level(String line) {
        if (line.endsWith(":") || line.endsWith(",") || line.endsWith(";") || SIGNATURE.matcher(line).matches()) {
            return 0;
        }
        if (TOP.matcher(line).matches() && line.length() <= MAX_LENGTH) {
            return 1;
        }
        if (CHAPTER.matcher(line).matches()) {
            return 2;
        }
        if (SECTION.matcher(line).matches() && line.length() <= 80) {
            return 3;
        }
        if (line.length() <= 60 && ROMAN_HEAD.matcher(line).matches() && !SENTENCE_END.matcher(line).find(Math.min(2, line.length()))) {
            return 3;
        }
        if (line.length() <= 60 && line.matches("^[IVXLC]+\\.$")) {
            return 3;
        }
        if (isAllCapitals(line)) {
            return 3;
        }
        if (isTitleCase(line)) {
            return 3;
        }
        return 0;
    }

    /** {@return true for a head numbered in Roman numerals}: {@code II}, {@code IV.}, {@code XII. THE SIEGE} */
    static boolean isNumberedHead(String line) {
        return line.length() <= 60 && (ROMAN_HEAD.matcher(line).matches() || line.matches("^[IVXLC]+\\.$"));
    }

    /** {@return true when only the title-case rule makes {@code line} a heading}: no capitals, number or structural word */
    static boolean onlyByTitleCase(String line) {
        return level(line) == 3 && isTitleCase(line) && !isAllCapitals(line)
                && !ROMAN_HEAD.matcher(line).matches() && !SECTION.matcher(line).matches();
    }

    private static boolean isAllCapitals(String line) {
        if (line.length() > 100 || !Character.isLetter(line.charAt(0)) && line.charAt(0) != '“' && line.charAt(0) != '"') {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        // "A." or "I" are initials or pronouns, not heads; a transcript label has a colon
        return letters >= 3 && line.split(" ").length <= 14 && line.indexOf(':') < 0
                && !line.endsWith(",") && !line.endsWith(";");
    }

    private static boolean isTitleCase(String line) {
        if (line.length() > 70 || !Character.isUpperCase(line.charAt(0))
                || SENTENCE_END.matcher(line).find() || TURN_LIKE.matcher(line).matches()) {
            return false;
        }
        String[] words = line.split(" ");
        if (words.length > 10) {
            return false;
        }
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i)) || w.charAt(i) == ',') {
                    return false;
                }
            }
            if (w.length() >= 4 && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** {@return true for a notes heading: NOTES, Notes, ENDNOTES, NOTES TO BOOK I, Notes to Chapter 3, WAR BOOK 3 FOOTNOTES} */
    static boolean isNotesHeading(String line) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        // a rule line may stand above the heading in the same block: "__________\n FOOTNOTES";
        // Markdown may mark it: "## Notes", "**Notes**"
        String last = line.strip().replaceFirst("^(?:[_=*\\-]{3,}\\s*\\n)+", "").strip()
                .replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+$", "").replaceAll("^(\\*\\*|__)(.+)\\1$", "$2");
        return NOTES.matcher(last).matches();
    }

    /**
     * {@return where the notes heading that opens {@code block} ends}: the block's end when
     * the whole block is one, the end of the heading's words when the first note's label
     * follows on the same line ({@code WAR BOOK 7 FOOTNOTES 2 (return) [}); -1 when the block
     * opens with no notes heading
     */
    static int notesHeadingEnd(String source, Block block) {
        String text = block.text(source);
        if (isNotesHeading(text)) {
            return block.span().end();
        }
        Matcher m = NOTES_THEN_LABEL.matcher(text);
        return m.lookingAt() ? block.span().start() + m.end(1) : -1;
    }

    private static final String NOTES_WORD = "(?:NOTES|Notes|ENDNOTES|Endnotes|END NOTES|FOOTNOTES|Footnotes)";
    private static final Pattern NOTES = Pattern.compile(
            "^(?:[\\p{Lu}0-9][\\p{Lu}0-9 .,'’-]{0,40} )?" + NOTES_WORD
                    + "(?:\\s+(?:TO|FOR|ON)\\s+[^\\p{Ll}.!?]{1,60}"
                    + "|\\s+(?:to|for|on)\\s+(?:the\\s+)?(?:Book|Chapter|Part|Volume|Pages?|Introduction|Preface|Text|Sources|Letters)\\b[^.!?]{0,40})?"
                    + "[.:]?$");
    /** a notes heading in capitals and the first note's label on the same line */
    private static final Pattern NOTES_THEN_LABEL = Pattern.compile(
            "((?:[\\p{Lu}0-9][\\p{Lu}0-9 .,'’-]{0,40} )?(?:NOTES|ENDNOTES|FOOTNOTES))[ \\t]+(?=[\\[(*0-9])");
}
