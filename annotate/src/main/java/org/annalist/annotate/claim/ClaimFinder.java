package org.annalist.annotate.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.annotate.parse.ParsedSentence;
import org.annalist.model.Span;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.ClaimKind;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Qualifier;

/**
 * Finds the numeric claims of sentences: a figure ({@link NumberParser}) that counts something
 * — a measure of the lexicon after it ("792 killed", "100,000 Japanese casualties", "1,200
 * killed, wounded and missing"), or before it ("our loss was 1,200", "a force of 5,000"), or,
 * read from the parse ({@link CountReader}), any noun it counts ("10,000 military engagements",
 * "1,200 of his followers"), or the measure of the figure before it when the text leaves it
 * out ("The Italians had 400 casualties, the Eritreans 873") — with the qualifier before it
 * ("more than", "an estimated"), whose figure it is (the phrase's own side or name, else the
 * subject of its clause), what kind it is ({@link ClaimKind}: casualties and forces weigh more
 * than a count of description such as "two divisions"), and its role: a plain figure, a stated
 * difference ("2,600 fewer") or a stated total ("a total of"). A range of estimates ("between
 * 50,000 and 200,000", "90,000-100,000 people") is one claim with both ends; a percentage
 * ("40%"), a sum of money ("$2 billion", "2 billion dollars") and a proportion ({@link Proportions}: "half of
 * the garrison was killed", "outnumbered them three to one") are claims too.
 *
 * <p>Not claims: figures inside excluded spans (dates and durations of the time layer),
 * year-like figures, units of length, time and pages ("ten miles", "page 45"), vague plurals
 * ("hundreds of"), "one" in words, and ordinals.
 */
public final class ClaimFinder {

