package org.annalist.annotate.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.annotate.Lexicons;
import org.annalist.model.Span;
import org.annalist.model.layer.Certainty;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.TimeInterval;
import org.annalist.model.layer.TimexType;

/**
 * Regnal years: "the third year of his reign", "the tenth year of the reign of Varga II", "3 Geo. III".
 * A regnal year counts from the accession: from the day the text itself dates it ("Varga ascended the
 * throne on 4 May 1712"), or else from the general lexicon of reigns ({@code reigns.txt}) when the
 * ruler is named. Regnal year N runs from the accession's anniversary N-1 years on to the day before
 * the next. The lexicon is immutable and thread-safe.
 */
final class Reigns {

    /** One reign of the lexicon: the names it goes by, its statute citation, and its first day. */
    record Reign(Pattern names, Optional<Pattern> citation, LocalDate accession) {
    }

    private static final String FILE = "reigns.txt";
    private static final Pattern DAY = Pattern.compile("(-?\\d{4})-(\\d{2})-(\\d{2})");
    static final List<Reign> ALL = load();

    private static final String TITLE = "(?:King|Queen|Emperor|Empress|Tsar|Czar|Tsarina|Czarina|Kaiser|Sultan|Shah|Pharaoh|Pope)";
    private static final String ORDINAL_NAME = "(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh"
            + "|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Great|Conqueror|Elder|Younger)";
    /** "King Varga", "Varga II", "George the Third", "Marcus Aurelius" */
    private static final String RULER = "(?:" + TITLE + "\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?(?:\\s+(?:[IVXL]+(?![\\w])"
            + "|the\\s+" + ORDINAL_NAME + "\\b|and\\s+\\p{Lu}\\p{Ll}+))?";
    private static final String YEAR_ORDINAL = "(" + Numbers.DAY_WORDS + "|\\d{1,2}(?:st|nd|rd|th|d)(?![\\w]))";

    /** "the third year of his reign", "the tenth year of the reign of Varga II", "the fifth year of King Varga's reign" */
    static final Pattern REGNAL_YEAR = Pattern.compile("\\b[Tt]he\\s+" + YEAR_ORDINAL + "\\s+year\\s+of\\s+(?:(?:his|her|their|its)"
            + "\\s+(?:own\\s+)?reign|the\\s+reign(?:\\s+of\\s+(" + RULER + "))?|(" + RULER + "|the\\s+\\p{Ll}+)['’]s\\s+reign)(?![\\w])");
    /** "3 Geo. III", "5 & 6 Vict.": the statute citation of a regnal year or a session across two */
    static final Pattern CITATION = Pattern.compile("(?<![\\w.,/$£])(\\d{1,2})(?:\\s*(?:&|and)\\s*(\\d{1,2}))?\\s+(" + citations()
            + ")(?![\\w])");

    /** The words that tell a reign beginning. */
    private static final Pattern ACCESSION = Pattern.compile("(?i)\\b(?:ascend(?:ed|s|ing)?\\s+(?:to\\s+)?the\\s+throne"
            + "|(?:came|come|comes|coming|mounted|took)\\s+(?:to\\s+)?the\\s+throne|succeeded|succession|accession|crowned"
            + "|began\\s+(?:his|her|to)\\s+reign|proclaimed\\s+(?:king|queen|emperor|empress|tsar|czar)"
            + "|invested\\s+with\\s+the\\s+purple)\\b");
    /** How far back an unnamed reign's ("his reign") accession may be told. */
    private static final int PRONOUN_REACH = 20_000;

    private Reigns() {
    }

    static List<Candidate> regnalYear(Matcher m, CharSequence t) {
        String ruler = m.group(2) != null ? m.group(2) : m.group(3) != null && !m.group(3).startsWith("the") ? m.group(3) : "";
        return List.of(new Candidate(Span.of(m.start(), m.end()), new TimeExpr.RegnalYear(ordinal(m.group(1)), 1, ruler)));
    }

    static List<Candidate> citation(Matcher m, CharSequence t) {
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        if (first < 1 || last != first && last != first + 1) return List.of();
        return List.of(new Candidate(Span.of(m.start(), m.end()), new TimeExpr.RegnalYear(first, last - first + 1, m.group(3))));
    }

    private static int ordinal(String text) {
        return Character.isDigit(text.charAt(0)) ? Integer.parseInt(text.replaceAll("\\D", "")) : Numbers.day(text);
    }

