package org.annalist.annotate.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.annalist.model.layer.TimexMod;

/**
 * Detects temporal expressions in a stretch of (masked) text with precompiled patterns:
 * absolute and underspecified dates, day and month ranges, years in year-like contexts,
 * seasons, parts of periods, decades and centuries (BC/AD), relative and deictic
 * expressions, durations, sets, weekdays, ordinal days and clock times. Overlapping
 * matches keep the longest; adjacent dates joined by a dash become one range, and so do
 * "from … to" and "between … and" when the first date borrows its year from the second
 * ("from June to October 1938"; "from 1914 to 1918" stays two dates, as in TimeML); approximation words directly before are taken into
 * the extent. Stateless and thread-safe.
 */
public final class TimexFinder {

    static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
    static final String MONTH = "(?:" + MONTH_NAMES + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|d)?(?![\\w])";
    /** "January 21st, of this 1790": older prose names the year the story stands in */
    static final String OF_THIS = "(?:of\\s+(?:this|that)\\s+)?";
    static final String YEAR = "(?<![\\w,.$£#/])(?:1\\d{3}|20\\d{2})(?!\\d|[,.]\\d|\\w)";
    static final String DASH = "\\s*[–-]\\s*|—";
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final String ERA = "(?:B\\.\\s?C\\.(?:\\s?E\\.)?|BCE|BC|A\\.\\s?D\\.|AD|C\\.E\\.|CE)(?![\\w])";
    static final String SEASON = "(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)";
    static final String UNIT = "(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))";
    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night)";

    private static final Pattern YEAR_CONTEXT_BEFORE = Pattern.compile(
            "(?:\\b(?i:in|of|by|since|until|till|during|from|after|before|to|through|throughout|around|about|circa"
                    + "|early|late|mid|year|and|or|between|spring|summer|autumn|fall|winter|fiscal|christmas|easter|for|into|due"
                    + "|both|the|a|an|its|his|her|their|our|that|this|whose)[\\s-]+|['’]s\\s+|(?:\\bca\\.|\\bc\\.)\\s*"
                    + "|[(\\[]\\s*|\\bmid-|\\b(?:1\\d{3}|20\\d{2}),\\s*)$");
    private static final Pattern YEAR_CONTEXT_AFTER = Pattern.compile(
            "^,?\\s+(?:was|were|had|has|saw|brought|began|ended|marked|proved|would|became|is)\\b");
    private static final Pattern COUNTED_NOUN_AFTER = Pattern.compile(
            "^\\s*(?:%|(?i:percent|per\\b|men\\b|women\\b|troops|soldiers|people|persons|prisoners|dead\\b|killed|wounded"
                    + "|casualties|miles|yards|feet|foot\\b|meters|metres|kilometers|kilometres|tons|dollars|pounds|rubles"
                    + "|roubles|marks\\b|francs|acres|horses|guns|cannon|rifles|ships|vessels|planes|aircraft|tanks|votes"
                    + "|members|workers|officers|deaths|copies|pages|cars|trucks|units|km\\b|kg\\b|lbs?\\b))");
    private static final Pattern NOW_BLOCKERS = Pattern.compile(
            "(?i)\\b(?:was|were|had|had been|would|could|did|might|then)\\s+$");
    private static final Pattern NOW_PAST_AFTER = Pattern.compile(
            "^\\s+(?:[a-z]+ed|was|were|had|" + PastTense.IRREGULAR + ")\\b");
    private static final Pattern A_DURATION_CONTEXT = Pattern.compile(
            "(?i)\\b(?:for|in|within|over|after|than|about|nearly|almost|only|just|lasted|last|took|half|whole|entire"
                    + "|once|twice|spent|of)\\s+$");

    /**
     * Which annotation conventions a document follows: narrative history (annalist's gold, after
     * TIMEX2: vague "now", "former", "recent" are times) or news (TimeML: they are not, except the
     * report's own "now"). A document with a creation date is news.
     */
    public enum Convention { NARRATIVE, NEWS }

    private record Rule(String name, Pattern pattern, Optional<Convention> only,
                        BiFunction<Matcher, CharSequence, List<Candidate>> build) {
        Rule(String name, Pattern pattern, BiFunction<Matcher, CharSequence, List<Candidate>> build) {
            this(name, pattern, Optional.empty(), build);
        }

        Rule(String name, Pattern pattern, Convention only, BiFunction<Matcher, CharSequence, List<Candidate>> build) {
            this(name, pattern, Optional.of(only), build);
        }
    }

    private final List<Rule> rules = List.of(
            new Rule("mdy", Pattern.compile("(?:(" + WEEKDAY + "),?\\s+)?\\b(" + MONTH + ")\\s{1,2}(" + DAY + ")(?:(?:" + DASH
                    + "|\\s+(?:to|and|or|until)\\s+)(" + DAY + "))?(?:,?\\s+" + OF_THIS + "(" + YEAR + "))?"), TimexFinder::monthDayYear),
            new Rule("dmy", Pattern.compile("(?:(" + WEEKDAY + ")(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+)?(?:\\b[Tt]he\\s+)?(?<![\\w,.])("
                    + DAY + ")(?:(?:" + DASH + "|\\s+(?:to|and|or|until)\\s+)(" + DAY + "))?\\s+(?:day\\s+)?(?:of\\s+)?(?:last\\s+|this\\s+)?("
                    + MONTH + ")(?![\\w])(?:,?\\s+" + OF_THIS + "(" + YEAR + "))?"), TimexFinder::dayMonthYear),
            // older prose writes the day in words: "the Fourth of August", "Monday the eighteenth of April"
            new Rule("dmy-words", Pattern.compile("(?<!\\b(?i:new|another|second)\\s)"
                    + "(?:(" + WEEKDAY + ")(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+)?\\b(?:[Tt]he\\s+)?(" + Numbers.DAY_WORDS
                    + ")\\s+(?:day\\s+|(" + PART_OF_DAY + ")\\s+)?of\\s+(" + MONTH
                    + ")(?![\\w])(?:,?\\s+(" + YEAR + "))?"),
                    // "the ninth morning of April": the morning of that day
                    (m, t) -> {
                        TimeExpr day = TimeExpr.Calendar.of(yearOrNone(m.group(5)), Numbers.month(m.group(4)), Numbers.day(m.group(2)));
                        return one(m, m.group(3) == null ? day : new TimeExpr.DayPart(day, podCode(m.group(3))));
                    }),
            // "the twelfth July", "the Fourth August 1789": the day in words before its month, without "of"; a "May" or
            // "March" only before a year or a stop ("the second march", "the first May Day" are no dates)
            new Rule("the-day-words-month", Pattern.compile("(?<!\\b(?i:new|another)\\s)\\b[Tt]he\\s+(" + Numbers.DAY_WORDS + ")\\s+("
                    + MONTH_NAMES + ")(?![\\w-])(?:,?\\s+(" + YEAR + "))?"),
                    (m, t) -> (m.group(2).equals("May") || m.group(2).equals("March")) && m.group(3) == null
                            && !t.subSequence(m.end(), Math.min(t.length(), m.end() + 1)).toString().matches("[,.;:!?)]")
                            ? List.of()
                            : one(m, TimeExpr.Calendar.of(yearOrNone(m.group(3)), Numbers.month(m.group(2)), Numbers.day(m.group(1))))),
            // older prose puts the month first: "July the 17th of 1791", "April the ninth"
            new Rule("month-the-day", Pattern.compile("\\b(" + MONTH_NAMES + ")\\s+the\\s+(" + DAY + "|" + Numbers.DAY_WORDS
                    + ")(?![\\w-])(?:,?\\s+(?:of\\s+)?(" + YEAR + "))?"),
                    (m, t) -> one(m, TimeExpr.Calendar.of(yearOrNone(m.group(3)), Numbers.month(m.group(1)), Numbers.day(m.group(2))))),
            // Old Style and New Style side by side: "11/21 March 1688", "March 11/21, 1688", "19 February/3 March 1700"
            new Rule("dual-day", OldStyle.DAY_FIRST, OldStyle::dayFirst),
            new Rule("dual-day-month-first", OldStyle.MONTH_FIRST, OldStyle::monthFirst),
            new Rule("dual-months", OldStyle.TWO_MONTHS_DAY_FIRST, OldStyle::twoMonthsDayFirst),
            new Rule("dual-months-month-first", OldStyle.TWO_MONTHS_MONTH_FIRST, OldStyle::twoMonthsMonthFirst),
            // regnal years: "the third year of his reign", "the tenth year of the reign of Varga II", "3 Geo. III"
            new Rule("regnal-year", Reigns.REGNAL_YEAR, Reigns::regnalYear),
            new Rule("regnal-citation", Reigns.CITATION, Reigns::citation),
            new Rule("iso", Pattern.compile("(?<![\\w-])(1\\d{3}|20\\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\w-])"),
                    (m, t) -> one(m, TimeExpr.Calendar.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))))),
            new Rule("month-range", Pattern.compile("\\b(" + MONTH_NAMES + ")(?:" + DASH + "|\\s+(?:to|until|till|through)\\s+)("
                    + MONTH_NAMES + "),?\\s+(" + YEAR + ")"), TimexFinder::monthRange),
            new Rule("month-year", Pattern.compile("\\b(" + MONTH + ")(?:,?\\s+|\\s+of\\s+)(" + YEAR + ")"),
                    (m, t) -> one(m, TimeExpr.Calendar.of(Integer.parseInt(m.group(2)), Numbers.month(m.group(1)), 0))),
            new Rule("month-picked", Pattern.compile("\\b([Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming)\\s+(" + MONTH_NAMES + ")(?![\\w-])"),
                    (m, t) -> one(m, new TimeExpr.MonthOf(Numbers.month(m.group(2)),
                            m.group(1).equalsIgnoreCase("last") || m.group(1).equalsIgnoreCase("this past") ? TimeExpr.Pick.PREVIOUS
                                    : m.group(1).equalsIgnoreCase("this") ? TimeExpr.Pick.REFERENCE : TimeExpr.Pick.NEXT))),
            new Rule("month", Pattern.compile("\\b(" + MONTH_NAMES + ")(?![\\w-])"), TimexFinder::bareMonth),
            new Rule("month-to-month", Pattern.compile("\\b(" + MONTH_NAMES + ")(?:\\s*[–/-]\\s*|\\s+(?:to|until|till|through)\\s+)("
                    + MONTH_NAMES + ")(?![\\w-])(?!,?\\s+\\d)"),
                    (m, t) -> one(m, new TimeExpr.Range(TimeExpr.Calendar.of(TimeExpr.NONE, Numbers.month(m.group(1)), 0),
                            TimeExpr.Calendar.of(TimeExpr.NONE, Numbers.month(m.group(2)), 0)))),
            new Rule("month-era", Pattern.compile("\\b(" + MONTH + ")\\s+(\\d{1,4})\\s*(" + ERA + ")"),
                    (m, t) -> Integer.parseInt(m.group(2)) == 0 ? List.of() : one(m, new TimeExpr.Calendar(Integer.parseInt(m.group(2)),
                            m.group(3).startsWith("B"), Numbers.month(m.group(1)), 0))),
            new Rule("season", Pattern.compile("(?:\\b([Tt]he|[Tt]hat|[Tt]his\\s+past|[Tt]his|[Ll]ast|[Nn]ext)\\s+)?(?:\\b(following|previous|preceding|next"
                    + "|same|succeeding|ensuing)\\s+)?(?:\\b([Ee]arly|[Ll]ate|[Mm]id)[-\\s]+)?\\b(" + SEASON
                    // "the winter of 1862-3": a hyphen before a digit goes on to the winter's second year
                    + ")(?:(?:\\s+of|,)?\\s+(" + YEAR + ")|\\s+of\\s+(that|the same)\\s+year)?(?!\\w|-(?!\\d))"), TimexFinder::season),
            new Rule("season-range", Pattern.compile("\\b(" + SEASON + ")\\s*[-–/]\\s*(" + SEASON + ")(?:(?:\\s+of|,)?\\s+(" + YEAR
                    + "))?(?![\\w-])"), TimexFinder::seasonRange),
            new Rule("year", Pattern.compile(YEAR), TimexFinder::year),
            // spoken and old-fashioned years: "in nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand"
            new Rule("year-in-words", Pattern.compile("(?i)(?:\\b(" + MONTH_NAMES + ")\\s+)?(?<![\\w-])("
                    + Numbers.YEAR_WORDS + ")"), TimexFinder::yearInWords),
            // "1861-65", "1862-3", "the years 1862 and '3"
            new Rule("year-range", Pattern.compile("(" + YEAR + ")(?:\\s*[–-]\\s*|/|\\s+and\\s+['’](?=\\d))(\\d{4}|\\d{1,2})(?![\\w–-])"),
                    TimexFinder::yearRange),
            new Rule("era-range", Pattern.compile("(?<![\\w,.])(\\d{1,4})\\s*(?:[–-]|\\s+to\\s+)\\s*(\\d{1,4})\\s*(" + ERA + ")"), TimexFinder::eraRange),
            new Rule("era-year", Pattern.compile("(?<![\\w,.])(?:(\\d{1,4})\\s*(" + ERA + ")|(A\\.\\s?D\\.|AD)\\s+(\\d{1,4})(?![\\w]))"),
                    TimexFinder::eraYear),
            new Rule("the-year", Pattern.compile("(?<=\\b[Tt]he year )(\\d{1,4})(?:\\s*(" + ERA + "))?(?![\\w,.]\\d|\\d)"),
                    (m, t) -> one(m, new TimeExpr.Calendar(Integer.parseInt(m.group(1)),
                            m.group(2) != null && m.group(2).startsWith("B"), 0, 0))),
            new Rule("decade", Pattern.compile("(?:\\b[Tt]he\\s+)?(?:\\b([Ee]arly|[Ll]ate|[Mm]id)[-\\s]+)?(?<![\\w])(1\\d|20)(\\d)0['’]?s(?![\\w])"),
                    TimexFinder::decade),
            new Rule("decade-words", Pattern.compile("\\b[Tt]he\\s+(?:([Ee]arly|[Ll]ate|[Mm]id)[-\\s]+)?(twenties|thirties|forties|fifties|sixties"
                    + "|seventies|eighties|nineties)(?![\\w-])"), TimexFinder::decadeWords),
            new Rule("decade-bc", Pattern.compile("(?:\\b[Tt]he\\s+)?(?:\\b([Ee]arly|[Ll]ate|[Mm]id)[-\\s]+)?(?<![\\w])(\\d{1,3})0['’]?s\\s*"
                    + "(?:B\\.\\s?C\\.(?:\\s?E\\.)?|BCE|BC)(?![\\w])"), TimexFinder::decadeBc),
            new Rule("century", Pattern.compile("(?:\\b[Tt]he\\s+)?(?:\\b([Ee]arly|[Ll]ate|[Mm]id)[-\\s]+)?\\b(" + Numbers.CENTURY_ORDINAL
                    + ")[-\\s]+[Cc]entury(?:\\s+(" + ERA + "))?"), TimexFinder::century),
            new Rule("period-part", Pattern.compile("(?i)\\bthe\\s+(?:very\\s+)?(beginning|start|middle|end|close|first half|second half"
                    + "|latter half|latter part|early part|later part|first quarter|second quarter|third quarter|fourth quarter"
                    + "|last quarter)\\s+of\\s+(?:the|that|this)\\s+(?:same\\s+)?(year|month)\\b"), TimexFinder::periodPart),
            // financial news: "the latest quarter" is the last one reported, "the year-earlier quarter" the same a year before
            new Rule("reported-quarter", Pattern.compile("\\b(?:(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:(?:latest|last|most recent|recent|just-ended|"
                    + "comparable)\\s+)?|(?:[Tt]he\\s+)?(?:comparable\\s+)?(year-earlier|year-ago)\\s+)(quarter|period)(?![\\w-])(?!\\s+of\\b)"
                    + "|\\b(year-earlier|year-ago)(?=\\s+\\p{Ll})"), Convention.NEWS, TimexFinder::reportedQuarter),
            // "daily": TimeML's set P1D in news; narrative history's gold (after TIMEX2) writes the open date XXXX-XX-XX
            new Rule("frequency", Pattern.compile("\\b(?i:(daily|weekly|monthly|annually|yearly|hourly))\\b"), Convention.NEWS,
                    TimexFinder::frequency),
            new Rule("frequency-narrative", Pattern.compile("\\b(?i:(daily|weekly|monthly|annually|yearly|everyday))\\b"),
                    Convention.NARRATIVE, (m, t) -> one(m, new TimeExpr.Recurrence(switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "weekly" -> "XXXX-WXX";
                        case "monthly" -> "XXXX-XX";
                        case "annually", "yearly" -> "XXXX";
                        default -> "XXXX-XX-XX";
                    }))),
            new Rule("quarter", Pattern.compile("(?i)\\b(?:the\\s+)?(?:(" + YEAR + ")\\s+)?(?:fiscal[-\\s]+)?(first|second|third|fourth)"
                    + "[-\\s]quarter(?![\\w-])(?!\\s+of\\b" + NOT_AN_AMOUNT + ")"), TimexFinder::quarter),
            new Rule("shift-count", Pattern.compile("(?i)\\b(" + Numbers.AMOUNT + ")[\\s-]+(" + UNIT + ")s?\\s+(later|earlier"
                    + "|before|after|afterwards?|previously|ago|hence|thereafter|back|from now)(?![\\w])"), TimexFinder::countedShift),
            new Rule("shift-vague", Pattern.compile("\\b(?i:(days|weeks|months|years|decades))\\s+(?i:(later|afterwards?|earlier))(?![\\w])"),
                    (m, t) -> one(m, new TimeExpr.Vague(m.group(2).toLowerCase(Locale.ROOT).equals("earlier")
                            ? "PAST_REF" : "FUTURE_REF"))),
            new Rule("in-the-unit", Pattern.compile("\\b([Ll]ater|[Ll]ate|[Ee]arly|[Ee]arlier)\\s+in\\s+the\\s+(year|month)\\b"),
                    TimexFinder::inTheUnit),
            new Rule("month-of-year", Pattern.compile("\\b(" + MONTH_NAMES + ")(?:\\s+(" + DAY + "))?,?\\s+of\\s+(?:that|the same|(the following|the next"
                    + "|the succeeding|the previous|the preceding))\\s+year\\b"), TimexFinder::monthOfYear),
            // "for the next decade", "in the past decade": a stretch; "during the previous year" is a date
            new Rule("span-ahead", Pattern.compile("(?<=\\b(?i:for|over|throughout)\\s)the\\s+(next|coming)\\s+"
                    + "(day|week|month|year|decade|century)(?![\\w-])|(?<=\\b(?i:in)\\s)the\\s+(past)\\s+(decade|century)(?![\\w-])"),
                    (m, t) -> durationOf(m.start(), m.start(), m.end(), "one", m.group(2) != null ? m.group(2) : m.group(4))),
            new Rule("feast", Pattern.compile("(?:\\b([Ll]ast|[Tt]his|[Nn]ext)\\s+)?\\b(" + Feasts.names() + ")(?:,?\\s+(" + YEAR
                    + "))?(?![\\w])"), TimexFinder::feast),
            new Rule("shift-next", Pattern.compile("\\b(?:([Tt]he)\\s+)?(next|following|previous|preceding|succeeding|ensuing|Next|Following"
                    + "|Previous|Preceding)\\s+(day|week|month|year|decade|century|" + PART_OF_DAY + ")(?![\\w-])"), TimexFinder::nextUnit),
            new Rule("shift-same", Pattern.compile("\\b(?:[Tt]hat|[Tt]he|[Tt]his)\\s+(?:same|very)\\s+(day|week|month|year|" + PART_OF_DAY
                    + ")(?![\\w-])|\\b[Tt]hat\\s+(day|week|month|year|" + PART_OF_DAY + ")(?![\\w-])"), TimexFinder::sameUnit),
            // "the day after the battle", "the next day after Sherman's arrival": a day counted from an event
            new Rule("day-after-event", Pattern.compile("\\b[Tt]he\\s+(?:next\\s+)?(day|morning|night|evening)\\s+(after|before|following)"
                    + "\\s+(?=(?:the|a|an|his|her|their|its|our|my)\\s|\\p{Lu}\\p{Ll})(?!(?:the\\s+(?:next|following))\\b)"),
                    Convention.NARRATIVE, TimexFinder::dayAfterEvent),
            new Rule("shift-after", Pattern.compile("\\b[Tt]he\\s+(day|night|morning|evening|week|month|year)\\s+(after|before|following)(?=\\s*[,.;:)!?]|\\s+(?:saw|was|brought|came)\\b|\\s*$)"),
                    TimexFinder::unitAfter),
            new Rule("night", Pattern.compile("(?<=\\b(?i:at|by)\\s)night(?![\\w-])|\\b[Nn]ight(?:-time|time)\\b|\\b[Nn]ight(?=[-\\s]+(?:attacks?|raids?"
                    + "|assaults?|marches|march|crossings?|operations?|fighting|bombing|sorties?)\\b)"),
                    (m, t) -> one(m, new TimeExpr.PartOfDay("NI"))),
            new Rule("deictic-day", Pattern.compile("\\b(?i:today|yesterday|tomorrow|tonight)(?![\\w])"), TimexFinder::deicticDay),
            // financial news: "for the year" is the report's year, "the year ended March 31" a twelve-month stretch
            new Rule("the-year-reported", Pattern.compile("(?i)(?<=\\b(for|of|in|throughout|during)\\s)the\\s+(?:(?:full|fiscal|current|whole"
                    + "|entire)\\s+)?year(?![\\w-])(?=(\\s+(?:ended|ending)\\b)?)"), Convention.NEWS,
                    (m, t) -> one(m, m.group(2) != null || m.group(1).equalsIgnoreCase("throughout") ? new TimeExpr.Duration("P1Y")
                            : new TimeExpr.Shift(TimeExpr.Unit.YEAR, 0, TimeExpr.Base.DOCUMENT, ""))),
            // news: "over the weekend" is the last one, "ahead of the weekend" the coming one
            new Rule("the-weekend", Pattern.compile("(?i)(?<=\\b(over|during|at|on|for|through|throughout|ahead of|before|until|by)\\s)"
                    + "the\\s+weekend\\b"), Convention.NEWS, (m, t) -> one(m, new TimeExpr.Shift(TimeExpr.Unit.WEEK,
                    m.group(1).matches("(?i)ahead of|before|until|by") ? 0 : TimeExpr.NONE, TimeExpr.Base.DOCUMENT, WEEKEND))),
            // news: "the current fiscal year" is the report's own year, as "this year" is
            new Rule("current-unit", Pattern.compile("\\b[Tt]he\\s+current\\s+(?:fiscal\\s+|calendar\\s+)?(year|month|week)(?![\\w-])"),
                    Convention.NEWS, (m, t) -> one(m, new TimeExpr.Shift(unit(m.group(1)), 0, TimeExpr.Base.DOCUMENT, ""))),
            new Rule("deictic-unit", Pattern.compile("\\b(?i:(this|last|next|coming|(?<=the\\s)past))\\s+(week|month|year|decade|weekend|"
                    + PART_OF_DAY + ")(?![\\w-])"), TimexFinder::deicticUnit),
