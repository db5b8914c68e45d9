package org.annalist.annotate.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.annalist.annotate.Lexicons;
import org.annalist.model.Span;
import org.annalist.model.layer.ClaimKind;

/**
 * Finds the proportions a history states in place of a count:
 * <ul>
 * <li>a share of a group that met a fate: "half of Marsh's column was killed", "less than a tenth of the army
 * deserted", "they lost a third of their men" (value 0.5, 0.1, 1/3); a share with no fate ({@code fates.txt})
 * is no claim ("half the army camped by the river");</li>
 * <li>a ratio of forces: "outnumbered the garrison three to one", "by more than two to one" (value 3, 2);</li>
 * <li>a multiple: "twice the number of enemy troops", "the column had tripled in size" (value 2, 3).</li>
 * </ul>
 * A ratio between two stated figures ("twice as many killed as wounded") is the checker's, not a claim here.
 */
final class Proportions {

    /** A proportion: its own words (the claim's number), its value, where its words end, what it measures. */
    record Proportion(Span words, double value, int end, String measure, ClaimKind kind) {
    }

    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
            Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4),
            Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("sixth", 6), Map.entry("sixths", 6),
            Map.entry("seventh", 7), Map.entry("sevenths", 7), Map.entry("eighth", 8), Map.entry("eighths", 8),
            Map.entry("ninth", 9), Map.entry("ninths", 9), Map.entry("tenth", 10), Map.entry("tenths", 10));
    private static final Map<String, Integer> NUMERATORS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final Map<String, Double> MULTIPLES = Map.of("twice", 2.0, "double", 2.0, "thrice", 3.0,
            "triple", 3.0, "doubled", 2.0, "tripled", 3.0, "trebled", 3.0, "quadrupled", 4.0);

    /**
     * "half of", "half the", "a third of", "two-thirds of", "one tenth of"; a share needs its numerator ("the
     * third of June" is a date), and "the first half of" is part of a time
     */
    private static final Pattern SHARE = Pattern.compile("(?i)(?<![\\p{L}-])(?:(?<num>a|one|two|three|four|five|six|seven|eight"
            + "|nine)[\\s-]+(?<den>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
            + "|(?<half>half))\\s+(?:of\\s+)?(?=(?:the|his|her|their|its|our|my|this|that|these|those|[\\p{Lu}][\\p{L}.]*)\\b)");
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?i)\\b(?:the|first|second|last|latter|other)\\s+$");
    /** the group a share is of: a determiner or a possessive name, then up to three words, ending the phrase */
    private static final Pattern GROUP = Pattern.compile("(?:(?:the|his|her|their|its|our|my|this|that|these|those)\\s+"
            + "|(?:[\\p{Lu}][\\p{L}.]*\\s+){0,3}[\\p{Lu}][\\p{L}]*['’]s\\s+)(?:[\\p{L}'’-]+\\s+){0,2}?(?<head>[\\p{L}-]+)"
            + "(?=\\s+(?:was|were|had|has|have|is|are|being|\\p{Ll}+ed\\b)|[,;.]|\\s+(?:in|at|on|during|before|after|by|with)\\b)");
    /** "lost a third of", "killed half the": the fate told before the share */
    private static final String FATE_BEFORE = "(?i)(?<![\\p{L}])(%s)\\s+(?:(?:more|less|fewer)\\s+than\\s+|nearly\\s+|almost"
            + "\\s+|about\\s+|some\\s+|over\\s+|perhaps\\s+|at\\s+least\\s+)?$";
    /** "…was killed", "…were taken prisoners", "…deserted": the fate told after the group, in its clause */
    private static final String FATE_AFTER = "(?i)^(?:\\s+(?:was|were|had|have|had\\s+been|have\\s+been|being|soon|later"
            + "|eventually|also|either|all))*\\s+(%s)(?![\\p{L}])";

    /** "outnumbered … three to one", "odds of three to one", "a superiority of two to one" */
    private static final Pattern RATIO = Pattern.compile("(?i)(?<![\\p{L}])(?<cue>outnumber(?:ed|ing|s)?|odds|superiority|ratio)"
            + "(?<gap>[^.;:,]{0,60}?)(?<![\\p{L}])(?<n>\\d+|two|three|four|five|six|seven|eight|nine|ten)(?:\\s+to\\s+one|\\s*:\\s*1|-to-one)"
            + "(?![\\p{L}\\p{N}])");
    /** "twice the number of enemy troops", "three times the size of" */
    private static final Pattern MULTIPLE = Pattern.compile("(?i)(?<![\\p{L}])(?<m>twice|thrice|double|triple|(?<n>two|three|four"
            + "|five|six|seven|eight|nine|ten|\\d+)\\s+times)\\s+(?:the\\s+)?(?<what>number|numbers|size|strength)\\s+of\\s+"
            + "(?:the\\s+|his\\s+|their\\s+|its\\s+)?(?<of>(?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+?)(?=[,;.]|\\s+(?:and|but|as|than|in|at|on)\\b|$)");
    /** "had tripled in size", "doubled its strength" */
    private static final Pattern GROWTH = Pattern.compile("(?i)(?<![\\p{L}])(?<m>doubled|tripled|trebled|quadrupled)\\s+"
            + "(?:in\\s+|its\\s+|their\\s+|his\\s+)(?<what>size|strength|numbers?)(?![\\p{L}])");

    private final Map<String, ClaimKind> fates;
    private final Pattern fateBefore;
    private final Pattern fateAfter;

    Proportions(Map<String, ClaimKind> fates) {
        this.fates = Map.copyOf(fates);
        String alternatives = fates.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(w -> w.replace(" ", "\\s+")).collect(Collectors.joining("|"));
        this.fateBefore = Pattern.compile(String.format(FATE_BEFORE, alternatives));
        this.fateAfter = Pattern.compile(String.format(FATE_AFTER, alternatives));
    }

    /** {@return the proportions with the standard list of fates} */
    static Proportions standard() {
        return new Proportions(Lexicons.table(Proportions.class, "fates.txt",
                cols -> Map.entry(cols[0].strip(), ClaimKind.of(cols[1])), "fate", "kind").stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /**
     * What a sentence's proportions are: the claims they make, in order, and the words of every proportion and share,
     * with a fate or not, inside which no figure is a count of its own ("three quarters of the troops" counts no
     * quarters)
     */
    record Reading(List<Proportion> proportions, List<Span> words) {
    }

    /** {@return the proportions of {@code sentence} in {@code text}} */
    Reading read(String text, Span sentence) {
        List<Proportion> out = new ArrayList<>();
        List<Span> words = new ArrayList<>();
        shares(text, sentence, out, words);
        Matcher r = RATIO.matcher(text).region(sentence.start(), sentence.end());
        while (r.find()) {
            NumberParser.parse(r.group("n")).filter(v -> v > 1).ifPresent(v -> out.add(new Proportion(Span.of(r.start("n"), r.end()),
                    v, r.end(), "ratio " + r.group("cue").toLowerCase(Locale.ROOT), ClaimKind.FORCES)));
        }
        Matcher m = MULTIPLE.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            valueOf(m.group("m")).filter(x -> x > 1).ifPresent(x -> out.add(new Proportion(Span.of(m.start("m"), m.end("m")), x, m.end(),
                    "times the " + m.group("what").toLowerCase(Locale.ROOT) + " of " + m.group("of").toLowerCase(Locale.ROOT),
                    ClaimKind.FORCES)));
        }
        Matcher g = GROWTH.matcher(text).region(sentence.start(), sentence.end());
        while (g.find()) {
            String verb = g.group("m").toLowerCase(Locale.ROOT);
            out.add(new Proportion(Span.of(g.start("m"), g.end("m")), valueOf(verb).orElseThrow(), g.end(),
                    verb + " in " + g.group("what").toLowerCase(Locale.ROOT), ClaimKind.FORCES));
        }
        out.sort((a, b) -> a.words().compareTo(b.words()));
        out.forEach(p -> words.add(p.words()));
        return new Reading(out, words);
    }

    private void shares(String text, Span sentence, List<Proportion> out, List<Span> words) {
        Matcher s = SHARE.matcher(text).region(sentence.start(), sentence.end());
        while (s.find()) {
            if (s.group("den") != null) words.add(Span.of(s.start(), s.end("den")));
            if (s.group("half") != null && ORDINAL_BEFORE.matcher(text.substring(sentence.start(), s.start())).find()) continue;
            Span own = Span.of(s.start(), s.group("half") != null ? s.end("half") : s.end("den"));
            double value = valueOf(text.substring(own.start(), own.end())).orElseThrow();
            Matcher group = GROUP.matcher(text).region(s.end(), sentence.end());
            if (!group.lookingAt()) continue;
            String head = group.group("head").toLowerCase(Locale.ROOT);
            String clauseBefore = text.substring(clauseStart(text, sentence.start(), s.start()), s.start());
            Matcher before = fateBefore.matcher(clauseBefore);
            Matcher after = fateAfter.matcher(text).region(group.end(), sentence.end());
            String fate;
            int end = group.end();
            if (after.lookingAt()) {
                fate = after.group(1);
                end = after.end();
            } else if (before.find()) {
                fate = before.group(1);
            } else {
                continue;
            }
            fate = fate.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            out.add(new Proportion(own, value, end, "fraction of " + head + " " + fate,
                    fates.get(fate)));
        }
    }

    private static final Pattern SHARE_WORDS = Pattern.compile("(?i)(?:(?<num>a|one|two|three|four|five|six|seven|eight|nine)[\\s-]+)?"
            + "(?<den>\\p{L}+)");
    private static final Pattern TIMES = Pattern.compile("(?i)(?<n>\\S+)\\s+times");

    /**
     * {@return the value the words of a proportion state}: "half" 0.5, "two-thirds" 2/3, "twice" 2, "three times" 3,
     * "tripled" 3, a ratio's "three" 3; empty for other words
     */
    static Optional<Double> valueOf(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        if (MULTIPLES.containsKey(w)) return Optional.of(MULTIPLES.get(w));
        Matcher times = TIMES.matcher(w);
        if (times.matches()) return NumberParser.parse(times.group("n"));
        Matcher share = SHARE_WORDS.matcher(w);
        if (share.matches() && DENOMINATORS.containsKey(share.group("den"))
                && (share.group("num") != null || share.group("den").equals("half"))) {
            int num = share.group("num") == null ? 1 : NUMERATORS.get(share.group("num"));
            return Optional.of((double) num / DENOMINATORS.get(share.group("den")));
        }
        return NumberParser.parse(w);
    }

    private static int clauseStart(String text, int sentenceStart, int at) {
        for (int i = at - 1; i >= sentenceStart; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == ',') return i + 1;
        }
        return sentenceStart;
    }
}
