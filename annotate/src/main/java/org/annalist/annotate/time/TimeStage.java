package org.annalist.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Stage;
import org.annalist.model.BlockQuote;
import org.annalist.model.Heading;
import org.annalist.model.Matter;
import org.annalist.model.MatterRegion;
import org.annalist.model.Paragraph;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.TimeInterval;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.Timexes;

/**
 * The time stage: every temporal expression of the document, normalised and anchored on
 * the narrative's own timeline.
 *
 * <p>Reads no layer (it runs without CoreNLP); writes {@link Timexes}. Besides the clock's own
 * rules, a bare year more than five years from the story's, said inside a paragraph (not in
 * its opening words), is read as an aside and does not move the clock. It reads
 * {@link AnnotatedText#maskedText()} inside the document's paragraphs, headings, block
 * quotes and transcript turns (the whole text when the structure has none), so note calls,
 * notes and set-aside regions never yield dates. Spans are offsets into the source text.
 * Blocks are read in document order through one {@link NarrativeClock}.
 */
public final class TimeStage implements Stage<Timexes> {

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

    /** How many years from the story's a date said in passing must be to be an aside. */
    private static final int FAR_YEARS = 5;

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

    private final TimeConfig config;
    private final TimexFinder finder = new TimexFinder();
    private final TimexNormaliser normaliser = new TimexNormaliser();

    public TimeStage(TimeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Class<Timexes> produces() {
        return Timexes.class;
    }

    @Override
    public Set<Class<? extends Layer>> reads() {
        return Set.of();
    }

    @Override
    public Timexes annotate(AnnotatedText text) {
        String masked = text.maskedText();
        Structure structure = text.structure();
        Optional<LocalDate> documentDate = documentDate(text);
        TimexFinder.Convention convention = documentDate.isPresent() ? TimexFinder.Convention.NEWS
                : TimexFinder.Convention.NARRATIVE;
        List<Block> blocks = blocks(structure, masked);
        // finding is per block and stateless, so it runs on all cores; the clock below is sequential
        List<List<Candidate>> found = blocks.parallelStream()
                .map(block -> finder.find(masked, block.span().start(), block.span().end(), convention))
                .toList();
        Optional<YearFrame> story = StoryFrame.of(blocks, found, structure);

        boolean quarterly = documentDate.isPresent() && QUARTERLY.matcher(masked).find();
        NarrativeClock clock = new NarrativeClock(documentDate, story);
        boolean historicPresent = documentDate.isEmpty() && PastTense.historicPresent(masked);
        // front and back matter (a preface signed "March 3, 1919", an appendix) keep a clock of their own
        NarrativeClock matterClock = clock;
        Optional<MatterRegion> matterRegion = Optional.empty();
        EventDates events = new EventDates(masked);
        NamedDays namedDays = new NamedDays(normaliser);
        List<Timex> out = new ArrayList<>();
        boolean opening = false;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            boolean body = structure.matterAt(block.span()) == Matter.BODY;
            if (block.title() && body) {
                Optional<YearFrame> years = StoryFrame.heading(found.get(b), block.span());
                years.ifPresent(clock::section);
                opening = true;
            }
            boolean table = !block.title() && tabular(masked, block.span());
            boolean scheme = table && calendarScheme(found.get(b));
            for (Candidate c : found.get(b)) {
                Optional<MatterRegion> region = regionAt(structure, c.span());
                if (region.isPresent() && !region.equals(matterRegion)) {
                    matterRegion = region;
                    matterClock = new NarrativeClock(documentDate, story);
                }
                NarrativeClock at = region.isPresent() ? matterClock : clock;
                Matter matter = region.map(MatterRegion::matter).orElse(Matter.BODY);
                NarrativeClock.Context context = readContext(masked, block.span(), c, at.year(), documentDate.isPresent(),
                        at.section(), historicPresent);
                if (opening && !block.title() && documentDate.isEmpty() && context.lookBack() && !context.aside()
                        && namedDay(c.expr())) {
                    // a chapter opening "On the 8th I had followed …" steps back to take up the thread: the
                    // story goes on from there
                    context = new NarrativeClock.Context(false, false, context.future(), context.ahead(), false);
                }
                Reference ref = at.reference(context);
                if (c.expr() instanceof TimeExpr.OrdinalDay) {
                    ref = sentenceMonth(ref, out, Sentences.around(masked, block.span(), c.span()));
                    if (context.lookBack()) ref = lookBackDay(ref, c.span());
                }
                if (documentDate.isEmpty() && midnight(c.expr()) && !OF_AFTER.matcher(masked).region(c.span().end(), block.span().end()).lookingAt()) {
                    ref = nightBeforeMorning(ref, out, masked, c.span());
                }
                Candidate read = quarterly ? yearAgoQuarter(c, masked, block.span()) : c;
                // a calendar laid out as a table ("Nivose  20  December") gives a scheme's days, not the story's
                Resolution r = scheme && yearless(c.expr()) ? normaliser.resolve(read.expr(), Reference.empty())
                        : resolve(read, ref, events, masked, block.span());
                boolean recalled = false;
                if (matter == Matter.BODY && documentDate.isEmpty()) {
                    Optional<Resolution> named = namedDays.recall(c, r, ref, context, masked);
                    recalled = named.isPresent();
                    r = named.orElse(r);
                    namedDays.remember(c, r);
                }
                out.add(new Timex(c.span(), r.type(), r.value(), r.anchor(), r.interval(), r.granularity(), c.mod(),
                        r.vague(), r.certainty(), matter));
                // a day named as an event gone by is a look back: "that day" after it is that day, the story stays
                // "that year" naming the story's own year says nothing new: the story keeps its month
                boolean sameYear = c.expr() instanceof TimeExpr.Shift sh && sh.unit() == TimeExpr.Unit.YEAR && sh.amount() == 0
                        && masked.regionMatches(true, c.span().start(), "that", 0, 4)
                        && r.interval().map(in -> in.earliest().getYear() == at.year() && in.latest().getYear() == at.year()).orElse(false);
                if (!block.title() && !table && !sameYear) {
                    at.observe(c.span(), r, recalled ? new NarrativeClock.Context(true, true, false, false, true) : context);
                }
                if (matter == Matter.BODY) events.add(Sentences.around(masked, block.span(), c.span()), c.span(), r);
            }
            if (!block.title() && !found.get(b).isEmpty()) opening = false;
        }
        out.sort(Comparator.comparing(Timex::span));
        return new Timexes(out, story.map(f -> TimeInterval.of(java.time.LocalDate.of(f.first(), 1, 1),
                java.time.LocalDate.of(f.last(), 12, 31))));
    }

