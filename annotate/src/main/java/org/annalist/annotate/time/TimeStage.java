package org.annalist.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Stage;
import org.annalist.model.Matter;
import org.annalist.model.MatterRegion;
import org.annalist.model.Span;
import org.annalist.model.Structure;
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
 * Blocks ({@link Block}) are read in document order through one {@link NarrativeClock}; how each date's
 * sentence tells the clock to read it is {@link ClockContext}'s, and the day it counts from may be moved by
 * {@link DayReferences}.
 */
public final class TimeStage implements Stage<Timexes> {

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
        List<Block> blocks = Block.of(structure, masked);
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
            boolean table = !block.title() && Block.tabular(masked, block.span());
            boolean scheme = table && Block.calendarScheme(found.get(b));
            for (Candidate c : found.get(b)) {
                Optional<MatterRegion> region = regionAt(structure, c.span());
                if (region.isPresent() && !region.equals(matterRegion)) {
                    matterRegion = region;
                    matterClock = new NarrativeClock(documentDate, story);
                }
                NarrativeClock at = region.isPresent() ? matterClock : clock;
                Matter matter = region.map(MatterRegion::matter).orElse(Matter.BODY);
                NarrativeClock.Context context = ClockContext.read(masked, block.span(), c, at.year(), documentDate.isPresent(),
                        at.section(), historicPresent);
                if (opening && !block.title() && documentDate.isEmpty() && context.lookBack() && !context.aside()
                        && ExprShapes.namedDay(c.expr())) {
                    // a chapter opening "On the 8th I had followed …" steps back to take up the thread: the
                    // story goes on from there
                    context = new NarrativeClock.Context(false, false, context.future(), context.ahead(), false);
                }
                Reference ref = at.reference(context);
                if (c.expr() instanceof TimeExpr.OrdinalDay) {
                    ref = DayReferences.sentenceMonth(ref, out, Sentences.around(masked, block.span(), c.span()));
                    if (context.lookBack()) ref = DayReferences.lookBackDay(ref, c.span());
                }
                if (documentDate.isEmpty() && ExprShapes.midnight(c.expr()) && !DayReferences.OF_AFTER.matcher(masked).region(c.span().end(), block.span().end()).lookingAt()) {
                    ref = DayReferences.nightBeforeMorning(ref, out, masked, c.span());
                }
                Candidate read = quarterly ? yearAgoQuarter(c, masked, block.span()) : c;
                // a calendar laid out as a table ("Nivose  20  December") gives a scheme's days, not the story's
                Resolution r = scheme && ExprShapes.yearless(c.expr()) ? normaliser.resolve(read.expr(), Reference.empty())
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

    private static String sentenceOf(String text, Span block, Span span) {
        Span sentence = Sentences.around(text, block, span);
        return text.substring(sentence.start(), sentence.end());
    }
}
