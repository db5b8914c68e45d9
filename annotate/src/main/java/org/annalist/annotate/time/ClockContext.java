package org.annalist.annotate.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/**
 * How the sentence around a date tells the clock to read it: an aside, a look back, the future, a plan, the end
 * of a stretch. Reads the narrator's words only; cues inside quotations speak for the quoted writer.
 */
final class ClockContext {

    private static final Pattern LOOK_BACK = Pattern.compile(
            "(?i)\\b(?:had(?!\\s+to\\b)|previously|earlier|formerly|before that|ago|back in|once again|followed"
                    + "|previous to|prior to|gone a year|a year gone)\\b");
    /** a look back marked by more than a past perfect */
    private static final Pattern MARKED_BACK = Pattern.compile(
            "(?i)\\b(?:previously|earlier|formerly|before that|ago|back in|followed|previous to|prior to|gone a year|a year gone)\\b");
    /** "bore date May 17th", "dated the 5th": the date a paper carries */
    private static final Pattern DATED_BEFORE = Pattern.compile("(?i)\\b(?:(?:bore|bears|bearing)\\s+(?:the\\s+)?date(?:\\s+of)?|dated"
            // "he wrote to Marsh on the 8th": the day a letter was written
            + "|wrote(?:\\s+to\\s+\\S+(?:\\s+\\S+)?)?\\s+on)\\s+(?:the\\s+)?$");
    /** "the Sixth of October gone a year", "May two years since": a date counted back from the story's */
    private static final Pattern GONE_AFTER = Pattern.compile(
            "^,?\\s+(?:gone\\s+(?:a|one|two|three|four|five|\\d+)\\s+years?|(?:a|one|two|three|four|five|\\d+)\\s+years?\\s+(?:gone|ago|since))\\b");
    /** "ever since March", "since the 3d": where a stretch reaching the story's present began, a look back */
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\b(?:ever\\s+)?since\\s+(?:the\\s+)?$");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:will|shall|going to|plans? to|planned to|planning to|scheduled|set to|as soon as|as early as"
                    + "|expected to|would be)\\b|'ll\\b");
    /** plans, expectations and the future in the past: a later date here is not a step of the story */
    private static final Pattern AHEAD = Pattern.compile(
            "(?i)\\b(?:will|shall|going to|plans?|planned|planning|scheduled|set to|expected|expects|would|projected"
                    + "|predicted|intended|envisioned|deadline|hoped"
                    // a flash-forward: "After the war, during the summer of 1865, …", "in after years"
                    + "|after the (?:war|rebellion|revolution|peace)|in after[- ]years|in later (?:years|life)|later in life"
                    + "|years (?:later|afterwards?)|long afterwards?|to this day|ever since)\\b|'ll\\b");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|``.*?''");

    private static final Pattern RANGE_START_BEFORE = Pattern.compile("(?i)\\bbetween\\s+$");

    /** a temporal clause whose time stands beside the main clause's */
    private static final Pattern WHEN_CLAUSE = Pattern.compile(
            "(?i)(?:^\\s*|[,;:]\\s*)(?:when|whenever|after|until|till|since|once|by the time)\\b[^,;:]*$");

    private static final Pattern EVENT_OF_BEFORE = Pattern.compile(
            "(?i)\\b(?:orders?|letters?|dispatch(?:es)?|despatch(?:es)?|telegrams?|reports?|note|instructions|message"
                    + "|experience|events|battles?|fight|fighting|affair|engagement|assaults?|attacks?|elections?|treaty|act|law"
                    + "|proclamation|declaration|capitulation|surrender|massacre|riots?|revolution|campaign)\\s+of\\s+$");

    /** How far into a paragraph a far bare year may stand and still set the scene. */
    private static final int SCENE_OPENING = 25;

    /** {@return how the clock should read {@code c}: its sentence's marks, adjusted by what the sentence says of it} */
    static NarrativeClock.Context read(String masked, Span block, Candidate c, int clockYear, boolean news,
                                      Optional<YearFrame> section, boolean historicPresent) {
        NarrativeClock.Context context = context(masked, block, c.span());
        boolean aside = context.aside();
        boolean lookBack = context.lookBack();
        boolean markedBack = news ? lookBack : context.markedBack();
        Span sentence = Sentences.around(masked, block, c.span());
        if (ExprShapes.explicitDay(c.expr()) && lookBack) {
            // a full date is the main line's unless the look back is marked before it
            // ("He had met her on June 3, 1936"), not in a later clause ("..., who had ...")
            lookBack = LOOK_BACK.matcher(masked.substring(sentence.start(), c.span().start())).find();
        }
        if (historicPresent && PastTense.toldInThePast(QUOTED.matcher(masked.substring(sentence.start(), sentence.end())).replaceAll(" "))) {
            // a history told in the present looks back in the past tense: "the Seance of the Twenty-third of June,
            // which exploded …", "On Monday night the court fled; on Saturday it returns"
            lookBack = true;
            markedBack = true;
        }
        if (EVENT_OF_BEFORE.matcher(masked.substring(Math.max(block.start(), c.span().start() - 40), c.span().start())).find()) {
            // "the assault of the 22d of May, 1863", "my orders of the 18th": a past event named, not a step of the story
            aside = true;
            lookBack = true;
            markedBack = true;
        }
        if (RANGE_START_BEFORE.matcher(masked.substring(Math.max(block.start(), c.span().start() - 10), c.span().start())).find()
                && !(c.expr() instanceof TimeExpr.Range)) {
            // "captured between March 29th and the date of surrender": one end of a stretch, not the story's day
            aside = true;
        }
        if (c.expr() instanceof TimeExpr.Season s && s.year() == TimeExpr.NONE
                && TimexFinder.SEASON_NOUN_AFTER.matcher(masked.substring(c.span().end(), Math.min(block.end(), c.span().end() + 40))).find()) {
            // "the spring campaign", "the winter quarters": a season naming a deed or a stay, not a step of the story
            aside = true;
        }
        if (c.expr() instanceof TimeExpr.EventShift) {
            // "two days after the battle": counted from another event's date, it does not move the story
            aside = true;
        }
        if (ExprShapes.bareYear(c.expr()) && clockYear != TimeExpr.NONE && c.span().start() - block.start() > SCENE_OPENING
                && TimexValue.astronomical(((TimeExpr.Calendar) c.expr()).year(), ((TimeExpr.Calendar) c.expr()).bc()) - clockYear >= 2
                && WHEN_CLAUSE.matcher(masked.substring(sentence.start(), c.span().start())).find()) {
            // "When I came into command of the army in 1864, I requested …" told of 1862: the time of a
            // clause set beside the story, not a step of it
            aside = true;
        }
        if (!news && (DATED_BEFORE.matcher(masked.substring(Math.max(block.start(), c.span().start() - 45), c.span().start())).find()
                || GONE_AFTER.matcher(masked.substring(c.span().end(), Math.min(block.end(), c.span().end() + 30))).find())) {
            // "our commissions bore date May 17th", "a letter dated the 5th", "the Sixth of October gone a year":
            // the date of a paper or a time gone by: it does not take the story back
            lookBack = true;
            markedBack = true;
        }
        if (!news && SINCE_BEFORE.matcher(masked.substring(Math.max(block.start(), c.span().start() - 20), c.span().start())).find()) {
            // "ever since March 1790 there has hovered a project": the start of a stretch reaching the story's present
            lookBack = true;
            markedBack = true;
        }
        if (ExprShapes.pickedBefore(c.expr())) {
            // "the December before", "the previous winter", "the Friday preceding": a look back by its own words
            aside = true;
            lookBack = true;
            markedBack = true;
        }
        if (c.expr() instanceof TimeExpr.Shift sh && sh.amount() < 0 && sh.amount() != TimeExpr.NONE) {
            // "ten years before", "two weeks earlier": a look back by its own words
            aside = true;
            lookBack = true;
            markedBack = true;
        }
        boolean opensSentence = c.span().start() - sentence.start() <= SCENE_OPENING;
        if (ExprShapes.statedYearBefore(c.expr(), clockYear) && c.span().start() - block.start() > SCENE_OPENING
                && ExprShapes.bareYear(c.expr())) {
            // "the elections of 1862" told in January 1863: a year gone by, named in passing inside a paragraph
            aside = true;
            lookBack = true;
        }
        if (ExprShapes.farBareYear(c.expr(), clockYear) && c.span().start() - block.start() > SCENE_OPENING
                && !section.map(f -> ExprShapes.statedYearIn(c.expr(), f)).orElse(false)) {
            // "Vera Cruz ... up to 1880, was a walled city": a bare year far from the story's,
            // said in passing, is an aside; a paragraph may open on one ("In 1861 the war began")
            aside = true;
        }
        boolean stop = endpoint(masked, block, c.span(), !ExprShapes.dayLevel(c.expr())) || AHEAD.matcher(narratorsWords(masked, sentence, c.span())).find();
        boolean future = context.future();
        if (!news && planned(masked, sentence, c.span())) {
            // "Hale was to sail on the 20th", "she wished to reach Varga by May": the date of a plan, ahead of the story
            future = true;
            stop = true;
        }
        if (news && ExprShapes.yearless(c.expr())) {
            // news: the words of its own clause tell a weekday's or a yearless month's direction better than the
            // sentence ("payable Jan. 2", "to close Monday" look ahead; "said Wednesday", "since March" look back)
            NewsDirection.Way way = NewsDirection.read(masked, sentence, c.span());
            if (way == NewsDirection.Way.AHEAD) {
                future = true;
                lookBack = false;
            } else if (way == NewsDirection.Way.BACK) {
                future = false;
                lookBack = true;
            } else if (c.expr() instanceof TimeExpr.Weekday) {
                future = false; // a weekday in news with no word of its own is most often the week's past
            }
        }
        if (!news && c.expr() instanceof TimeExpr.Weekday w && w.pick() == TimeExpr.Pick.NEAREST
                && insideQuotes(masked.substring(block.start(), c.span().start()))) {
            // a weekday in a quoted letter or speech is counted from the writer's day, as news is: ahead under a
            // future or a plan ("I will move on Monday"), else the week gone by ("the fighting of Monday");
            // either way the writer's, not a step of the story
            aside = true;
            if (NewsDirection.read(masked, sentence, c.span()) == NewsDirection.Way.AHEAD
                    || SPOKEN_AHEAD.matcher(masked.substring(sentence.start(), c.span().start())).find()) {
                future = true;
                lookBack = false;
            } else {
                lookBack = true;
                markedBack = true;
            }
        }
        if (news) markedBack = lookBack;
        return new NarrativeClock.Context(aside, lookBack, future, stop, markedBack);
    }

    /** a speaker's possibility or readiness, which looks ahead: "he could be off by Monday", "we can start Friday" */
    private static final Pattern SPOKEN_AHEAD = Pattern.compile("(?i)\\b(?:could|can|ready to)\\b");

    /** a plan, wish or purpose: "was to", "wished to", "intended to", "so as to" */
    private static final Pattern PLAN = Pattern.compile(
            "(?i)\\b(?:(?:was|were)\\s+(?:then\\s+|now\\s+)?to\\s+(?!have\\b)\\p{L}+|(?:wish(?:ed|es)?|intend(?:ed|s)?|meant|hoped"
                    + "|proposed|purposed|designed|determined|resolved|decided|so as|in order)\\s+to)\\b");
    /** where a clause ends: a plan before it does not reach the date after it ("…, but on the 20th he turned back") */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|,\\s+(?:and|but|yet|so|when|while|until|after)\\b");

    /** {@return true when a plan or wish stated earlier in the date's clause governs it}; a date before the words is not planned */
    private static boolean planned(String text, Span sentence, Span date) {
        Matcher plan = PLAN.matcher(text).region(sentence.start(), date.start());
        int last = -1;
        while (plan.find()) last = plan.end();
        return last >= 0 && !CLAUSE_BREAK.matcher(text).region(last, date.start()).find();
    }

    /** "lasted until the fall of Budapest in February 1945": the end of a stretch, not a step of the story */
    private static final Pattern ENDPOINT = Pattern.compile(
            "(?i)\\b(?:until|till|up to|lasted|continued|persisted|remained|ended only)\\b");

    private static boolean endpoint(String text, Span block, Span span, boolean deadlines) {
        Span sentence = Sentences.around(text, block, span);
        int from = sentence.start();
        for (int i = span.start() - 1; i > sentence.start(); i--) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(') {
                from = i + 1;
                break;
            }
        }
        String clause = text.substring(from, span.start());
        if (ENDPOINT.matcher(clause).find() || INTO.matcher(clause).find()) return true;
        // "was increased to 200,000 by December": a deadline inside the clause; "By 21 April, …" opens a scene;
        // "was effected by the 17th of the month" is a step of the story's days
        Matcher by = BY_DATE.matcher(clause);
        return deadlines && by.find() && !CLAUSE_OPENING.matcher(clause.substring(0, by.start())).matches();
    }

    /** "weathered it longer, into the summer of 1794", "fighting went on well into 1945": how far a stretch ran */
    private static final Pattern INTO = Pattern.compile("(?i)\\binto\\s+$");
    private static final Pattern BY_DATE = Pattern.compile("(?i)\\b(?:by|before)\\s+(?:the\\s+)?$");
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?i)\\s*(?:(?:and|but|yet|so|then)\\s+)?");

    /** The sentence around {@code span}: asides, look-back and future marks. */
    static NarrativeClock.Context context(String text, Span block, Span span) {
        Span sentence = Sentences.around(text, block, span);
        int parens = 0;
        int dashes = 0;
        for (int i = sentence.start(); i < span.start(); i++) {
            char ch = text.charAt(i);
            if (ch == '(' || ch == '[') parens++;
            else if ((ch == ')' || ch == ']') && parens > 0) parens--;
            else if (ch == '—') dashes++;
        }
        boolean aside = parens > 0 || dashes % 2 == 1;
        String s = narratorsWords(text, sentence, span);
        boolean back = LOOK_BACK.matcher(s).find();
        return new NarrativeClock.Context(aside, back, FUTURE.matcher(s).find(), false, back && MARKED_BACK.matcher(s).find());
    }

    /**
     * {@return the words of {@code sentence} that speak for the expression at {@code span}}: outside
     * quotation marks, the narrator's words only, since cues in reported speech (a quoted dispatch's
     * "will") do not speak for the narrator's sentence
     */
    private static String narratorsWords(String text, Span sentence, Span span) {
        String s = text.substring(sentence.start(), sentence.end());
        if (insideQuotes(text.substring(sentence.start(), span.start()))) return s;
        String local = text.substring(span.start(), span.end());
        String narrator = QUOTED.matcher(s.replace(local, "\u0000")).replaceAll(" ");
        // a quotation opened after the expression and running on past the sentence's end
        Matcher open = OPEN_QUOTE.matcher(narrator);
        return open.find(Math.max(0, narrator.indexOf('\u0000'))) ? narrator.substring(0, open.start()) : narrator;
    }

    private static final Pattern OPEN_QUOTE = Pattern.compile("\"|“|``");

    private static boolean insideQuotes(String before) {
        int straight = 0;
        int open = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '"') straight++;
            else if (c == '“') open++;
            else if (c == '”' && open > 0) open--;
        }
        return straight % 2 == 1 || open > 0;
    }

    private ClockContext() {
    }
}