    /**
     * {@return {@code ref} standing in the month a date earlier in the same sentence names, when the story's
     * day lies in another}: "one column late in March, another on the 20th" is March's 20th
     */
    private static Reference sentenceMonth(Reference ref, List<Timex> out, Span sentence) {
        if (out.isEmpty()) return ref;
        Timex prev = out.get(out.size() - 1);
        if (prev.span().start() < sentence.start() || prev.interval().isEmpty() || prev.vague()) return ref;
        TimeInterval in = prev.interval().get();
        if (in.earliest().getYear() != in.latest().getYear() || in.earliest().getMonthValue() != in.latest().getMonthValue()) return ref;
        if (prev.granularity() != Granularity.MONTH && prev.granularity() != Granularity.DAY && prev.granularity() != Granularity.TIME) {
            return ref;
        }
        if (ref.day().isPresent() && ref.day().get().getYear() == in.latest().getYear()
                && ref.day().get().getMonthValue() == in.latest().getMonthValue()) {
            return ref;
        }
        if (in.earliest().equals(in.latest())) return ref.withDay(in.latest(), prev.span());
        return ref.withMonth(in.latest().getYear(), in.latest().getMonthValue(), prev.span());
    }

    /** {@return true for a bare "midnight"} */
    private static boolean midnight(TimeExpr e) {
        return e instanceof TimeExpr.ClockTime t && t.time().equals("T24:00");
    }

    /** "midnight of the 14th": the day is named */
    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b");
    /** the day's course told after its morning */
    private static final Pattern LATER_IN_THE_DAY = Pattern.compile(
            "(?i)\\b(?:afternoon|evening|noon|(?:after|at|until|till|before) dark|dusk|sunset|sundown|nightfall|(?:the|that|this) day)\\b");
    /** "early on the 7th", "by daylight of the 7th", "the morning of the 7th": a morning named by the words before its day */
    private static final Pattern MORNING_BEFORE = Pattern.compile(
            "(?i)\\b(?:early|daylight|daybreak|dawn|sunrise|morning)(?:\\s+(?:on|of|in))?(?:\\s+the)?\\s*$");