// news writes "Bill Clinton Saturday vowed"; in narrative a capitalised word before a weekday names it ("a Billy Sunday convert")
                        new Rule("weekday-narrative", Pattern.compile("(?:\\b([Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|[Tt]he following|[Tt]he next|[Tt]he previous"
                    + "|[Tt]he preceding|[Ee]very|[Ee]ach)\\s+)?\\b(" + WEEKDAY + ")(s)?(?:\\s+(" + PART_OF_DAY + "))?(?![\\w])"),
                    Convention.NARRATIVE, TimexFinder::weekdayNotAName),
                        new Rule("weekday", Pattern.compile("(?:\\b([Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|[Tt]he following|[Tt]he next|[Tt]he previous"
                    + "|[Tt]he preceding|[Ee]very|[Ee]ach)\\s+)?\\b(" + WEEKDAY + ")(s)?(?:\\s+(" + PART_OF_DAY + "))?(?![\\w])"),
                    Convention.NEWS, TimexFinder::weekday),
            new Rule("ordinal-day-words", Pattern.compile("\\b(?:(?<=\\bon\\s)|(?<=\\b(?:morning|evening|night|afternoon)\\s{1,2}of\\s))the\\s+"
                    + "(\\p{Lu}\\p{L}+(?:-\\p{L}+)?)(?=[\\s,;.:!?)])"), TimexFinder::ordinalDayWords),
            new Rule("ordinal-day", Pattern.compile("\\bthe\\s+((?:[12]\\d|3[01]|[1-9])(?:st|nd|rd|th|d))"
                    + "(?![\\w])(?:\\s+(?:inst\\.|instant|ult\\.|ultimo))?(?:,?\\s+(?:and|or|to)\\s+(?:the\\s+)?((?:[12]\\d|3[01]|[1-9])"
                    + "(?:st|nd|rd|th|d))(?![\\w]))?"), TimexFinder::ordinalDay),
            new Rule("duration", Pattern.compile("(?i)(?:\\b(?:the\\s+)?(?:past|last|next|coming|first|previous|following)\\s+)?(?<![\\w,./])("
                    + Numbers.AMOUNT + ")[\\s-]+(" + UNIT + ")s?(?![\\w])(?!-old|\\s+old\\b)"), TimexFinder::duration),
            new Rule("duration-and-a-half", Pattern.compile("(?i)(?<![\\w,./])(\\d{1,3}|" + Numbers.AMOUNT + ")(?:\\s+1/2|\\s*½|\\s+and\\s+a\\s+half)"
                    + "[\\s-]+(" + UNIT + ")s?(?![\\w])(?!-old|\\s+old\\b)"), TimexFinder::durationAndAHalf),
            new Rule("vague-span", Pattern.compile("\\b[Tt]he\\s+(?:following|ensuing|next|coming|past|last|previous|preceding|first"
                    + "|early|final|last few|past few|next few)\\s+(days|weeks|months|years|decades)(?![\\w-])"),
                    (m, t) -> one(m, new TimeExpr.Duration("PX" + unitCode(m.group(1).substring(0, m.group(1).length() - 1))))),
            new Rule("bare-durations", Pattern.compile("(?<=\\b[Ff]or\\s)(days|weeks|months|years|decades|centuries)(?![\\w])"),
                    (m, t) -> one(m, new TimeExpr.Duration("PX" + unitCode(m.group(1).substring(0, m.group(1).length() - 1))))),
            new Rule("set", Pattern.compile("\\b(?i:every|each)\\s+(other\\s+)?(day|week|month|year|" + PART_OF_DAY + "|spring|summer|autumn"
                    + "|fall|winter)(?![\\w-])|\\b(?i:once|twice|(?:three|four|five|six) times)\\s+a\\s+(day|week|month|year)(?![\\w-])"),
                    TimexFinder::set),
            new Rule("vague", Pattern.compile("(?i)\\b(right now|just now|for now|until now|up to now|up till now|by now|even now"
                    + "|from now on|at present|at the present time|currently|nowadays|these days|at the moment|this very (?:minute|moment)"
                    + "|in the near future|in the future|the future|soon|shortly|previously"
                    + "|formerly|recently|lately|in the past(?!\\s+(?:\\d|few|several|two|three|four|five|six|seven|eight|nine|ten"
                    + "|year|month|week|day|decade|century|quarter))|at that time|to date)(?![\\w])"),
                    TimexFinder::vague),
            new Rule("recent-units", Pattern.compile("(?i)(?<=\\bin\\s)(?:recent|the\\s+coming)\\s+(years|months|weeks|days|decades)(?![\\w])"),
                    (m, t) -> one(m, new TimeExpr.Duration("PX" + unitCode(m.group(1).substring(0, m.group(1).length() - 1))))),
            // narrative history (TIMEX2's conventions): "now", "the former regime", "recent victories" are vague times
            new Rule("now", Pattern.compile("\\b(?i:now)(?![\\w])"), Convention.NARRATIVE,
                    (m, t) -> one(m, new TimeExpr.Vague("PRESENT_REF"))),
            new Rule("vague-adjective", Pattern.compile("\\b([Ff]ormer|[Cc]urrent|[Rr]ecent|[Ff]uture)(?=\\s+[\\p{L}\"“])"),
                    Convention.NARRATIVE, TimexFinder::vagueAdjective),
            // news (TimeML's): "current conditions" is the report's present; "recent", "former", "future" mostly are not times
            new Rule("current", Pattern.compile("\\b(?:([Tt]hen)[-\\s])?[Cc]urrent(?=\\s+\\p{Ll})(?!\\s+(?:account|affairs|events|quarter|year"
                    + "|month|week|period|fiscal)\\b)"), Convention.NEWS,
                    (m, t) -> one(m, new TimeExpr.Vague(m.group(1) != null ? "PAST_REF" : "PRESENT_REF"))),
            // news (TimeML's): "now" is the present of the report, not a narrative's "was now"
            new Rule("now-of-report", Pattern.compile("\\b(?i:now)(?![\\w])"), Convention.NEWS, TimexFinder::nowOfReport),
            new Rule("clock", Pattern.compile("(?<![\\w.:])(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|A\\.M\\.|P\\.M\\.|am\\b|pm\\b"
                    + "|o['’]clock(?:\\s+(?:at\\s+night|in\\s+the\\s+(?:morning|afternoon|evening)))?|in\\s+the\\s+(?:morning|afternoon|evening))|\\b(noon|midnight|midday)\\b|(?<=\\bat\\s)([01]\\d|2[0-3]):?([0-5]\\d)(?:\\s+hours)?(?![\\w:])"),
                    TimexFinder::clock));

    /** {@return each rule's name and pattern}, for profiling */
    java.util.Map<String, Pattern> patterns() {
        java.util.Map<String, Pattern> out = new java.util.LinkedHashMap<>();
        for (Rule r : rules) out.put(r.name(), r.pattern());
        return out;
    }

    /**
     * {@return the temporal expressions in {@code text[start, end)}, sorted, not overlapping};
     * spans are offsets into {@code text}
     */
    public List<Candidate> find(CharSequence text, int start, int end) {
        return find(text, start, end, Convention.NARRATIVE);
    }

    /** As {@link #find(CharSequence, int, int)}, under {@code convention}. */
    public List<Candidate> find(CharSequence text, int start, int end, Convention convention) {
        List<Candidate> found = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.only().isPresent() && rule.only().get() != convention) continue;
            Matcher m = rule.pattern().matcher(text);
            m.region(start, end);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            while (m.find()) {
                if (m.end() > m.start()) found.addAll(rule.build().apply(m, text));
            }
        }
        return CandidateMerger.merge(found, text, start, end, convention);
    }

    static String partCode(String word) {
        return switch (word) {
            case "early", "beginning", "start", "early part" -> "START";
            case "late", "end", "close", "latter part", "later part" -> "END";
            case "mid", "middle" -> "MID";
            case "first half" -> "H1";
            case "second half", "latter half", "last half" -> "H2";
            case "first quarter" -> "Q1";
            case "second quarter" -> "Q2";
            case "third quarter" -> "Q3";
            case "fourth quarter", "last quarter" -> "Q4";
            default -> "";
        };
    }

    static Optional<TimexMod> modOf(String part) {
        return switch (part) {
            case "START" -> Optional.of(TimexMod.START);
            case "MID" -> Optional.of(TimexMod.MID);
            case "END" -> Optional.of(TimexMod.END);
            default -> Optional.empty();
        };
    }

    static TimexMod approxMod(String word) {
        return switch (word) {
            case "nearly", "almost", "less than", "fewer than", "under", "just under" -> TimexMod.LESS_THAN;
            case "up to", "at most" -> TimexMod.EQUAL_OR_LESS;
            case "at least" -> TimexMod.EQUAL_OR_MORE;
            case "more than", "over", "just over", "upwards of" -> TimexMod.MORE_THAN;
            default -> TimexMod.APPROX;
        };
    }

    static String podCode(String partOfDay) {
        return switch (partOfDay.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    static String unitCode(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "second" -> "S";
            case "minute" -> "M";
            case "hour" -> "H";
            case "day", "night" -> "D";
            case "week", "fortnight" -> "W";
            case "month" -> "M";
            case "year" -> "Y";
            case "decade" -> "DE";
            default -> "CE";
        };
    }

    private static List<Candidate> one(Matcher m, TimeExpr e) {
        return List.of(new Candidate(Span.of(m.start(), m.end()), e));
    }

    private static List<Candidate> one(int start, int end, TimeExpr e) {
        return List.of(new Candidate(Span.of(start, end), e));
    }

    private static int yearOrNone(String g) {
        return g == null ? TimeExpr.NONE : Integer.parseInt(g);
    }

    private static List<Candidate> monthDayYear(Matcher m, CharSequence t) {
        return days(m, t, Numbers.month(m.group(2)), yearOrNone(m.group(5)), 3, 4);
    }

    private static final Pattern LAST_BEFORE_MONTH = Pattern.compile("\\blast\\s+$");

    private static List<Candidate> dayMonthYear(Matcher m, CharSequence t) {
        if (m.group(3) == null && m.group(5) == null && LAST_BEFORE_MONTH.matcher(t.subSequence(m.end(2), m.start(4))).find()) {
            // "the 29th day of last November": that day of the November before the story's
            return one(m, new TimeExpr.MonthOf(Numbers.month(m.group(4)), Numbers.day(m.group(2)), TimeExpr.Pick.PREVIOUS));
        }
        return days(m, t, Numbers.month(m.group(4)), yearOrNone(m.group(5)), 2, 3);
    }

    /**
     * One day, a day range ("August 2–3, 1938", "between 1 and 3 July"), or two days sharing a
     * month ("July 5 and 6, 1943", "5 and 6 July"): the first spans its own digits.
     */
    private static List<Candidate> days(Matcher m, CharSequence t, int month, int year, int first, int second) {
        int d1 = Numbers.day(m.group(first));
        if (m.group(second) == null) return one(m, TimeExpr.Calendar.of(year, month, d1));
        int d2 = Numbers.day(m.group(second));
        if (d2 > d1 && rangeConnectorFits(m, first, second, t)) {
            return one(m, new TimeExpr.Range(TimeExpr.Calendar.of(year, month, d1), TimeExpr.Calendar.of(year, month, d2)));
        }
        String gap = t.subSequence(m.end(first), m.start(second)).toString().trim();
        if (!gap.equals("and") && !gap.equals("or")) return List.of();
        return List.of(new Candidate(Span.of(m.start(), m.end(first)), TimeExpr.Calendar.of(year, month, d1)),
                new Candidate(Span.of(m.start(second), m.end()), TimeExpr.Calendar.of(year, month, d2)));
    }

    /** "2–3 August" always; "1 to 3 July" only after "from", "1 and 3 July" only after "between". */
    private static boolean rangeConnectorFits(Matcher m, int first, int second, CharSequence t) {
        String gap = t.subSequence(m.end(first), m.start(second)).toString().trim();
        if (!gap.equals("to") && !gap.equals("and") && !gap.equals("until")) return true;
        Matcher from = CandidateMerger.RANGE_FROM.matcher(t.subSequence(Math.max(0, m.start() - 12), m.start()));
        return from.find() && from.group(1).equalsIgnoreCase("between") == gap.equals("and");
    }

    private static List<Candidate> monthRange(Matcher m, CharSequence t) {
        int year = Integer.parseInt(m.group(3));
        return one(m, new TimeExpr.Range(TimeExpr.Calendar.of(TimeExpr.NONE, Numbers.month(m.group(1)), 0),
                TimeExpr.Calendar.of(year, Numbers.month(m.group(2)), 0)));
    }

    private static final Pattern MONTH_CONTEXT_BEFORE = Pattern.compile(
            "(?:\\b(?:in|In|of|by|By|since|Since|until|Until|till|during|During|through|from|From|to|early|Early|late|Late"
                    + "|last|next|this|that|before|Before|after|After|throughout|Throughout|Mid|mid|between|Between)\\s|mid-|Mid-)$");
    private static final Pattern ORDINAL_CONTEXT_BEFORE = Pattern.compile(
            "\\b(?:on|On|by|By|until|Until|till|of|from|From|to|since|Since|before|Before|after|After|about|About"
                    + "|the morning of|the night of|the evening of|the afternoon of)\\s$");

    private static boolean preceded(CharSequence t, int at, Pattern context) {
        return context.matcher(t.subSequence(Math.max(0, at - 32), at)).find();
    }

    /** a month after an article or possessive, naming a noun's time: "a March operation", "the pre-war February conference" */
    private static final Pattern MONTH_MODIFIER_BEFORE = Pattern.compile(
            "(?:\\b(?i:a|an|the|its|his|her|their|our)\\s+(?:[\\p{Ll}]+-[\\p{Ll}]+\\s+)?|['’]s\\s+)$");
    /** a month coordinated with a month before it: "November and January", "May or June" */
    private static final Pattern MONTH_COORDINATED_BEFORE = Pattern.compile(
            "\\b(?:" + MONTH_NAMES + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th|d)?)?,?\\s+(?:and|or|to|until|till|through)\\s+$");

    /** "a new Tenth of August", "another Second of September": a day of the past held up as a figure, not a date */
    private static final Pattern FIGURE_OF_BEFORE = Pattern.compile("(?i)\\b(?:new|another)\\s+\\p{L}+(?:-\\p{L}+)?\\s+of\\s+$");

    private static List<Candidate> bareMonth(Matcher m, CharSequence t) {
        if (preceded(t, m.start(), FIGURE_OF_BEFORE)) return List.of();
        int i = m.end();
        while (i < t.length() && t.charAt(i) == ' ') i++;
        boolean lowerAfter = i < t.length() && Character.isLowerCase(t.charAt(i))
                && !t.subSequence(i, Math.min(t.length(), i + 4)).toString().matches("(and|or|to)\\b.*");
        boolean context = preceded(t, m.start(), MONTH_CONTEXT_BEFORE) || preceded(t, m.start(), MONTH_COORDINATED_BEFORE);
        if (!context) {
            // "a March operation": a month before a noun; never the modal "May", nor "an August Assembly"
            if (m.group(1).equals("May") || !preceded(t, m.start(), MONTH_MODIFIER_BEFORE) || i >= t.length()
                    || !Character.isLetter(t.charAt(i)) || (m.group(1).equals("August") && Character.isUpperCase(t.charAt(i)))) {
                return List.of();
            }
        } else if (lowerAfter && (m.group(1).equals("May") || m.group(1).equals("March"))
                && t.subSequence(Math.max(0, m.start() - 3), m.start()).toString().equalsIgnoreCase("to ")) {
            // "to March on Rome", "to May be": the verb or the modal after "to"
            return List.of();
        }
        if (MONTH_AHEAD_AFTER.matcher(t.subSequence(m.end(), Math.min(t.length(), m.end() + 30))).lookingAt()) {
            // "In April following I was ordered to Detroit", "the July next": the first such month after the story's
            return one(m, new TimeExpr.MonthOf(Numbers.month(m.group(1)), TimeExpr.Pick.NEXT));
        }
        if (MONTH_BACK_AFTER.matcher(t.subSequence(m.end(), Math.min(t.length(), m.end() + 14))).lookingAt()
                || preceded(t, m.start(), SINCE_BEFORE)) {
            // "ever since September": the last September before the story's day
            // "the month of December previous to this time": the last December before the story's day
            return one(m, new TimeExpr.MonthOf(Numbers.month(m.group(1)), TimeExpr.Pick.PREVIOUS));
        }
        return one(m, TimeExpr.Calendar.of(TimeExpr.NONE, Numbers.month(m.group(1)), 0));
    }

    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+$");
    private static final Pattern MONTH_BACK_AFTER = Pattern.compile("\\s+(?:previous|preceding|before)\\b");
    /**
     * "In April following I was ordered", "the July next,"; not "April following the battle", "April following
     * Bulgaria's pact" nor "March next year": the word ends the phrase, before a clause or a stop
     */
    private static final Pattern MONTH_AHEAD_AFTER = Pattern.compile(
            "\\s+(?:following|next|ensuing|succeeding)(?=\\s*[,.;:!?)]|\\s+(?:I|we|he|she|they|it|there)\\b)");

    private static final Pattern SEASON_CONTEXT_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|by|during|since|until|till|through|throughout|over|that|this|of|for|before|after|early|late|mid"
                    + "|into|across|spent|spend|spending|passed|pass|passing|wintered)\\s+(?:the\\s+)?$"
                    + "|\\b(?:spring|summer|autumn|fall|winter)\\s+(?:and|or|to)\\s+(?:the\\s+)?$");
    /** "the third quarter of $226.3 million": what follows "of" is an amount, not the whole the quarter is part of */
    private static final String NOT_AN_AMOUNT = "(?!\\s+(?:[$£€]|[A-Z]{1,2}\\$|\\d[\\d,.]*\\s+(?:million|billion)\\b))";

    /** a season naming the time of a deed: "the summer offensive", "a spring campaign", "their winter quarters" */
    static final Pattern SEASON_NOUN_AFTER = Pattern.compile(
            "^[-\\s]+(?i:offensives?|counter-?offensives?|campaigns?|operations?|fighting|assaults?|attacks?|drives?"
                    + "|pushes|push|quarters|session|term|elections?|manoeuvres|maneuvers|rains|months|harvest|sowing)\\b");
    private static final Pattern WINTER_SECOND_YEAR = Pattern.compile("[–/-](\\d{4}|\\d{1,2})(?![\\w])");
    private static final Pattern SEASON_OF_TIME_AFTER = Pattern.compile(
            "^\\s+of\\s+(?:\\d{1,4}\\s*" + ERA + "|(?:that|the same|the following|the next|this)\\s+year\\b)");

    private static List<Candidate> season(Matcher m, CharSequence t) {
        // "this past spring" is the last spring
        String det = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^this\\s+past$", "last");
        String adj = m.group(2) == null ? "" : m.group(2);
        String part = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        String name = m.group(4).toLowerCase(Locale.ROOT);
        int year = yearOrNone(m.group(5));
        int start = m.start();
        if (year == TimeExpr.NONE && m.group(6) == null) {
            boolean modified = !adj.isEmpty() || !part.isEmpty() || det.equals("that") || det.equals("this")
                    || det.equals("last") || det.equals("next");
            CharSequence before = t.subSequence(Math.max(0, m.start() - 20), m.start());
            boolean context = SEASON_CONTEXT_BEFORE.matcher(before).find();
            CharSequence rest = t.subSequence(m.end(), Math.min(t.length(), m.end() + 40));
            boolean deed = SEASON_NOUN_AFTER.matcher(rest).find();
            if (!modified && !context && !deed) return List.of();
            // "the fall of Richmond" (a noun), "in spring water"; "in the fall", "in spring" are seasons
            if (name.equals("fall") && !modified && det.isEmpty() && !deed) return List.of();
            // "the fall of Richmond", "the spring of the year" but not "the spring of 480 BC", "the fall of that year"
            String after = rest.toString();
            if (after.matches("(?s)\\s+of\\s.*") && !SEASON_OF_TIME_AFTER.matcher(rest).find()) return List.of();
            // "the Winter War", "the Summer Palace", "the Prague Spring": names; "the Spring Offensive" is a deed's time
            if (after.length() > 1 && after.charAt(0) == ' ' && Character.isUpperCase(after.charAt(1)) && !deed) return List.of();
            if (Character.isUpperCase(m.group(4).charAt(0)) && m.start(4) > 0 && !deed && !context
                    && !atSentenceStart(t, m.start())) {
                return List.of();
            }
            if (det.equals("the") && adj.isEmpty() && part.isEmpty() && !context && !deed) return List.of();
        }
        TimeExpr.Pick pick = switch (adj.isEmpty() ? det : adj) {
            case "following", "next", "succeeding", "ensuing" -> TimeExpr.Pick.NEXT;
            case "previous", "preceding", "last" -> TimeExpr.Pick.PREVIOUS;
            default -> TimeExpr.Pick.REFERENCE;
        };
        if (pick == TimeExpr.Pick.REFERENCE && year == TimeExpr.NONE && m.group(6) == null
                && BACK_AFTER.matcher(t.subSequence(m.end(), Math.min(t.length(), m.end() + 40))).lookingAt()) {
            pick = TimeExpr.Pick.PREVIOUS; // "the winter before", "the fall and winter preceding"
        }
        int end = m.end();
        if (year != TimeExpr.NONE && name.equals("winter")) {
            // "the winter of 1941–42" is the winter of January 1942
            Matcher next = WINTER_SECOND_YEAR.matcher(t.subSequence(end, Math.min(t.length(), end + 8)));
            if (next.lookingAt()) {
                int y2 = Integer.parseInt(next.group(1));
                if (next.group(1).length() == 2) y2 += year / 100 * 100;
                if (next.group(1).length() == 1) y2 += year / 10 * 10; // "the winter of 1862-3"
                if (y2 == year + 1) {
                    year = y2;
                    end += next.end();
                }
            }
        }
        TimeExpr e = new TimeExpr.Season(year, Numbers.season(name), pick);
        if (end != m.end()) {
            return part.isEmpty() ? List.of(new Candidate(Span.of(start, end), e))
                    : List.of(new Candidate(Span.of(start, end), new TimeExpr.Part(e, part.equals("early") ? "START"
                    : part.equals("late") ? "END" : "MID"), modOf(part.equals("early") ? "START" : part.equals("late") ? "END" : "MID")));
        }
        if (!part.isEmpty()) {
            String code = part.equals("early") ? "START" : part.equals("late") ? "END" : "MID";
            return List.of(new Candidate(Span.of(start, m.end()), new TimeExpr.Part(e, code), modOf(code)));
        }
        return one(m, e);
    }

    private static boolean atSentenceStart(CharSequence t, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(t.charAt(i))) i--;
        return i < 0 || ".!?\n".indexOf(t.charAt(i)) >= 0;
    }

    private static final Pattern YEAR_WORDS_BEFORE = Pattern.compile("(?i)\\b(?:in|of|by|since|until)\\s+$");

    /** "in nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand" */
    private static List<Candidate> yearInWords(Matcher m, CharSequence t) {
        int year = Numbers.yearInWords(m.group(2));
        if (year == TimeExpr.NONE || year < 1000) return List.of();
        boolean theYear = t.subSequence(Math.max(0, m.start(2) - 9), m.start(2)).toString().equalsIgnoreCase("the year ");
        String words = m.group(2).toLowerCase(Locale.ROOT);
        if (!theYear && words.matches("(?s).*(hundred|thousand).*")) {
            // "a body of eleven hundred and five", "two thousand men": a count, unless "the year" says otherwise
            return List.of();
        }
        if (!theYear && m.group(1) == null && !YEAR_WORDS_BEFORE.matcher(t.subSequence(Math.max(0, m.start(2) - 8), m.start(2))).find()
                && !atSentenceStart(t, m.start(2)) && !words.matches("\\p{L}+\\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety).*")) {
            // "nineteen ninety-six" is a year anywhere; "fifteen twelve" only where a year is expected
            return List.of();
        }
        int month = m.group(1) == null ? 0 : Numbers.month(m.group(1));
        int start = m.group(1) != null ? m.start() : m.start(2);
        if (m.group(1) == null && t.subSequence(Math.max(0, start - 9), start).toString().equalsIgnoreCase("the year ")) start -= 9;
        return one(start, m.end(), TimeExpr.Calendar.of(year, month, 0));
    }

    private static List<Candidate> seasonRange(Matcher m, CharSequence t) {
        int year = yearOrNone(m.group(3));
        return one(m, new TimeExpr.Range(new TimeExpr.Season(year, Numbers.season(m.group(1)), TimeExpr.Pick.REFERENCE),
                new TimeExpr.Season(year, Numbers.season(m.group(2)), TimeExpr.Pick.REFERENCE)));
    }

    private static List<Candidate> year(Matcher m, CharSequence t) {
        int s = m.start();
        CharSequence before = t.subSequence(Math.max(0, s - 24), s);
        CharSequence after = t.subSequence(m.end(), Math.min(t.length(), m.end() + 24));
        if (COUNTED_NOUN_AFTER.matcher(after).find()) return List.of();
        boolean ok = YEAR_CONTEXT_BEFORE.matcher(before).find();
        if (!ok && YEAR_CONTEXT_AFTER.matcher(after).find()) {
            String b = before.toString().stripTrailing();
            ok = b.isEmpty() || b.endsWith(".") || b.endsWith("\n") || b.endsWith(",");
        }
        if (!ok) {
            // a year standing alone as a heading or a paragraph's first word: "1938:" "1938. The"
            int i = s - 1;
            while (i >= 0 && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) i--;
            boolean lineStart = i < 0 || t.charAt(i) == '\n';
            String a = after.toString();
            ok = lineStart && (a.isEmpty() || a.startsWith(":") || a.startsWith(",") || a.startsWith(".") || a.startsWith("\n"));
        }
        if (!ok) return List.of();
        return one(m, TimeExpr.Calendar.of(Integer.parseInt(m.group()), 0, 0));
    }

    private static List<Candidate> yearRange(Matcher m, CharSequence t) {
        int y1 = Integer.parseInt(m.group(1));
        String g2 = m.group(2);
        int y2 = g2.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(g2)
                : g2.length() == 1 ? y1 / 10 * 10 + Integer.parseInt(g2) : Integer.parseInt(g2);
        if (y2 <= y1 || y2 - y1 > 200) return List.of();
        CharSequence after = t.subSequence(m.end(), Math.min(t.length(), m.end() + 24));
        if (COUNTED_NOUN_AFTER.matcher(after).find()) return List.of();
        return one(m, new TimeExpr.Range(TimeExpr.Calendar.of(y1, 0, 0), TimeExpr.Calendar.of(y2, 0, 0)));
    }

    private static List<Candidate> eraRange(Matcher m, CharSequence t) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        boolean bc = m.group(3).startsWith("B");
        if (a == 0 || b == 0 || (bc ? b >= a : b <= a)) return List.of();
        return one(m, new TimeExpr.Range(new TimeExpr.Calendar(a, bc, 0, 0), new TimeExpr.Calendar(b, bc, 0, 0)));
    }

    private static List<Candidate> eraYear(Matcher m, CharSequence t) {
        boolean prefixAd = m.group(3) != null;
        int year = Integer.parseInt(prefixAd ? m.group(4) : m.group(1));
        if (year == 0) return List.of();
        boolean bc = !prefixAd && m.group(2).startsWith("B");
        return one(m, new TimeExpr.Calendar(year, bc, 0, 0));
    }

    private static List<Candidate> decade(Matcher m, CharSequence t) {
        int digits = Integer.parseInt(m.group(2) + m.group(3));
        // "the 1800s" is a century: digits 180 name the hundred years 1800-1899
        TimeExpr e = digits % 10 == 0 && digits != 200 ? new TimeExpr.Century(digits / 10 + 1, false) : new TimeExpr.Decade(digits);
        if (m.group(1) != null) {
            String code = partCode(m.group(1).toLowerCase(Locale.ROOT));
            return List.of(new Candidate(Span.of(m.start(), m.end()), new TimeExpr.Part(e, code), modOf(code)));
        }
        return one(m, e);
    }

    /** "the nineties", "the early sixties": the decade of the story's (or the document's) century */
    private static List<Candidate> decadeWords(Matcher m, CharSequence t) {
        int tens = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "twenties" -> 2;
            case "thirties" -> 3;
            case "forties" -> 4;
            case "fifties" -> 5;
            case "sixties" -> 6;
            case "seventies" -> 7;
            case "eighties" -> 8;
            default -> 9;
        };
        TimeExpr e = new TimeExpr.DecadeOfCentury(tens);
        if (m.group(1) != null) {
            String code = partCode(m.group(1).toLowerCase(Locale.ROOT));
            return List.of(new Candidate(Span.of(m.start(), m.end()), new TimeExpr.Part(e, code), modOf(code)));
        }
        return one(m, e);
    }

    /** "the 470s BC", "the end of the 460s BC" */
    private static List<Candidate> decadeBc(Matcher m, CharSequence t) {
        TimeExpr e = new TimeExpr.Decade(Integer.parseInt(m.group(2)), true);
        if (m.group(1) != null) {
            String code = partCode(m.group(1).toLowerCase(Locale.ROOT));
            return List.of(new Candidate(Span.of(m.start(), m.end()), new TimeExpr.Part(e, code), modOf(code)));
        }
        return one(m, e);
    }

    private static List<Candidate> century(Matcher m, CharSequence t) {
        int n = Numbers.ordinal(m.group(2));
        if (n < 1 || n > 30) return List.of();
        boolean bc = m.group(3) != null && m.group(3).startsWith("B");
        TimeExpr e = new TimeExpr.Century(n, bc);
        if (m.group(1) != null) {
            String code = partCode(m.group(1).toLowerCase(Locale.ROOT));
            return List.of(new Candidate(Span.of(m.start(), m.end()), new TimeExpr.Part(e, code), modOf(code)));
        }
        return one(m, e);
    }

    private static List<Candidate> periodPart(Matcher m, CharSequence t) {
        String code = partCode(m.group(1).toLowerCase(Locale.ROOT));
        TimeExpr.Unit unit = m.group(2).equalsIgnoreCase("year") ? TimeExpr.Unit.YEAR : TimeExpr.Unit.MONTH;
        TimeExpr e = new TimeExpr.Part(new TimeExpr.Shift(unit, 0, TimeExpr.Base.NARRATIVE, ""), code);
        return List.of(new Candidate(Span.of(m.start(), m.end()), e, modOf(code)));
    }

    private static List<Candidate> reportedQuarter(Matcher m, CharSequence t) {
        boolean yearBefore = m.group(1) != null || m.group(3) != null;
        if (m.group(2) != null && m.group(2).equals("period") && !yearBefore
                && !m.group().toLowerCase(Locale.ROOT).matches(".*(latest|last|recent|just-ended|comparable).*")) {
            return List.of(); // "the period" alone is no quarter
        }
        return one(m, new TimeExpr.ReportedQuarter(yearBefore ? 1 : 0));
    }

    /** "daily", "weekly", "annually": a set (TIMEX3 {@code P1D}) */
    private static List<Candidate> frequency(Matcher m, CharSequence t) {
        String code = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "daily" -> "D";
            case "weekly" -> "W";
            case "monthly" -> "M";
            case "hourly" -> "TH";
            default -> "Y";
        };
        return one(m, new TimeExpr.Recurrence(code.equals("TH") ? "PT1H" : "P1" + code));
    }

    private static List<Candidate> quarter(Matcher m, CharSequence t) {
        String q = "Q" + switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            default -> 4;
        };
        TimeExpr base = m.group(1) != null ? TimeExpr.Calendar.of(Integer.parseInt(m.group(1)), 0, 0)
                : new TimeExpr.Shift(TimeExpr.Unit.YEAR, 0, TimeExpr.Base.DOCUMENT, "");
        return one(m, new TimeExpr.Part(base, q));
    }

    private static TimeExpr.Unit unit(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "week", "fortnight" -> TimeExpr.Unit.WEEK;
            case "month" -> TimeExpr.Unit.MONTH;
            case "year" -> TimeExpr.Unit.YEAR;
            case "decade" -> TimeExpr.Unit.DECADE;
            case "century" -> TimeExpr.Unit.CENTURY;
            default -> TimeExpr.Unit.DAY;
        };
    }

    private static List<Candidate> countedShift(Matcher m, CharSequence t) {
        String unitWord = m.group(2).toLowerCase(Locale.ROOT);
        if (unitWord.startsWith("centur") || unitWord.equals("hour") || unitWord.equals("minute") || unitWord.equals("second")) {
            // "ten hours before": the duration; clock arithmetic is beyond a day-level timeline
            int unitEnd = m.end(2) + (m.end(2) < t.length() && t.charAt(m.end(2)) == 's' ? 1 : 0);
            return durationOf(m.start(), m.end(1), unitEnd, m.group(1), unitWord);
        }
        String dir = m.group(3).toLowerCase(Locale.ROOT);
        int amount = Numbers.amount(m.group(1));
        if (dir.equals("after") || dir.equals("before")) {
            // "two days after the battle": counted from the event's date where the text dates it (the stage
            // finds it), a duration otherwise
            int i = m.end();
            while (i < t.length() && t.charAt(i) == ' ') i++;
            if (i < t.length() && Character.isLetterOrDigit(t.charAt(i))) {
                int unitEnd = m.end(2) + (t.charAt(m.end(2)) == 's' ? 1 : 0);
                List<Candidate> duration = durationOf(m.start(), m.end(1), unitEnd, m.group(1), unitWord);
                String event = eventAfter(t, i);
                // "for six months before graduation" measures a stretch; "six months before graduation" dates a day
                boolean stretch = A_STRETCH_BEFORE.matcher(t.subSequence(Math.max(0, m.start() - 12), m.start())).find();
                if (amount == TimeExpr.NONE || event.isEmpty() || stretch) return duration;
                int n = unitWord.equals("fortnight") ? 2 * amount : unitWord.equals("decade") ? 10 * amount : amount;
                TimeExpr.Unit u = unitWord.equals("decade") ? TimeExpr.Unit.YEAR : unit(unitWord);
                TimeExpr fallback = duration.get(0).expr();
                return one(m.start(), unitEnd, new TimeExpr.EventShift(u, dir.equals("after") ? n : -n, event, fallback));
            }
        }
        if (amount != TimeExpr.NONE && unitWord.equals("fortnight")) amount *= 2;
        if (amount == TimeExpr.NONE) {
            // "a few days later", "many years earlier": no count to shift by, only a direction
            boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before") || dir.equals("previously")
                    || dir.equals("back");
            return one(m, new TimeExpr.Vague(back ? "PAST_REF" : "FUTURE_REF"));
        }
        if (unitWord.equals("decade") && amount != TimeExpr.NONE) {
            amount *= 10;
            unitWord = "year";
        }
        int sign = switch (dir) {
            case "earlier", "before", "previously", "ago", "back" -> -1;
            default -> 1;
        };
        TimeExpr.Base base = dir.equals("ago") || dir.equals("hence") || dir.equals("from now")
                ? TimeExpr.Base.DOCUMENT : TimeExpr.Base.NARRATIVE;
        int signed = amount == TimeExpr.NONE ? TimeExpr.NONE : sign * amount;
        return one(m, new TimeExpr.Shift(unit(unitWord), signed, base, ""));
    }

    private static final Pattern A_STRETCH_BEFORE = Pattern.compile("(?i)\\b(?:for|during|within|over|throughout)\\s+$");
    private static final Pattern EVENT_END = Pattern.compile("[,.;:!?()\\[\\]\"“”—]|\\s(?:and|but|when|which|who|whom|where|while|as|in order)\\s");

    /** {@return the noun phrase naming the event after "after"/"before" ("the battle began", "Fort Sumter"), at most six words} */
    static String eventAfter(CharSequence t, int from) {
        int limit = Math.min(t.length(), from + 80);
        Matcher end = EVENT_END.matcher(t);
        end.region(from, limit);
        int stop = end.find() ? end.start() : limit;
        String[] words = t.subSequence(from, stop).toString().trim().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(6, words.length))).trim();
    }

    private static List<Candidate> durationOf(int start, int amountEnd, int end, String amountText, String unitWord) {
        int amount = Numbers.amount(amountText);
        String code = unitCode(unitWord);
        if (unitWord.equals("fortnight") && amount != TimeExpr.NONE) amount *= 2;
        boolean time = unitWord.equals("hour") || unitWord.equals("minute") || unitWord.equals("second");
        if (code.equals("DE") && amount != TimeExpr.NONE) {
            amount *= 10;
            code = "Y";
        }
        String v = "P" + (time ? "T" : "") + (amount == TimeExpr.NONE ? "X" : Integer.toString(amount)) + code;
        return one(start, end, new TimeExpr.Duration(v));
    }

    /** "later in the year", "late in the year", "early in the month": the story's year or month, or a part of it */
    private static List<Candidate> inTheUnit(Matcher m, CharSequence t) {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        TimeExpr.Unit unit = m.group(2).equals("year") ? TimeExpr.Unit.YEAR : TimeExpr.Unit.MONTH;
        TimeExpr e = new TimeExpr.Shift(unit, 0, TimeExpr.Base.NARRATIVE, "");
        if (w.equals("late")) return List.of(new Candidate(Span.of(m.start(), m.end()), new TimeExpr.Part(e, "END"), modOf("END")));
        if (w.equals("early")) return List.of(new Candidate(Span.of(m.start(), m.end()), new TimeExpr.Part(e, "START"), modOf("START")));
        return one(m, e);
    }

    /** "November of the same year", "March of the following year" */
    private static List<Candidate> monthOfYear(Matcher m, CharSequence t) {
        int shift = 0;
        if (m.group(3) != null) shift = m.group(3).matches("the (?:following|next|succeeding)") ? 1 : -1;
        int day = m.group(2) == null ? 0 : Numbers.day(m.group(2));
        return one(m, new TimeExpr.MonthInYear(Numbers.month(m.group(1)), day, shift));
    }

    private static List<Candidate> nextUnit(Matcher m, CharSequence t) {
        String dir = m.group(2).toLowerCase(Locale.ROOT);
        if (m.group(1) == null && !dir.equals("next")) return List.of();
        // "next month" without "the" is deictic: the document's next month
        if (m.group(1) == null && !m.group(3).equals("day") && !m.group(3).matches(PART_OF_DAY)) return List.of();
        int amount = dir.equals("previous") || dir.equals("preceding") ? -1 : 1;
        String word = m.group(3);
        if (word.matches(PART_OF_DAY)) {
            return one(m, new TimeExpr.Shift(TimeExpr.Unit.DAY, amount, TimeExpr.Base.NARRATIVE, podCode(word)));
        }
        return one(m, new TimeExpr.Shift(unit(word), amount, TimeExpr.Base.NARRATIVE, ""));
    }

    private static List<Candidate> sameUnit(Matcher m, CharSequence t) {
        String word = m.group(1) != null ? m.group(1) : m.group(2);
        if (word.equals("day") && ERA_OF_BEFORE.matcher(t.subSequence(Math.max(0, m.start() - 24), m.start())).find()) {
            // "the Mexican army of that day", "the customs of that day": the times, not a day
            return List.of();
        }
        if (word.matches(PART_OF_DAY)) {
            // "that morning": the story's day, in the morning (TIMEX3 TMO)
            return one(m, new TimeExpr.Shift(TimeExpr.Unit.DAY, 0, TimeExpr.Base.NARRATIVE, podCode(word)));
        }
        return one(m, new TimeExpr.Shift(unit(word), 0, TimeExpr.Base.NARRATIVE, ""));
    }

    private static List<Candidate> dayAfterEvent(Matcher m, CharSequence t) {
        String event = eventAfter(t, m.end());
        if (event.isEmpty()) return List.of();
        int amount = m.group(2).equals("before") ? -1 : 1;
        // the span stops before the event: "the next day after"
        String part = m.group(1).equals("day") ? "" : podCode(m.group(1));
        return List.of(new Candidate(Span.of(m.start(), m.end() - 1), new TimeExpr.EventShift(TimeExpr.Unit.DAY, amount, event,
                new TimeExpr.Shift(TimeExpr.Unit.DAY, amount, TimeExpr.Base.NARRATIVE, part))));
    }

    /** "the army of that day" (the times); not "the evening of that day", "the events of that day" */
    private static final Pattern ERA_OF_BEFORE = Pattern.compile(
            "\\b(?!(?:morning|afternoon|evening|night|noon|end|close|course|middle|rest|remainder|events|fighting|battle|work"
                    + "|operations|orders?|loss|losses|march)\\s)\\p{L}{3,}\\s+of\\s+$");

    private static List<Candidate> unitAfter(Matcher m, CharSequence t) {
        String word = m.group(1);
        int amount = m.group(2).equals("after") || m.group(2).equals("following") ? 1 : -1;
        if (word.matches(PART_OF_DAY)) {
            return one(m, new TimeExpr.Shift(TimeExpr.Unit.DAY, amount, TimeExpr.Base.NARRATIVE, podCode(word)));
        }
        return one(m, new TimeExpr.Shift(unit(word), amount, TimeExpr.Base.NARRATIVE, ""));
    }

    private static List<Candidate> deicticDay(Matcher m, CharSequence t) {
        return switch (m.group().toLowerCase(Locale.ROOT)) {
            case "today" -> one(m, new TimeExpr.Shift(TimeExpr.Unit.DAY, 0, TimeExpr.Base.DOCUMENT, ""));
            case "yesterday" -> one(m, new TimeExpr.Shift(TimeExpr.Unit.DAY, -1, TimeExpr.Base.DOCUMENT, ""));
            case "tomorrow" -> one(m, new TimeExpr.Shift(TimeExpr.Unit.DAY, 1, TimeExpr.Base.DOCUMENT, ""));
            default -> one(m, new TimeExpr.Shift(TimeExpr.Unit.DAY, 0, TimeExpr.Base.DOCUMENT, "NI"));
        };
    }

    /** the weekend of a week: TIMEX3 {@code 1989-W43-WE}, carried as a week shift's time of day */
    static final String WEEKEND = "WE";

    private static List<Candidate> deicticUnit(Matcher m, CharSequence t) {
        String det = m.group(1).toLowerCase(Locale.ROOT);
        String word = m.group(2).toLowerCase(Locale.ROOT);
        int amount = switch (det) {
            case "last", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        if (word.matches(PART_OF_DAY)) {
            if (det.equals("next") || det.equals("coming")) return List.of();
            // "this morning", "last night": TIMEX3 gives these their part of day
            int a = det.equals("last") ? -1 : 0;
            return one(m, new TimeExpr.Shift(TimeExpr.Unit.DAY, a, TimeExpr.Base.DOCUMENT, podCode(word)));
        }
        if (word.equals("weekend")) return one(m, new TimeExpr.Shift(TimeExpr.Unit.WEEK, amount, TimeExpr.Base.DOCUMENT, WEEKEND));
        return one(m, new TimeExpr.Shift(unit(word), amount, TimeExpr.Base.DOCUMENT, ""));
    }

    /** words that may stand capitalised before a weekday that is a day: "On Sunday", "Last Friday" */
    private static final Pattern WEEKDAY_CAPITAL_BEFORE = Pattern.compile(
            "(?:On|Last|Next|This|That|Every|Each|The|By|Until|Since|Before|After|From|Till|Early|Late|And|But|Or|Then"
                    + "|Following|Previous|Preceding)");

    /** "the Friday preceding", "on the Sunday before": not "said Monday before leaving", where "before" opens a clause */
    private static final Pattern BACK_AFTER = Pattern.compile(
            "\\s+(?:preceding|previous|before)\\b(?!\\s+(?:\\p{Ll}+ing|the|a|an|he|she|it|they|we|I|you|his|her|its|their)\\b)");

    private static List<Candidate> weekdayNotAName(Matcher m, CharSequence t) {
        if (m.group(1) == null && capitalisedNameBefore(t, m.start())) return List.of();
        return weekday(m, t);
    }

    private static List<Candidate> weekday(Matcher m, CharSequence t) {
        int dow = Numbers.weekday(m.group(2));
        String det = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        if (m.group(3) != null || det.equals("every") || det.equals("each")) {
            return one(m, new TimeExpr.Recurrence("XXXX-WXX-" + dow));
        }
        TimeExpr.Pick pick = switch (det) {
            case "last", "the previous", "the preceding" -> TimeExpr.Pick.PREVIOUS;
            case "next", "the following", "the next" -> TimeExpr.Pick.NEXT;
            default -> TimeExpr.Pick.NEAREST;
        };
        if (pick == TimeExpr.Pick.NEAREST && BACK_AFTER.matcher(t.subSequence(m.end(), Math.min(t.length(), m.end() + 40))).lookingAt()) {
            pick = TimeExpr.Pick.PREVIOUS; // "the Friday night preceding", "on the Sunday before"
        }
        // "Friday night": that day, at night (TIMEX3 TNI)
        return one(m, new TimeExpr.Weekday(dow, pick, m.group(4) == null ? "" : podCode(m.group(4))));
    }

    /** {@return true when a capitalised word that does not open the sentence stands right before {@code at}} */
    private static boolean capitalisedNameBefore(CharSequence t, int at) {
        int i = at - 1;
        if (i < 0 || t.charAt(i) != ' ') return false;
        int end = i;
        while (i > 0 && Character.isLetter(t.charAt(i - 1))) i--;
        if (i == end || !Character.isUpperCase(t.charAt(i))) return false;
        String word = t.subSequence(i, end).toString();
        if (WEEKDAY_CAPITAL_BEFORE.matcher(word).matches()) return false;
        return !atSentenceStart(t, i);
    }

    /** units named by ordinals: "the 26th Division", "men of the 42nd", "the 3d Corps" */
    private static final Pattern MILITARY_UNIT_NEAR = Pattern.compile(
            "(?i)\\b(?:divisions?|regiments?|brigades?|corps|battalions?|batteries|battery|infantry|cavalry|artillery"
                    + "|volunteers|companies|squadrons?|fleet|army|armies)\\b");

    private static final Pattern OF_A_DOCUMENT_BEFORE = Pattern.compile(
            "(?i)\\b(?:orders?|letters?|dispatch(?:es)?|despatch(?:es)?|telegrams?|reports?|note|instructions|message|communication"
                    + "|experience|events|battle|fight|fighting|affair|engagement|assault|attack|work|operations)\\s+of\\s+$");

    private static final Pattern CAPITAL_AFTER = Pattern.compile("\\s+(?!(?i:army|armies|division|corps|regiment|brigade|battalion"
            + "|fleet|infantry|cavalry|artillery|battery|company|squadron|district|ward|street|avenue|century)\\b)\\p{Lu}[\\p{L}'’-]*\\b"
            + "(?!\\s+(?i:division|corps|regiment|brigade|army|infantry|cavalry|artillery|volunteers|militia|battery|battalion))");

    /** "on the 6th", "the night of the 6th", "until the 6th": words before a day, not a unit */
    private static final Pattern DAY_OF_BEFORE = Pattern.compile(
            "(?i)\\b(?:on|by|until|till|since|before|after|(?:morning|afternoon|evening|night|day|noon)\\s+of)\\s+$");

    private static final Pattern ORDINAL_BLOCKERS = Pattern.compile(
            "^\\s+(?:[A-Z]|(?i:division|corps|regiment|brigade|army|battalion|company|infantry|cavalry|artillery|battery"
                    + "|centur(?:y|ies)|anniversary|floor|street|avenue|parallel|amendment|congress|district|ward|article|edition"
                    + "|time|place|man|men|part|chapter|volume|section|degree|year|birthday|day of)\\b)");

    private static List<Candidate> ordinalDay(Matcher m, CharSequence t) {
        if (!preceded(t, m.start(), ORDINAL_CONTEXT_BEFORE)) return List.of();
        CharSequence after = t.subSequence(m.end(), Math.min(t.length(), m.end() + 20));
        boolean onTheDay = DAY_OF_BEFORE.matcher(t.subSequence(Math.max(0, m.start() - 24), m.start())).find();
        // "the 3d Corps" is a unit; "On the 6th Sherman arrived" is a day
        if (ORDINAL_BLOCKERS.matcher(after).find() && !(onTheDay && CAPITAL_AFTER.matcher(after).lookingAt())) return List.of();
        if (!onTheDay && MILITARY_UNIT_NEAR.matcher(t.subSequence(Math.max(0, m.start() - 80),
                Math.min(t.length(), m.end() + 80))).find()) {
            // "the 26th" among divisions and regiments is a unit, not a day
            return List.of();
        }
        // "my orders of the 18th", "his dispatch of the 5th": a day already past
        boolean before = OF_A_DOCUMENT_BEFORE.matcher(t.subSequence(Math.max(0, m.start() - 40), m.start())).find();
        if (m.group(2) != null) {
            // "on the 24th and 25th": two days
            return List.of(new Candidate(Span.of(m.start(), m.end(1)), new TimeExpr.OrdinalDay(Numbers.day(m.group(1)), before)),
                    new Candidate(Span.of(m.start(2), m.end(2)), new TimeExpr.OrdinalDay(Numbers.day(m.group(2)), before)));
        }
        return one(m, new TimeExpr.OrdinalDay(Numbers.day(m.group(1)), before));
    }

    private static final Pattern DAY_WORDS_ONLY = Pattern.compile(Numbers.DAY_WORDS);

    /** "on the Twenty-ninth", "the evening of the Fourth": a capitalised day in words, after "on" or a part of day */
    private static List<Candidate> ordinalDayWords(Matcher m, CharSequence t) {
        if (!DAY_WORDS_ONLY.matcher(m.group(1)).matches()) return List.of();
        CharSequence after = t.subSequence(m.end(), Math.min(t.length(), m.end() + 20));
        if (ORDINAL_BLOCKERS.matcher(after).find() && !CAPITAL_AFTER.matcher(after).lookingAt()) return List.of();
        return one(m, new TimeExpr.OrdinalDay(Numbers.day(m.group(1))));
    }

    /** "the Six-Day War", "the Seven Years' War": names, not durations */
    private static final Pattern WAR_NAME_AFTER = Pattern.compile("^['’]?\\s+War\\b");

    private static List<Candidate> duration(Matcher m, CharSequence t) {
        String amountText = m.group(1);
        String lower = amountText.toLowerCase(Locale.ROOT);
        if ((lower.equals("a") || lower.equals("an")) && m.group(2).equalsIgnoreCase("second")) return List.of(); // "a second time"
        boolean hyphenated = m.end(1) < t.length() && t.charAt(m.end(1)) == '-';
        if (lower.equals("a") || lower.equals("an") || (lower.equals("one") && !hyphenated)) {
            // "a one-year tour" is a duration; "one day he left" is not
            CharSequence before = t.subSequence(Math.max(0, m.start() - 12), m.start());
            if (!A_DURATION_CONTEXT.matcher(before).find() || m.start(1) != m.start()) return List.of();
        }
        if (Character.isDigit(amountText.charAt(0)) && amountText.contains(",")) return List.of();
        String unitWord = m.group(2).toLowerCase(Locale.ROOT);
        boolean plural = m.group().toLowerCase(Locale.ROOT).endsWith("s");
        if (WAR_NAME_AFTER.matcher(t.subSequence(m.end(), Math.min(t.length(), m.end() + 8))).find()) return List.of();
        if (m.end() < t.length() && t.charAt(m.end()) == '-') return List.of(); // "a night-raid", "a day-long march"
        String unitText = m.group(2);
        if (Character.isUpperCase(unitText.charAt(0)) && unitText.length() > 1 && Character.isLowerCase(unitText.charAt(1))) {
            return List.of(); // "the Hundred Days", "the 100 Days Offensive": a name
        }
        if (Numbers.amount(amountText) == TimeExpr.NONE && !plural) return List.of(); // "some day", "many a year"
        return durationOf(m.start(), m.end(1), m.end(), amountText, unitWord);
    }

    /** "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M, "two and a half days" P2DT12H */
    private static List<Candidate> durationAndAHalf(Matcher m, CharSequence t) {
        int n = Numbers.amount(m.group(1));
        if (n == TimeExpr.NONE) return List.of();
        String value = switch (unitCode(m.group(2))) {
            case "Y" -> "P" + n + "Y6M";
            case "D" -> "P" + n + "DT12H";
            case "W" -> "P" + (7 * n + 3) + "DT12H";
            case "DE" -> "P" + (10 * n + 5) + "Y";
            case "CE" -> "P" + (100 * n + 50) + "Y";
            default -> m.group(2).toLowerCase(Locale.ROOT).startsWith("month") ? "P" + n + "M15D"
                    : m.group(2).toLowerCase(Locale.ROOT).startsWith("hour") ? "PT" + n + "H30M"
                    : m.group(2).toLowerCase(Locale.ROOT).startsWith("minute") ? "PT" + n + "M30S" : "PT" + n + ".5S";
        };
        return one(m, new TimeExpr.Duration(value));
    }

    private static List<Candidate> set(Matcher m, CharSequence t) {
        if (m.group(3) != null) {
            return one(m, new TimeExpr.Recurrence("P1" + unitCode(m.group(3))));
        }
        String word = m.group(2).toLowerCase(Locale.ROOT);
        int n = m.group(1) == null ? 1 : 2;
        if (word.matches(PART_OF_DAY)) return one(m, new TimeExpr.Recurrence("XXXX-XX-XXT" + podCode(word)));
        if (word.matches("spring|summer|autumn|fall|winter")) return one(m, new TimeExpr.Recurrence("XXXX-" + Numbers.season(word)));
        return one(m, new TimeExpr.Recurrence("P" + n + unitCode(word)));
    }

    /** "soon" speaks of the future only after a word that looks ahead ("will soon", "would soon", "expected soon") */
    private static final Pattern SOON_AHEAD = Pattern.compile(
            "(?i)\\b(?:will|'ll|shall|would|should|could|may|might|must|expected|expects?|hopes?|hoped|going to|be|is|are)\\s+(?:\\w+\\s+)?$");

    private static List<Candidate> vague(Matcher m, CharSequence t) {
        String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.equals("soon") || w.equals("shortly")) {
            // "soon after", "the city was soon besieged": the story's own order, not a reference to the future
            CharSequence before = t.subSequence(Math.max(0, m.start() - 24), m.start());
            CharSequence after = t.subSequence(m.end(), Math.min(t.length(), m.end() + 8));
            boolean ahead = SOON_AHEAD.matcher(before).find() || after.toString().matches("(?s)\\s+(?:will|would|be)\\b.*");
            if (w.equals("shortly") || !ahead) return List.of();
            CharSequence around = t.subSequence(Math.max(0, m.start() - 3), Math.min(t.length(), m.end() + 3));
            if (around.toString().toLowerCase(Locale.ROOT).matches("(?s).*(as soon as|soon after|soon as).*")) return List.of();
        }
        if (w.equals("previously")) {
            // "had previously been allied": an adverb of order, rarely annotated as a time
            return List.of();
        }
        if (w.equals("the future") && m.start() >= 3 && t.subSequence(m.start() - 3, m.start()).toString().equalsIgnoreCase("in ")) {
            return List.of(); // "in the future" is matched whole
        }
        String v;
        if (w.equals("soon") || w.contains("future") || w.contains("coming") || w.equals("from now on")) {
            v = "FUTURE_REF";
        } else if (w.equals("formerly") || w.equals("recently") || w.equals("lately") || w.contains("past")
                || w.contains("recent") || w.equals("at that time")) {
            v = "PAST_REF";
        } else {
            v = "PRESENT_REF";
        }
        return one(m, new TimeExpr.Vague(v));
    }

    private static List<Candidate> nowOfReport(Matcher m, CharSequence t) {
        CharSequence before = t.subSequence(Math.max(0, m.start() - 12), m.start());
        if (NOW_BLOCKERS.matcher(before).find()) return List.of();
        if (NOW_PAST_AFTER.matcher(t.subSequence(m.end(), Math.min(t.length(), m.end() + 16))).find()) return List.of();
        return one(m, new TimeExpr.Vague("PRESENT_REF"));
    }

    /** "the former regime", "a future president", "recent victories", "the current government" */
    private static List<Candidate> vagueAdjective(Matcher m, CharSequence t) {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        String v = switch (w) {
            case "former", "recent" -> "PAST_REF";
            case "future" -> "FUTURE_REF";
            default -> "PRESENT_REF";
        };
        return one(m, new TimeExpr.Vague(v));
    }

    /** "a new Night of Pentecost", "another Easter": a feast named as a figure, one of a kind, not a day */
    private static final Pattern FEAST_FIGURE = Pattern.compile(
            "(?i)\\b(?:a|an|another|some|such)\\s+(?:new\\s+|second\\s+|fresh\\s+|very\\s+|kind\\s+of\\s+|sort\\s+of\\s+)?"
                    + "(?:\\p{L}+\\s+of\\s+(?:the\\s+)?)?$");
    /** "Christmas Guisings", "Easter offerings": the feast's name as a modifier of things done at it */
    private static final Pattern FEAST_MODIFIER = Pattern.compile("^\\s+(?:\\p{Lu}\\p{Ll}+s|\\p{L}+ings)\\b");

    private static List<Candidate> feast(Matcher m, CharSequence t) {
        if (m.group(1) == null && m.group(3) == null) {
            CharSequence before = t.subSequence(Math.max(0, m.start() - 40), m.start());
            CharSequence after = t.subSequence(m.end(), Math.min(t.length(), m.end() + 30));
            if (FEAST_FIGURE.matcher(before).find() || FEAST_MODIFIER.matcher(after).find()) return List.of();
        }
        String det = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        TimeExpr.Pick pick = switch (det) {
            case "last" -> TimeExpr.Pick.PREVIOUS;
            case "next" -> TimeExpr.Pick.NEXT;
            default -> TimeExpr.Pick.REFERENCE;
        };
        return one(m, new TimeExpr.Feast(Feasts.named(m.group(2)), yearOrNone(m.group(3)), pick));
    }

    private static List<Candidate> clock(Matcher m, CharSequence t) {
        if (m.group(5) != null) {
            return one(m, new TimeExpr.ClockTime("T" + m.group(5) + ":" + m.group(6)));
        }
        if (m.group(4) != null) {
            return one(m, new TimeExpr.ClockTime(m.group(4).equals("midnight") ? "T24:00" : "T12:00"));
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (h > 12 || min > 59) return List.of();
        String suffix = m.group(3).toLowerCase(Locale.ROOT);
        if ((suffix.startsWith("p") || suffix.endsWith("afternoon") || suffix.endsWith("evening")) && h < 12) h += 12;
        // "10 o'clock at night" is 22:00; "2 o'clock at night" stays in the small hours
        if (suffix.endsWith("night") && h >= 6 && h < 12) h += 12;
        if (suffix.startsWith("a") && h == 12) h = 0;
        return one(m, new TimeExpr.ClockTime(String.format("T%02d:%02d", h, min)));
    }
}
