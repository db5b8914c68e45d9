package org.annalist.annotate.time;

import java.util.Locale;
import java.util.Map;

/** Reads the small amounts of temporal expressions: digits and English number words. */
final class Numbers {

    /** Regex for an amount: digits, number words up to ninety-nine, or a vague amount. */
    static final String AMOUNT = "(?:\\d{1,3}(?:,\\d{3})*"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine)(?![\\w]))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen|a hundred|a few|a couple of|a couple|several|some|many|a|an)";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a", 1),
            Map.entry("an", 1), Map.entry("a hundred", 100), Map.entry("a couple", 2), Map.entry("a couple of", 2));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("twenty-first", 21),
            Map.entry("twenty first", 21));

    /** Regex for a century ordinal: words first..twenty-first, or digits with a suffix. */
    static final String CENTURY_ORDINAL = "(?:twenty[-\\s]first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
            + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
            + "|twentieth|\\d{1,2}(?:st|nd|rd|th|d))";

    /** A year in words: "nineteen ninety-six", "eighteen hundred and sixty-one", "the year two thousand". */
    static final String YEAR_WORDS = "(?:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\s+"
            + "(?:hundred(?:\\s+and\\s+(?:" + "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[-\\s](?:one|two|three"
            + "|four|five|six|seven|eight|nine))?)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three"
            + "|four|five|six|seven|eight|nine))?|oh[-\\s](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\\s+thousand(?:\\s+and\\s+(?:one|two|three|four|five|six|seven"
            + "|eight|nine|ten))?)(?![\\w-])";

    private Numbers() {
    }

    /** {@return the year {@link #YEAR_WORDS} spells, or {@link TimeExpr#NONE}} */
    static int yearInWords(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").trim();
        if (t.startsWith("two thousand")) {
            String rest = t.substring("two thousand".length()).replaceFirst("^ and ", "").trim();
            return 2000 + (rest.isEmpty() ? 0 : amount(rest));
        }
        String[] w = t.split(" ", 2);
        Integer century = WORDS.get(w[0]);
        if (century == null || w.length < 2) return TimeExpr.NONE;
        String rest = w[1].replaceFirst("^hundred( and )?", "").replaceFirst("^oh ", "").trim();
        int tail = rest.isEmpty() ? 0 : amount(rest);
        return tail == TimeExpr.NONE ? TimeExpr.NONE : century * 100 + tail;
    }

    /** {@return the amount written, or {@link TimeExpr#NONE} for a vague one ("several")} */
    static int amount(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (t.isEmpty()) return TimeExpr.NONE;
        if (Character.isDigit(t.charAt(0))) return Integer.parseInt(t.replace(",", ""));
        Integer w = WORDS.get(t);
        if (w != null) return w;
        int sep = Math.max(t.indexOf('-'), t.indexOf(' '));
        if (sep > 0) {
            Integer tens = WORDS.get(t.substring(0, sep));
            Integer ones = WORDS.get(t.substring(sep + 1));
            if (tens != null && ones != null) return tens + ones;
        }
        return TimeExpr.NONE;
    }

    /** {@return the number of a century ordinal ("nineteenth", "19th")} */
    static int ordinal(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim();
        if (Character.isDigit(t.charAt(0))) return Integer.parseInt(t.replaceAll("\\D", ""));
        Integer o = ORDINALS.get(t.replaceAll("\\s+", " "));
        if (o == null) throw new IllegalArgumentException("not an ordinal: " + text);
        return o;
    }

    /** {@return the month number of a month name or abbreviation, 1..12} */
    static int month(String name) {
        String t = name.toLowerCase(Locale.ROOT);
        return switch (t.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + name);
        };
    }

    /** {@return 1 (Monday) .. 7 (Sunday) for a weekday name} */
    static int weekday(String name) {
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "mon" -> 1;
            case "tue" -> 2;
            case "wed" -> 3;
            case "thu" -> 4;
            case "fri" -> 5;
            case "sat" -> 6;
            case "sun" -> 7;
            default -> throw new IllegalArgumentException("not a weekday: " + name);
        };
    }

    /** {@return the TIMEX3 season code of a season name} */
    static String season(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "autumn", "fall" -> "FA";
            case "winter" -> "WI";
            default -> throw new IllegalArgumentException("not a season: " + name);
        };
    }

    /** {@return the day of month of "3d", "21st", "16"} */
    static int day(String text) {
        String digits = text.replaceAll("\\D", "");
        if (!digits.isEmpty()) return Integer.parseInt(digits);
        String t = text.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").trim();
        if (t.equals("thirtieth")) return 30;
        if (t.equals("thirty first")) return 31;
        if (t.startsWith("twenty ")) return 20 + ORDINALS.get(t.substring(7));
        return ORDINALS.get(t);
    }

    /** Regex for a day of the month in words: "fourth", "Twenty-ninth", "thirty-first". */
    static final String DAY_WORDS = "(?i:(?:twenty[-\\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))|thirty[-\\s]first"
            + "|thirtieth|twentieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
            + "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)(?![\\w-])";
}