    /**
     * {@return {@code ref} on the day before, when the story's day was set by its morning}: a narrative names the
     * morning a night's march or wait led to ("the troops were over the river early on the 7th"), then tells that
     * night, so a "midnight" said next is the one that began the morning's day, not the one that ends it
     */
    private static Reference nightBeforeMorning(Reference ref, List<Timex> out, String text, Span midnight) {
        if (ref.day().isEmpty() || ref.daySource().isEmpty()) return ref;
        Span source = ref.daySource().get();
        if (source.end() > midnight.start() || LATER_IN_THE_DAY.matcher(text.substring(source.end(), midnight.start())).find()) {
            // "Early on the 8th … During the day … Late in the evening … about midnight": the day's own midnight
            return ref;
        }
        boolean morning = MORNING_BEFORE.matcher(text.substring(Math.max(0, source.start() - 30), source.start())).find()
                || out.stream().anyMatch(t -> t.span().equals(source) && t.value().endsWith("TMO"));
        return morning ? ref.withDay(ref.day().get().minusDays(1), source) : ref;
    }

    /** How near the day named last must be for a bare ordinal in a look back to take its month. */
    private static final int LOOK_BACK_REACH = 1500;

    /**
     * {@return {@code ref} standing on the day the text named last, when that day lies before the story's
     * and was named just before}: "He had left on April 17th. On the 21st he had …" counts in the look
     * back's month, not the story's
     */
    private static Reference lookBackDay(Reference ref, Span at) {
        if (ref.last().isEmpty() || ref.last().get().day().isEmpty() || ref.day().isEmpty()) return ref;
        Reference.Named last = ref.last().get();
        LocalDate named = last.day().get();
        if (!named.isBefore(ref.day().get()) || at.start() - last.source().end() > LOOK_BACK_REACH) return ref;
        return ref.withDay(named, last.source());
    }

    /** a gap of three or more spaces inside a line: a column of a table */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {3,}\\S");

    /**
     * {@return true for a block laid out as a table}: two lines or more, most of them in columns
     * ("Nivose   20   December   31"); its dates are a record's, and do not move the story
     */
    static boolean tabular(String text, Span block) {
        String[] lines = text.substring(block.start(), block.end()).split("\n");
        int filled = 0;
        int columns = 0;
        for (String line : lines) {
            if (line.isBlank()) continue;
            filled++;
            if (COLUMN_GAP.matcher(line).find()) columns++;
        }
        return filled >= 2 && columns * 3 >= filled * 2;
    }

    /** {@return true when the yearless dates of a table name three months or more: a calendar, not a record of days} */
    private static boolean calendarScheme(List<Candidate> found) {
        java.util.Set<Integer> months = new java.util.HashSet<>();
        for (Candidate c : found) {
            if (c.expr() instanceof TimeExpr.Calendar cal && cal.year() == TimeExpr.NONE && cal.month() > 0) months.add(cal.month());
        }
        return months.size() >= 3;
    }

    private static Optional<MatterRegion> regionAt(Structure structure, Span span) {
        for (MatterRegion m : structure.matter()) {
            if (m.span().start() <= span.start() && span.start() < m.span().end()) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** a report of quarterly results */
    private static final Pattern QUARTERLY = Pattern.compile("(?i)\\b(?:first|second|third|fourth)[-\\s]quarter\\b");
    /** figures compared across a year: "$5.3 million, or $1.61 a share, a year earlier" */
    private static final Pattern FIGURES = Pattern.compile("(?i)\\$\\s?\\d|\\d\\s?%|\\bcents? a share\\b|\\bpercent\\b");

    /**
     * {@return {@code c}, or in a quarterly report "a year ago" beside figures as the year-ago quarter}:
     * the figures compared are the same quarter's a year before; "last year" names the year itself
     */
    private static Candidate yearAgoQuarter(Candidate c, String text, Span block) {
        if (c.expr() instanceof TimeExpr.Shift s && s.unit() == TimeExpr.Unit.YEAR && s.amount() == -1
                && !text.regionMatches(true, c.span().start(), "last", 0, 4) // "last year" is the year
                && FIGURES.matcher(sentenceOf(text, block, c.span())).find()) {
            return c.withExpr(new TimeExpr.ReportedQuarter(1));
        }
        return c;
    }

    /** {@return the resolution of {@code c}; an expression counted from an event, from the event's date} */
    private Resolution resolve(Candidate c, Reference ref, EventDates events, String masked, Span block) {
        if (c.expr() instanceof TimeExpr.EventShift e && ref.documentDate().isEmpty()) {
            // narrative history dates "eight days after Fort Sumter"; TimeML news keeps it a duration
            Optional<EventDates.Dated> dated = events.find(e.event(), Sentences.around(masked, block, c.span()));
            if (dated.isPresent()) return normaliser.fromEvent(e, dated.get().resolution(), dated.get().span());
        }
        if (c.expr() instanceof TimeExpr.RegnalYear y) return Reigns.resolve(y, events, masked, Sentences.around(masked, block, c.span()));
        return normaliser.resolve(c.expr(), ref);
    }

    /**
     * {@return the date deictic expressions count from}: the document's own creation date
     * (a TimeML DCT) when it states one, else the configured default ({@code --reference-date})
     */
    Optional<LocalDate> documentDate(AnnotatedText text) {
        return text.document().documentDate().or(config::documentDate);
    }

    /** How the main line should read {@code c}: its sentence's marks, adjusted by what it says. */
    private static final Pattern NEAR_AHEAD = Pattern.compile(
            "(?i)\\b(?:will|'ll|shall|scheduled|expected|expects|planned|plans|due|payable|effective|as soon as|next"
                    + "|expires?|expiring)\\b[^.]*$");
    private static final Pattern NEAR_BACK = Pattern.compile(
            "(?i)\\b(?:said|says|was|were|had|did|since|ago|last|\\w{3,}ed)\\b[^.]*$");

    /** {@return the last {@code n} words of {@code text[from, to)}} */
    private static String lastWords(String text, int from, int to, int n) {
        String[] words = text.substring(from, to).trim().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length));
    }