    /** A sentence to read, with its parse when it has one. */
    public record Sentence(Span span, Optional<ParsedSentence> parse) {
        public Sentence {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(parse, "parse");
        }
    }

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*|[;:,—–()\\[\\]“”\"]");
    private static final Set<String> MODIFIERS = Set.of("more", "additional", "other", "fresh", "extra", "enemy",
            "in", "effective", "able-bodied", "armed", "regular", "picked", "new", "of", "were", "was", "been", "had", "have");
    private static final Set<String> DETERMINERS = Set.of("the", "his", "their", "our", "its", "her", "my", "them", "these",
            "those");
    private static final Set<String> YEAR_CONTEXT = Set.of("in", "of", "since", "by", "until", "till", "from", "to",
            "during", "after", "before", "summer", "winter", "spring", "autumn", "fall", "year", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "and", "or");
    private static final Pattern DEFINITE = Pattern.compile("(?i)(?<![\\p{L}])(?:the|these|those|both|all)(?:\\s+other)?\\s+$");
    private static final Pattern COMPARATIVE = Pattern.compile("(?i)\\s*(fewer|less|more)(?![\\p{L}])");
    /** the high end of a range right after a figure: "3,000 to 4,000", "90,000-100,000", "two or three" */
    private static final Pattern RANGE_AFTER = Pattern.compile("(?i)\\s*(?:to|or|-|–)\\s*");
    private static final Pattern BETWEEN = Pattern.compile("(?i)(?<![\\p{L}])between\\s+$");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");
    private static final Pattern HIGH_DIGITS = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"
            + "(?:\\s+(?:hundred|thousand|million|billion))?(?![\\p{L}\\p{N}])");
    /** "40%", "20 per cent"; "$2 billion", "£300,000" */
    private static final Pattern PERCENT = Pattern.compile("(?<![\\p{L}\\p{N}.,])((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)"
            + "\\s?(?:%|per\\s?cent\\b|percent\\b)");
    private static final Pattern PERCENT_SIGN = Pattern.compile("\\s?(?:%|per\\s?cent\\b|percent\\b)");
    private static final Pattern CURRENCY_SIGN = Pattern.compile("([$£€])\\s?$");
    private static final Pattern MONEY = Pattern.compile("([$£€])\\s?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"
            + "(?:\\s+(?:thousand|million|billion))?)(?![\\p{L}\\p{N}])");
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
            // "the strength of the Varga brigade rose to 4,000": whose strength, then how it came to the figure
            + "|prisoners|strength)(?:\\s+of\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?"
            + "(?=\\s+(?:was|were|is|are|amounted|numbered|totall?ed|reached|came|stood|exceeded|grew|rose|increased|swelled"
            + "|fell|dropped|declined)\\b))?"
            + "(?:\\s+(?:was|were|is|are|amounted\\s+to|numbered|totaled|totalled|reached|came\\s+to"
            + "|stood\\s+at|of|at|exceeded|grew\\s+to|rose\\s+to|increased\\s+to|swelled\\s+to|fell\\s+to|dropped\\s+to"
            + "|declined\\s+to|:))+|(lost|losing|loses|lose)|(army|force|forces|garrison|command|corps"
            + "|column|division|detachment)\\s+(?:of|numbering|numbered|totaling|totalling))\\s+$");

    private final Measures measures;
    private final Qualifiers qualifiers;
    private final Sides sides;
    private final CountReader counts;
    private final Proportions proportions;

    ClaimFinder(Measures measures, Qualifiers qualifiers, Sides sides, Proportions proportions) {
        this.measures = measures;
        this.qualifiers = qualifiers;
        this.sides = sides;
        this.counts = new CountReader(measures, sides);
        this.proportions = proportions;
    }

    /** {@return a finder with the standard lexicons} */
    public static ClaimFinder standard() {
        return standard(Measures.standard(), Sides.standard());
    }

    /** {@return a finder with the standard qualifiers and proportions, reading {@code measures} and {@code sides}} */
    static ClaimFinder standard(Measures measures, Sides sides) {
        return new ClaimFinder(measures, Qualifiers.standard(), sides, Proportions.standard());
    }

    /**
     * {@return the claims of {@code sentences} of {@code text}, in order}, read from the text
     * alone; figures overlapping an {@code excluded} span are skipped
     */
    public List<FoundClaim> find(String text, List<Span> sentences, List<Span> excluded) {
        return findParsed(text, sentences.stream().map(s -> new Sentence(s, Optional.empty())).toList(), excluded);
    }

    /**
     * {@return the claims of {@code sentences} of {@code text}, in order}, each read with its
     * parse where it has one; figures overlapping an {@code excluded} span are skipped
     */
    public List<FoundClaim> findParsed(String text, List<Sentence> sentences, List<Span> excluded) {
        List<FoundClaim> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<FoundClaim> inSentence = new ArrayList<>();
            Set<Span> consumed = new HashSet<>();
            Proportions.Reading reading = proportions.read(text, s.span());
            List<Proportions.Proportion> shares = reading.proportions().stream()
                    .filter(p -> excluded.stream().noneMatch(x -> x.overlaps(p.words()))).toList();
            for (Figure f : figures(text, s.span())) {
                if (consumed.contains(f.span()) || excluded.stream().anyMatch(x -> x.overlaps(f.span()))
                        || reading.words().stream().anyMatch(w -> w.overlaps(f.span()))) {
                    continue;
                }
                claim(text, s, f, inSentence, consumed).ifPresent(inSentence::add);
            }
            for (Proportions.Proportion p : shares) {
                int clauseStart = clauseStart(text, s.span().start(), p.words().start());
                inSentence.add(found(text, s, new Figure(p.words(), p.value(), 1, true), p.end(), p.measure(), p.kind(),
                        sides.lastIn(text, clauseStart, p.words().start()), clauseStart, FoundClaim.Role.PROPORTION, false,
                        Optional.empty()));
            }
            inSentence.sort((a, b) -> a.claim().number().compareTo(b.claim().number()));
            out.addAll(inSentence);
        }
        return out;
    }

    /**
     * {@return true when a figure of {@code sentence} may count something read from its parse}:
     * one not inside an {@code excluded} span, not a word for one, a percentage, a sum of money,
     * a year or a reference to known groups. A sentence where this is false needs no parse.
     */
    public boolean mayCount(String text, Span sentence, List<Span> excluded) {
        for (Figure f : figures(text, sentence)) {
            if (f.words() && f.value() < 2 || excluded.stream().anyMatch(x -> x.overlaps(f.span()))) continue;
            String before = text.substring(clauseStart(text, sentence.start(), f.span().start()), f.span().start());
            if (PERCENT_SIGN.matcher(text).region(f.span().end(), sentence.end()).lookingAt()
                    || CURRENCY_SIGN.matcher(before).find()) {
                continue;
            }
            if (countable(text, f, before)) return true;
        }
        return false;
    }

    /** {@return false for a year, and for "the two armies", "the other three corps": groups already known, not a count} */
    private boolean countable(String text, Figure f, String before) {
        return !yearLike(text, f, before) && !(f.words() && DEFINITE.matcher(before).find());
    }

    /** The figures of a sentence: NumberParser's, and the figures of percentages and sums of money, which it leaves alone. */
    private static List<Figure> figures(String text, Span sentence) {
        List<Figure> out = new ArrayList<>(NumberParser.find(text, sentence.start(), sentence.end()));
        for (Pattern p : List.of(PERCENT, MONEY)) {
            Matcher m = p.matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                int g = p == PERCENT ? 1 : 2;
                Span digits = Span.of(m.start(g), m.end(g));
                if (out.stream().anyMatch(f -> f.span().overlaps(digits))) continue;
                NumberParser.parse(m.group(g)).ifPresent(v -> out.add(new Figure(digits, v, 1, false)));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private Optional<FoundClaim> claim(String text, Sentence s, Figure f, List<FoundClaim> earlier, Set<Span> consumed) {
        Span sentence = s.span();
        if (f.words() && f.value() < 2) return Optional.empty();
        int clauseStart = clauseStart(text, sentence.start(), f.span().start());
        String before = text.substring(clauseStart, f.span().start());
        Matcher percent = PERCENT_SIGN.matcher(text).region(f.span().end(), sentence.end());
        if (percent.lookingAt()) {
            return Optional.of(found(text, s, f, percent.end(), "percent", ClaimKind.COUNT, Optional.empty(),
                    clauseStart, FoundClaim.Role.PLAIN, false, Optional.empty()));
        }
        Matcher currency = CURRENCY_SIGN.matcher(before);
        if (currency.find()) {
            String money = currency.group(1).equals("$") ? "dollars" : currency.group(1).equals("£") ? "pounds sterling"
                    : "euros";
            return Optional.of(found(text, s, f, f.span().end(), money, ClaimKind.MONEY, Optional.empty(),
                    clauseStart, FoundClaim.Role.PLAIN, false, Optional.empty()));
        }
        if (!countable(text, f, before)) return Optional.empty();
        Optional<Figure> high = highEnd(text, sentence, f, before);
        high.ifPresent(h -> consumed.add(h.span()));
        Figure last = high.orElse(f);
        boolean between = high.isPresent() && BETWEEN.matcher(before).find();

        Optional<String> sideBetween = Optional.empty();
        Optional<Measures.Match> measure = Optional.empty();
        int at = skipBlanks(text, last.span().end(), sentence.end());
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
        int token = s.parse().map(p -> CountReader.figureToken(p, last.span())).orElse(-1);
        // "Seven Pines", "Island No. 10", "Resolution 505": a figure inside a name is part of the name
        if (token >= 0 && s.parse().get().mentionAt(token).filter(o -> o.mention().kind() == MentionKind.NAME).isPresent()) {
            return Optional.empty();
        }
        Optional<CountReader.Count> counted = token < 0 ? Optional.empty() : counts.read(s.parse().get(), token);

        FoundClaim.Role role = FoundClaim.Role.PLAIN;
        String measureText;
        ClaimKind kind;
        int end;
        if (measure.isPresent() && measure.get().entry().kind() == Measures.Kind.UNIT) {
            return Optional.empty();
        } else if (measure.isPresent()) {
            Measures.Entry e = measure.get().entry();
            kind = f.value() < e.least() ? ClaimKind.COUNT : e.kind().claimKind().orElseThrow();
            measureText = e.reading();
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
        } else if (counted.isPresent()) {
            // any noun the parse says the figure counts: "10,000 military engagements", "1,200 of his followers"
            measureText = counted.get().measure();
            kind = counted.get().kind();
            end = Math.max(last.span().end(), counted.get().end());
        } else {
            Matcher comparative = COMPARATIVE.matcher(text).region(f.span().end(), sentence.end());
            Matcher lead = BEFORE.matcher(stripQualifier(text, clauseStart, f));
            long plain = earlier.stream().filter(c -> c.role() == FoundClaim.Role.PLAIN).count();
            if (comparative.lookingAt() && plain >= 2) {
                role = FoundClaim.Role.DIFFERENCE;
                measureText = comparative.group(1).toLowerCase(Locale.ROOT) + " " + collective(text, sentence, earlier);
                kind = earlier.get(0).claim().kind();
                end = comparative.end();
            } else if (IN_ALL.matcher(text).region(f.span().end(), sentence.end()).lookingAt() && plain >= 2) {
                // "410 killed and 1,200 wounded, 1,610 in all"
                role = FoundClaim.Role.TOTAL;
                measureText = "total " + collective(text, sentence, earlier);
                kind = earlier.get(0).claim().kind();
                end = f.span().end();
            } else if (lead.find() && !NOUN_AFTER.matcher(text).region(last.span().end(), sentence.end()).lookingAt()) {
                // "our loss was 1,200", "a force of 6,000" — but not "the loss of two battles"
                measureText = lead.group(1) != null ? normaliseLead(lead.group(1)) : lead.group(2) != null ? "losses" : "troops";
                kind = lead.group(3) != null ? ClaimKind.FORCES : ClaimKind.CASUALTIES;
                end = last.span().end();
            } else if (token >= 0 && counts.fateOfBare(s.parse().get(), token).isPresent()) {
                // "40,000 mutinied in July": what befell them is all the text says they were
                measureText = counts.fateOfBare(s.parse().get(), token).get();
                kind = ClaimKind.COUNT;
                end = last.span().end();
            } else if (!earlier.isEmpty() && !f.words() && elliptical(text, earlier.get(earlier.size() - 1), last)) {
                // "The Italians had 400 casualties, the Eritreans 873": the measure is left out, as said before
                Claim previous = earlier.get(earlier.size() - 1).claim();
                measureText = previous.measure();
                kind = previous.kind();
                end = last.span().end();
            } else {
                return Optional.empty();
            }
        }
        Optional<String> named = sideBetween;
        Optional<String> subject = counted.flatMap(CountReader.Count::subject)
                .or(() -> s.parse().filter(p -> token >= 0).flatMap(p -> figureSubject(p, token)))
                .or(() -> named)
                .or(() -> sides.lastIn(text, clauseStart, f.span().start()));
        return Optional.of(found(text, s, f, end, measureText, kind, subject, clauseStart, role, between || high.isPresent(),
                high.map(Figure::value)));
    }

    /** {@return the claim of figure {@code f} to {@code end}}, its qualifier read before it and its role settled */
    private FoundClaim found(String text, Sentence s, Figure f, int end, String measure, ClaimKind kind,
            Optional<String> subject, int clauseStart, FoundClaim.Role role, boolean range, Optional<Double> high) {
        Matcher between = BETWEEN.matcher(text).region(clauseStart, f.span().start());
        int from = between.find() ? between.start() : f.span().start();
        Optional<Qualifiers.Match> q = qualifiers.before(text, from, clauseStart);
        int start = q.map(Qualifiers.Match::start).orElse(from);
        String lead = text.substring(clauseStart, start);
        if (role == FoundClaim.Role.PLAIN && (TOTAL_BEFORE.matcher(lead).find()
                || TOTAL_AFTER.matcher(text).region(end, s.span().end()).lookingAt())) {
            role = FoundClaim.Role.TOTAL;
        }
        // a range stands for an estimate: approximately, unless a word says how it relates
        Qualifier qualifier = q.map(Qualifiers.Match::qualifier).orElse(range ? Qualifier.APPROXIMATELY : Qualifier.EXACT);
        Optional<Double> upper = high.filter(h -> h > f.value());
        Claim claim = new Claim(Span.of(start, Math.max(end, f.span().end())), f.span(), f.value(), upper, measure, kind,
                subject, qualifier, s.span(), Optional.empty());
        return new FoundClaim(claim, f, role, clauseStart);
    }

    /** {@return the high end of a range starting at {@code f}}: "3,000 to 4,000", "90,000-100,000", "between 50,000 and 200,000" */
    private static Optional<Figure> highEnd(String text, Span sentence, Figure f, String before) {
        Matcher joint = (BETWEEN.matcher(before).find() ? AND : RANGE_AFTER).matcher(text).region(f.span().end(), sentence.end());
        if (!joint.lookingAt()) return Optional.empty();
        int at = joint.end();
        Matcher digits = HIGH_DIGITS.matcher(text).region(at, sentence.end());
        if (!f.words() && digits.lookingAt()) {
            Span span = Span.of(digits.start(), digits.end());
            return NumberParser.parse(digits.group()).filter(v -> v > f.value()).map(v -> new Figure(span, v, 1, false));
        }
        List<Figure> next = NumberParser.find(text, at, Math.min(sentence.end(), at + 40));
        if (!next.isEmpty() && next.get(0).span().start() == at && next.get(0).value() > f.value()) return Optional.of(next.get(0));
        return Optional.empty();
    }

    /** "the Eritreans 873": a bare figure after the previous claim of its clause counts what that one counted */
    private static boolean elliptical(String text, FoundClaim previous, Figure f) {
        int gap = f.span().start() - previous.claim().span().end();
        return gap > 0 && !text.substring(previous.claim().span().end(), f.span().start()).contains(";");
    }

    /** {@return whose figure a bare figure is}: "The Italians lost 800 killed": the subject of its clause */
    private Optional<String> figureSubject(ParsedSentence p, int k) {
        int noun = p.is(k, "nummod") && p.head(k) >= 0 ? p.head(k) : k;
        return counts.subject(p, noun);
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

    private static int skipBlanks(String text, int at, int limit) {
        while (at < limit && Character.isWhitespace(text.charAt(at))) at++;
        return at;
    }
}
