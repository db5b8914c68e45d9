package org.annalist.annotate.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.Qualifier;

/**
 * Finds the numeric claims of sentences: a figure ({@link NumberParser}) that counts a measure
 * of the lexicon — after it ("792 killed", "100,000 Japanese casualties", "1,200 killed,
 * wounded and missing"), or before it ("our loss was 1,200", "a force of 5,000") — with the
 * qualifier before it ("more than"), the side it belongs to ("The Soviets lost ...") and its
 * role: a plain figure, a stated difference ("2,600 fewer") or a stated total ("a total of").
 *
 * <p>Not claims: figures inside excluded spans (dates and durations of the time layer),
 * year-like figures, figures of no measure ("ten days", "page 45"), vague plurals ("hundreds
 * of"), the lower end of a range ("3,000 to 4,000 men"), and a general noun below its least
 * value ("two men").
 */
public final class ClaimFinder {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*|[;:,—–()\\[\\]“”\"]");
    private static final Set<String> MODIFIERS = Set.of("more", "additional", "other", "fresh", "extra", "enemy",
            "in", "effective", "able-bodied", "armed", "regular", "picked", "new", "of", "were", "was", "been", "had", "have");
    private static final Set<String> DETERMINERS = Set.of("the", "his", "their", "our", "its", "her", "my", "them", "these",
            "those");
    private static final Set<String> YEAR_CONTEXT = Set.of("in", "of", "since", "by", "until", "till", "from", "to",
            "during", "after", "before", "summer", "winter", "spring", "autumn", "fall", "year", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "and", "or");
    private static final Pattern DEFINITE = Pattern.compile("(?i)(?<![\\p{L}])(?:the|these|those|both|all)(?:\\s+other)?\\s+$");
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)(?:\\d|(?<![\\p{L}])(?:one|two|three|four|five|six|seven"
            + "|eight|nine|ten|hundred|thousand|million))\\s*(?:to|or|-|–)\\s*$");
    private static final Pattern COMPARATIVE = Pattern.compile("(?i)\\s*(fewer|less|more)(?![\\p{L}])");
    private static final Pattern RANGE_AFTER = Pattern.compile("(?i)\\s*(?:to|or|-|–)\\s*");
    // "a total of", "in all", "our total loss was", "a total loss of"
    private static final Pattern TOTAL_BEFORE = Pattern.compile("(?i)(?:a\\s+total\\s+of|in\\s+all|altogether|all\\s+told"
            + "|total(?:l?ing|l?ed)?(?:\\s+of)?|aggregat(?:e|ing)(?:\\s+of)?|in\\s+total"
            + "|total\\s+(?:[\\p{L}']+\\s+){1,2}?(?:of|was|were|is|are|at|amounted\\s+to|came\\s+to|numbered|reached))\\s+$");
    private static final Pattern TOTAL_AFTER = Pattern.compile("(?i)\\s*(?:in\\s+all|altogether|all\\s+told|in\\s+total)(?![\\p{L}])");
    private static final String FATES = "(killed|wounded|captured|arrested|executed|shot|deported|deployed|massacred"
            + "|murdered|slain|drowned|imprisoned|interned|exiled|evacuated|mobilized|mobilised|repressed|purged|taken\\s+prisoners?"
            + "|engaged|lost|missing)";
    private static final Pattern FATE_AFTER = Pattern.compile("(?i)\\s+(?:(?:were|was|had\\s+been|have\\s+been|being)\\s+)?"
            + FATES + "(?![\\p{L}])");
    private static final Pattern FATE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:had\\s+|were\\s+|was\\s+)?"
            + "(killed|captured|arrested|executed|shot|deported|deployed|massacred|murdered|slew|drowned|imprisoned|interned"
            + "|exiled|evacuated|mobilized|mobilised|lost|losing|took|taken|engaged)\\s+$");
    // a word after a figure that is not a measure makes it count that word, not the lead noun
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s*(?!(?:and|or|in|on|at|while|during|but|of|from|by|with"
            + "|including|besides|exclusive|inclusive|were|was|had|men|strong|effective|all|altogether|killed|wounded"
            + "|missing|dead)(?![\\p{L}]))[\\p{L}]");
    private static final Pattern IN_ALL = Pattern.compile("(?i)\\s*(?:in\\s+all|altogether|all\\s+told|in\\s+total)(?![\\p{L}])");
    private static final Pattern BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:(loss|losses|casualties|killed|dead|wounded"
            + "|prisoners|strength)(?:\\s+(?:was|were|is|are|amounted\\s+to|numbered|totaled|totalled|reached|came\\s+to"
            + "|stood\\s+at|of|at|exceeded|:))+|(lost|losing|loses|lose)|(army|force|forces|garrison|command|corps"
            + "|column|division|detachment)\\s+(?:of|numbering|numbered|totaling|totalling))\\s+$");

    private final Measures measures;
    private final Qualifiers qualifiers;
    private final Sides sides;

    ClaimFinder(Measures measures, Qualifiers qualifiers, Sides sides) {
        this.measures = measures;
        this.qualifiers = qualifiers;
        this.sides = sides;
    }

    /** {@return a finder with the standard lexicons} */
    public static ClaimFinder standard() {
        return new ClaimFinder(Measures.standard(), Qualifiers.standard(), Sides.standard());
    }

    /**
     * {@return the claims of {@code sentences} of {@code text}, in order}; figures overlapping
     * an {@code excluded} span are skipped
     */
    public List<FoundClaim> find(String text, List<Span> sentences, List<Span> excluded) {
        List<FoundClaim> out = new ArrayList<>();
        for (Span s : sentences) {
            List<FoundClaim> inSentence = new ArrayList<>();
            for (Figure f : NumberParser.find(text, s.start(), s.end())) {
                if (excluded.stream().anyMatch(x -> x.overlaps(f.span()))) continue;
                claim(text, s, f, inSentence).ifPresent(inSentence::add);
            }
            out.addAll(inSentence);
        }
        return out;
    }

    private Optional<FoundClaim> claim(String text, Span sentence, Figure f, List<FoundClaim> earlier) {
        if (f.words() && f.value() < 2) return Optional.empty();
        int clauseStart = clauseStart(text, sentence.start(), f.span().start());
        String before = text.substring(clauseStart, f.span().start());
        if (yearLike(text, f, before)) return Optional.empty();
        // "the two armies", "the other three corps": a reference to groups already known, not a count
        if (f.words() && DEFINITE.matcher(before).find()) return Optional.empty();
        boolean rangeEnd = RANGE_BEFORE.matcher(before).find();
        // "3,000 to 4,000 men": the lower end of a range is no claim of its own
        Matcher range = RANGE_AFTER.matcher(text).region(f.span().end(), sentence.end());
        if (range.lookingAt()) {
            List<Figure> next = NumberParser.find(text, range.end(), Math.min(sentence.end(), range.end() + 30));
            if (!next.isEmpty() && next.get(0).span().start() == range.end()) return Optional.empty();
        }

        Optional<String> sideBetween = Optional.empty();
        Optional<Measures.Match> measure = Optional.empty();
        int at = skipBlanks(text, f.span().end(), sentence.end());
        int skipped = 0;
        while (skipped <= 3 && at < sentence.end()) {
            measure = measures.at(text, at, sentence.end());
            if (measure.isPresent()) break;
            Matcher w = WORD.matcher(text).region(at, sentence.end());
            if (!w.lookingAt()) break;
            String word = w.group();
            String lower = word.toLowerCase(Locale.ROOT);
            Optional<String> side = sides.of(word);
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            if (side.isPresent()) {
                sideBetween = side;
            } else if (!(MODIFIERS.contains(lower) || DETERMINERS.contains(lower) && skipped > 0 || capitalised && skipped < 2)) {
                break;
            }
            at = skipBlanks(text, w.end(), sentence.end());
            skipped++;
        }

        FoundClaim.Role role = FoundClaim.Role.PLAIN;
        String measureText;
        int end;
        if (measure.isPresent()) {
            Measures.Entry e = measure.get().entry();
            if (f.value() < e.least()) return Optional.empty();
            measureText = e.phrase();
            end = measure.get().end();
            if (e.kind() == Measures.Kind.FORCE) {
                // "20,000 people were arrested", "shot 300 prisoners": what happened to the group is part of the measure
                Matcher fateAfter = FATE_AFTER.matcher(text).region(end, sentence.end());
                Matcher fateBefore = FATE_BEFORE.matcher(stripQualifier(text, clauseStart, f));
                if (fateAfter.lookingAt()) {
                    measureText = measureText + " " + fateAfter.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    end = fateAfter.end();
                } else if (fateBefore.find()) {
                    measureText = measureText + " " + fateBefore.group(1).toLowerCase(Locale.ROOT);
                }
            }
        } else {
            Matcher comparative = COMPARATIVE.matcher(text).region(f.span().end(), sentence.end());
            Matcher lead = BEFORE.matcher(stripQualifier(text, clauseStart, f));
            if (comparative.lookingAt() && earlier.stream().filter(c -> c.role() == FoundClaim.Role.PLAIN).count() >= 2) {
                role = FoundClaim.Role.DIFFERENCE;
                measureText = comparative.group(1).toLowerCase(Locale.ROOT) + " " + collective(text, sentence, earlier);
                end = comparative.end();
            } else if (IN_ALL.matcher(text).region(f.span().end(), sentence.end()).lookingAt()
                    && earlier.stream().filter(c -> c.role() == FoundClaim.Role.PLAIN).count() >= 2) {
                // "410 killed and 1,200 wounded, 1,610 in all"
                role = FoundClaim.Role.TOTAL;
                measureText = "total " + collective(text, sentence, earlier);
                end = f.span().end();
            } else if (lead.find() && !NOUN_AFTER.matcher(text).region(f.span().end(), sentence.end()).lookingAt()) {
                // "our loss was 1,200", "a force of 6,000" — but not "the loss of two battles"
                measureText = lead.group(1) != null ? normaliseLead(lead.group(1)) : lead.group(2) != null ? "losses" : "troops";
                end = f.span().end();
            } else {
                return Optional.empty();
            }
        }

        Optional<Qualifiers.Match> q = qualifiers.before(text, f.span().start(), clauseStart);
        int start = q.map(Qualifiers.Match::start).orElse(f.span().start());
        String lead = text.substring(clauseStart, start);
        if (role == FoundClaim.Role.PLAIN && (TOTAL_BEFORE.matcher(lead).find()
                || TOTAL_AFTER.matcher(text).region(end, sentence.end()).lookingAt())) {
            role = FoundClaim.Role.TOTAL;
        }
        Optional<String> subject = sideBetween.or(() -> sideBefore(text, clauseStart, f.span().start()));
        // the upper end of a range ("two or three regiments", "3,000 to 4,000 men") stands for an approximate figure
        Qualifier qualifier = q.map(Qualifiers.Match::qualifier).orElse(rangeEnd ? Qualifier.APPROXIMATELY : Qualifier.EXACT);
        Claim claim = new Claim(Span.of(start, end), f.span(), f.value(), measureText, subject, qualifier, sentence,
                Optional.empty());
        return Optional.of(new FoundClaim(claim, f, role, clauseStart));
    }

    /** The clause start: after the last {@code ;} (or a dash followed by a new subject) before the figure. */
    private static int clauseStart(String text, int sentenceStart, int figureStart) {
        for (int i = figureStart - 1; i >= sentenceStart; i--) {
            if (text.charAt(i) == ';') return i + 1;
        }
        return sentenceStart;
    }

    /** A four-digit figure 1000–2099 without a comma in a date-like place is a year, not a count. */
    private boolean yearLike(String text, Figure f, String before) {
        String digits = text.substring(f.span().start(), f.span().end());
        if (!digits.matches("\\d{4}") || f.value() < 1000 || f.value() > 2099) return false;
        Matcher last = Pattern.compile("([\\p{L}]+)\\W*$").matcher(before);
        if (last.find() && YEAR_CONTEXT.contains(last.group(1).toLowerCase(Locale.ROOT))) return true;
        int at = skipBlanks(text, f.span().end(), text.length());
        return measures.at(text, at, text.length()).isEmpty();
    }

    /** The text from the clause start to the figure, without the figure's qualifier. */
    private String stripQualifier(String text, int clauseStart, Figure f) {
        int start = qualifiers.before(text, f.span().start(), clauseStart).map(Qualifiers.Match::start).orElse(f.span().start());
        String s = text.substring(clauseStart, start);
        return s.isEmpty() || Character.isWhitespace(s.charAt(s.length() - 1)) ? s : s + " ";
    }

    private static String normaliseLead(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "loss" -> "losses";
            case "strength" -> "troops";
            default -> n;
        };
    }

    /** The collective word a stated difference compares: the sentence's "casualties" or "losses", else its first measure. */
    private static String collective(String text, Span sentence, List<FoundClaim> earlier) {
        String s = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
        for (String w : List.of("casualties", "losses", "dead", "killed", "troops", "men")) {
            if (Pattern.compile("(?<![\\p{L}])" + w + "(?![\\p{L}])").matcher(s).find()) return w;
        }
        return earlier.get(0).claim().measure();
    }

    /** The last side word of the clause before the figure ("The Soviets lost 792 killed"). */
    private Optional<String> sideBefore(String text, int clauseStart, int figureStart) {
        Matcher w = WORD.matcher(text).region(clauseStart, figureStart);
        Optional<String> last = Optional.empty();
        String previous = "";
        while (w.find()) {
            Optional<String> side = sides.of(w.group());
            // "the Soviet Union": the nationality word, not "Union", names the side
            if (side.isPresent() && !(sides.of(previous).isPresent() && Character.isUpperCase(previous.charAt(0)))) {
                last = side;
            }
            previous = w.group();
        }
        return last;
    }

    private static int skipBlanks(String text, int at, int limit) {
        while (at < limit && Character.isWhitespace(text.charAt(at))) at++;
        return at;
    }
}