    private static NarrativeClock.Context readContext(String masked, Span block, Candidate c, int clockYear, boolean news,
                                                      Optional<YearFrame> section, boolean historicPresent) {
        NarrativeClock.Context context = context(masked, block, c.span());
        boolean aside = context.aside();
        boolean lookBack = context.lookBack();
        boolean markedBack = news ? lookBack : context.markedBack();
        Span sentence = Sentences.around(masked, block, c.span());
        if (explicitDay(c.expr()) && lookBack) {
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
        if (bareYear(c.expr()) && clockYear != TimeExpr.NONE && c.span().start() - block.start() > SCENE_OPENING
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
        if (pickedBefore(c.expr())) {
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
        if (statedYearBefore(c.expr(), clockYear) && c.span().start() - block.start() > SCENE_OPENING
                && bareYear(c.expr())) {
            // "the elections of 1862" told in January 1863: a year gone by, named in passing inside a paragraph
            aside = true;
            lookBack = true;
        }
        if (farBareYear(c.expr(), clockYear) && c.span().start() - block.start() > SCENE_OPENING
                && !section.map(f -> statedYearIn(c.expr(), f)).orElse(false)) {
            // "Vera Cruz ... up to 1880, was a walled city": a bare year far from the story's,
            // said in passing, is an aside; a paragraph may open on one ("In 1861 the war began")
            aside = true;
        }
        boolean stop = endpoint(masked, block, c.span(), !dayLevel(c.expr())) || AHEAD.matcher(narratorsWords(masked, sentence, c.span())).find();
        boolean future = context.future();
        if (!news && planned(masked, sentence, c.span())) {
            // "Hale was to sail on the 20th", "she wished to reach Varga by May": the date of a plan, ahead of the story
            future = true;
            stop = true;
        }
        if (news && yearless(c.expr())) {
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

    private static String sentenceOf(String text, Span block, Span span) {
        Span sentence = Sentences.around(text, block, span);
        return text.substring(sentence.start(), sentence.end());
    }

    /** {@return true for a day named by its number ("On the 8th", "June 3", "May 3, 1863")} */
    private static boolean namedDay(TimeExpr e) {
        if (e instanceof TimeExpr.DayPart d) return namedDay(d.day());
        return (e instanceof TimeExpr.Calendar c && c.day() > 0) || e instanceof TimeExpr.OrdinalDay;
    }

    /** {@return true for an expression naming a day ("the 17th of the month", "June 3")} */
    private static boolean dayLevel(TimeExpr e) {
        if (e instanceof TimeExpr.Part p) return dayLevel(p.base());
        if (e instanceof TimeExpr.DayPart d) return dayLevel(d.day());
        return (e instanceof TimeExpr.Calendar c && c.day() > 0) || e instanceof TimeExpr.OrdinalDay || e instanceof TimeExpr.Weekday
                || e instanceof TimeExpr.Offset || (e instanceof TimeExpr.MonthInYear m && m.day() > 0);
    }

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

    /** {@return true for a date that leaves its year to be found: a weekday, a yearless month or day} */
    private static boolean yearless(TimeExpr e) {
        if (e instanceof TimeExpr.Part p) return yearless(p.base());
        if (e instanceof TimeExpr.DayPart d) return yearless(d.day());
        return (e instanceof TimeExpr.Calendar c && c.year() == TimeExpr.NONE && c.month() > 0) || e instanceof TimeExpr.Weekday
                || e instanceof TimeExpr.MonthOf;
    }

    private static boolean pickedBefore(TimeExpr e) {
        if (e instanceof TimeExpr.Part p) return pickedBefore(p.base());
        return (e instanceof TimeExpr.MonthOf m && m.pick() == TimeExpr.Pick.PREVIOUS)
                || (e instanceof TimeExpr.Season s && s.pick() == TimeExpr.Pick.PREVIOUS)
                || (e instanceof TimeExpr.Weekday w && w.pick() == TimeExpr.Pick.PREVIOUS);
    }

    private static boolean explicitDay(TimeExpr e) {
        if (e instanceof TimeExpr.Range r) return explicitDay(r.to());
        return e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE && c.day() > 0;
    }

    private static boolean bareYear(TimeExpr e) {
        return e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE && c.month() == 0;
    }

    /** {@return true for a date stating a year before the story's ("the elections of 1862", "the assault of the 22d of May, 1863")} */
    private static boolean statedYearBefore(TimeExpr e, int clockYear) {
        if (clockYear == TimeExpr.NONE) return false;
        if (e instanceof TimeExpr.Part p) return statedYearBefore(p.base(), clockYear);
        if (e instanceof TimeExpr.DayPart d) return statedYearBefore(d.day(), clockYear);
        if (e instanceof TimeExpr.Range r) return statedYearBefore(r.to(), clockYear);
        return e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE
                && TimexValue.astronomical(c.year(), c.bc()) < clockYear;
    }

    /** {@return true when the year {@code e} states lies in {@code frame}} */
    private static boolean statedYearIn(TimeExpr e, YearFrame frame) {
        if (e instanceof TimeExpr.Part p) return statedYearIn(p.base(), frame);
        if (e instanceof TimeExpr.DayPart d) return statedYearIn(d.day(), frame);
        if (e instanceof TimeExpr.Range r) return statedYearIn(r.to(), frame);
        return e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE
                && frame.contains(TimexValue.astronomical(c.year(), c.bc()));
    }

    /** {@return true for a date stating a year far from the story's ("up to 1880", "in July, 1885" told of 1863)} */
    private static boolean farBareYear(TimeExpr e, int clockYear) {
        if (clockYear == TimeExpr.NONE) return false;
        if (e instanceof TimeExpr.Part p) return farBareYear(p.base(), clockYear);
        if (e instanceof TimeExpr.DayPart d) return farBareYear(d.day(), clockYear);
        if (e instanceof TimeExpr.Range r) return farBareYear(r.from(), clockYear) && farBareYear(r.to(), clockYear);
        return e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE
                && Math.abs(TimexValue.astronomical(c.year(), c.bc()) - clockYear) > FAR_YEARS;
    }

    /**
     * A block of text read in document order.
     *
     * @param title true for a heading, or a paragraph that reads as a title: one short line
     *              without the punctuation that ends a sentence ("2005: Elections and transitional
     *              government", "Eastern Theater 1861-1863")
     */
    record Block(Span span, boolean title) {
    }

    private static List<Block> blocks(Structure s, String text) {
        List<Block> all = new ArrayList<>();
        for (Paragraph p : s.paragraphs()) all.add(new Block(p.span(), titleLike(text, p.span())));
        for (Heading h : s.headings()) all.add(new Block(h.span(), true));
        for (BlockQuote b : s.blockQuotes()) all.add(new Block(b.span(), false));
        for (TranscriptTurn t : s.turns()) all.add(new Block(t.span(), false));
        if (all.isEmpty()) return List.of(new Block(Span.of(0, text.length()), false));
        all.sort(Comparator.comparing((Block b) -> b.span().start()).thenComparing(b -> -b.span().end()));
        List<Block> kept = new ArrayList<>();
        int reached = 0;
        for (Block b : all) {
            if (b.span().end() <= reached) continue;
            Span span = b.span().start() < reached ? Span.of(reached, b.span().end()) : b.span();
            kept.add(new Block(span, b.title()));
            reached = span.end();
        }
        return kept;
    }

    private static final Pattern TITLE_LINE = Pattern.compile(
            "[\\p{Lu}\\d][^\\n]{0,88}(?<![.,;:!?\"”'’\\-—])");

    /** {@return true when the paragraph at {@code span} is a single short line that ends no sentence} */
    static boolean titleLike(String text, Span span) {
        if (span.length() > 90 || span.length() < 2) return false;
        String line = text.substring(span.start(), span.end()).strip();
        if (!TITLE_LINE.matcher(line).matches()) return false;
        if (line.endsWith(")") && line.indexOf('(') < 0) return false;
        return line.split("\\s+").length <= 12;
    }

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
}