    /** {@return the reign of the lexicon {@code ruler} names, as a name or a citation} */
    static Optional<Reign> named(String ruler) {
        String name = ruler.replaceFirst("^" + TITLE + "\\s+", "").replaceFirst("['’]s$", "").strip();
        for (Reign r : ALL) {
            if (r.names().matcher(name).matches() || r.citation().map(c -> c.matcher(name).matches()).orElse(false)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return {@code y} dated from the accession the text tells last (for a named ruler, one naming
     * them) before {@code sentence}, else from the lexicon; open when neither dates it}. "His reign"
     * is the reign of a ruler the lexicon knows named in the same sentence ("In the sixth year of his
     * reign, Constantine visited …"), else of the one whose accession the text told last.
     */
    static Resolution resolve(TimeExpr.RegnalYear y, EventDates events, String text, Span sentence) {
        TimeExpr.RegnalYear read = y.ruler().isEmpty() ? rulerIn(text.substring(sentence.start(), sentence.end()))
                .map(r -> new TimeExpr.RegnalYear(y.year(), y.years(), r)).orElse(y) : y;
        Optional<EventDates.Dated> told = events.latest(sentence, ACCESSION, words(read.ruler()),
                read.ruler().isEmpty() ? PRONOUN_REACH : Integer.MAX_VALUE);
        if (told.isPresent() && told.get().resolution().interval().isPresent()) {
            Resolution a = told.get().resolution();
            return of(read, a.interval().get().earliest(), a.granularity(), Optional.of(told.get().span()), Certainty.CONTEXT);
        }
        Resolution known = fromLexicon(read);
        // a reign found by the name beside "his" is the reader's inference, not the text's statement
        return read == y ? known : known.atMost(Certainty.CONTEXT);
    }

    private static final Pattern NAME = Pattern.compile(RULER);

    /** {@return the first ruler the lexicon knows that {@code sentence} names} */
    private static Optional<String> rulerIn(String sentence) {
        Matcher m = NAME.matcher(sentence);
        while (m.find()) {
            String name = m.group();
            if (named(name).isPresent()) return Optional.of(name);
            // "Diocletian Augustus": the first word alone
            String first = name.split("\\s+")[0];
            if (!first.matches(TITLE) && named(first).isPresent()) return Optional.of(first);
        }
        return Optional.empty();
    }

    /** {@return {@code y} dated from the lexicon's accession of its ruler; open when it names none the lexicon knows} */
    static Resolution fromLexicon(TimeExpr.RegnalYear y) {
        Optional<Reign> reign = y.ruler().isEmpty() ? Optional.empty() : named(y.ruler());
        if (reign.isEmpty()) {
            return new Resolution(TimexType.DATE, "XXXX", Optional.empty(), Granularity.YEAR, Optional.empty(), false,
                    Certainty.GUESSED);
        }
        return of(y, reign.get().accession(), Granularity.DAY, Optional.empty(), Certainty.STATED);
    }

    /** {@return regnal year {@code y} of a reign begun on {@code accession}, known to {@code precision}} */
    static Resolution of(TimeExpr.RegnalYear y, LocalDate accession, Granularity precision, Optional<Span> anchor, Certainty certainty) {
        int from = y.year() - 1;
        int to = y.year() - 1 + y.years();
        if (precision == Granularity.DAY || precision == Granularity.TIME) {
            LocalDate start = accession.plusYears(from);
            LocalDate end = accession.plusYears(to).minusDays(1);
            return new Resolution(TimexType.DATE, TimexValue.day(start) + "/" + TimexValue.day(end),
                    Optional.of(TimeInterval.of(start, end)), Granularity.DAY, anchor, false, certainty);
        }
        if (precision == Granularity.MONTH) {
            YearMonth start = YearMonth.from(accession).plusYears(from);
            YearMonth end = YearMonth.from(accession).plusYears(to).minusMonths(1);
            return new Resolution(TimexType.DATE, TimexValue.month(start.getYear(), start.getMonthValue()) + "/"
                    + TimexValue.month(end.getYear(), end.getMonthValue()), Optional.of(TimeInterval.of(start.atDay(1), end.atEndOfMonth())),
                    Granularity.MONTH, anchor, false, certainty);
        }
        // an accession known to the year: the regnal year is the one it begins in
        int first = accession.getYear() + from;
        int last = accession.getYear() + to - 1;
        String value = first == last ? TimexValue.year(first) : TimexValue.year(first) + "/" + TimexValue.year(last);
        return new Resolution(TimexType.DATE, value, Optional.of(TimeInterval.of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31))),
                Granularity.YEAR, anchor, false, certainty.compareTo(Certainty.STORY_ORDER) < 0 ? Certainty.STORY_ORDER : certainty);
    }

    /** {@return the capitalised words of a ruler's name, titles and numerals aside: what a sentence telling the accession names} */
    private static List<String> words(String ruler) {
        List<String> out = new ArrayList<>();
        for (String w : ruler.replaceFirst("['’]s$", "").split("\\s+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.matches(TITLE + "|[IVXL]+|" + ORDINAL_NAME)) continue;
            out.add(w);
        }
        return out;
    }

    /** {@return one alternation of every citation of the lexicon, for the finder} */
    private static String citations() {
        StringBuilder b = new StringBuilder();
        for (Reign r : ALL) {
            r.citation().ifPresent(c -> b.append(b.length() == 0 ? "" : "|").append("(?:").append(c.pattern()).append(')'));
        }
        return b.toString();
    }

    private static List<Reign> load() {
        return Lexicons.table(Reigns.class, FILE, cols -> new Reign(Pattern.compile(cols[0]),
                cols[1].equals("-") ? Optional.empty() : Optional.of(Pattern.compile(cols[1])), accession(cols[2].strip())),
                "NAMES", "CITATION", "ACCESSION");
    }

    private static LocalDate accession(String s) {
        Matcher m = DAY.matcher(s);
        if (!m.matches()) throw new IllegalArgumentException("cannot read accession '" + s + "' (YYYY-MM-DD)");
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
}
