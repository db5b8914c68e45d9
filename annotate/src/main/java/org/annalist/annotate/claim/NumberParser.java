package org.annalist.annotate.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/**
 * Finds and reads figures: digits with thousands commas ({@code 3,279}), decimals with a scale
 * word ({@code 1.5 million}), and English number words ({@code two thousand},
 * {@code one hundred and fifty}, {@code twenty-five}, {@code a dozen}). Vague plurals
 * ({@code hundreds of}, {@code thousands}) are not figures. Ordinals ({@code 5th}), figures
 * glued to letters and currency amounts are left alone.
 */
public final class NumberParser {

    private static final Map<String, Long> SMALL = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L));
    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L);

    private static final String SMALL_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety)";
    private static final String BIG_WORD = "(?:hundred|thousand|million|billion|dozen)";
    private static final String WORD = "(?:" + SMALL_WORD + "|" + BIG_WORD + ")";
    // a figure may run over a line break of a wrapped paragraph ("seven hundred and\nfifty")
    private static final String SP = "(?:[ \\t]*\\n[ \\t]*|[ \\t]+)";
    private static final String WORDS = "(?:(?:a|an)" + SP + BIG_WORD + "|" + SMALL_WORD + ")"
            + "(?:(?:(?<=hundred)" + SP + "and)?(?:" + SP + "|[ \\t]*-[ \\t]*)" + WORD + ")*";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String DIGIT_FIGURE = DIGITS + "(?:" + SP + "(?:hundred|thousand|million|billion)|[ \\t]*-[ \\t]*(?:million|billion))?";

    /** A figure in running text, whole words only. */
    public static final Pattern FIGURE = Pattern.compile(
            // a clock time or a reference ("5:34", "3:16") holds no figure
            "(?<![\\p{L}\\p{N}$£€.,\\-/]|\\d:)(?:" + DIGIT_FIGURE + "|(?i:" + WORDS + "))(?![\\p{L}\\p{N}]|[.,:]\\d|-\\p{L}|%)");

    private NumberParser() {
    }

    /** {@return every figure of {@code text} between {@code from} and {@code to}, in order} */
    public static List<Figure> find(String text, int from, int to) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            String s = m.group();
            Optional<Figure> f = read(s, m.start());
            f.ifPresent(out::add);
        }
        return out;
    }

    /** {@return the value of the whole of {@code s} as a figure}, empty when it is not one */
    public static Optional<Double> parse(String s) {
        String t = s.strip();
        Matcher m = FIGURE.matcher(t);
        if (!m.matches()) return Optional.empty();
        return read(t, 0).map(Figure::value);
    }

    /** A figure at {@code start} from its matched text, empty for "a"/"an" alone and bad forms. */
    private static Optional<Figure> read(String s, int start) {
        Span span = Span.of(start, start + s.length());
        if (Character.isDigit(s.charAt(0))) return digits(s, span);
        return words(s.toLowerCase(Locale.ROOT), span);
    }

    private static Optional<Figure> digits(String s, Span span) {
        Matcher m = Pattern.compile("(" + DIGITS + ")[\\s-]*(hundred|thousand|million|billion)?").matcher(s);
        if (!m.matches()) return Optional.empty();
        String number = m.group(1).replace(",", "");
        double value = Double.parseDouble(number);
        double scale = m.group(2) == null ? 1 : m.group(2).equals("hundred") ? 100 : SCALES.get(m.group(2));
        double unit;
        int dot = number.indexOf('.');
        if (dot >= 0) {
            unit = Math.pow(10, -(number.length() - dot - 1));
        } else {
            int zeros = 0;
            for (int i = number.length() - 1; i > 0 && number.charAt(i) == '0'; i--) zeros++;
            unit = Math.pow(10, zeros);
        }
        return Optional.of(new Figure(span, round(value * scale), unit * scale, false));
    }

    private static Optional<Figure> words(String s, Span span) {
        String[] parts = s.split("\\s*-\\s*|\\s+");
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String p : parts) {
            if (p.equals("and")) continue;
            if (p.equals("a") || p.equals("an")) {
                current = 1;
                continue;
            }
            Long small = SMALL.get(p);
            if (small != null) {
                current += small;
                any = true;
            } else if (p.equals("hundred")) {
                current = Math.max(current, 1) * 100;
                any = true;
            } else if (p.equals("dozen")) {
                current = Math.max(current, 1) * 12;
                any = true;
            } else {
                Long scale = SCALES.get(p);
                if (scale == null) return Optional.empty();
                total += Math.max(current, 1) * scale;
                current = 0;
                any = true;
            }
        }
        if (!any) return Optional.empty();
        long value = total + current;
        // in words the writer's precision is the lowest place named: "three hundred thousand" → 100,000
        return Optional.of(new Figure(span, value, lowestPlace(value), true));
    }

    private static long lowestPlace(long value) {
        if (value == 0) return 1;
        long place = 1;
        while (value % (place * 10) == 0) place *= 10;
        return place;
    }

    private static double round(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-6 ? Math.rint(v) : v;
    }
}
