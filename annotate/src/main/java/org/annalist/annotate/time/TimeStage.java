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
import org.annalist.model.BlockQuote;
import org.annalist.model.Heading;
import org.annalist.model.Paragraph;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Layer;
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
            "(?i)\\b(?:had(?!\\s+to\\b)|previously|earlier|formerly|before that|ago|back in|once again|already)\\b");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:will|shall|going to|plans? to|planned to|planning to|scheduled|set to|as soon as|as early as"
                    + "|expected to|would be)\\b|'ll\\b");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|``.*?''");

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
        NarrativeClock clock = new NarrativeClock(documentDate(text));
        List<Timex> out = new ArrayList<>();
        for (Block block : blocks(text.structure(), masked.length())) {
            if (block.heading()) clock.heading();
            for (Candidate c : finder.find(masked, block.span().start(), block.span().end())) {
                NarrativeClock.Context context = readContext(masked, block.span(), c, clock.year());
                Reference ref = clock.reference(context);
                Resolution r = normaliser.resolve(c.expr(), ref);
                out.add(new Timex(c.span(), r.type(), r.value(), r.anchor(), r.interval(), r.granularity(), c.mod(),
                        r.vague()));
                clock.observe(c.span(), r, context);
            }
        }
        out.sort(Comparator.comparing(Timex::span));
        return new Timexes(out);
    }

    /**
     * {@return the date deictic expressions count from}: the document's own creation date
     * (a TimeML DCT) when it states one, else the configured default ({@code --reference-date})
     */
    Optional<LocalDate> documentDate(AnnotatedText text) {
        return text.document().documentDate().or(config::documentDate);
    }

    /** How the main line should read {@code c}: its sentence's marks, adjusted by what it says. */
    private static NarrativeClock.Context readContext(String masked, Span block, Candidate c, int clockYear) {
        NarrativeClock.Context context = context(masked, block, c.span());
        boolean aside = context.aside();
        boolean lookBack = context.lookBack();
        if (explicitDay(c.expr()) && lookBack) {
            // a full date is the main line's unless the look back is marked before it
            // ("He had met her on June 3, 1936"), not in a later clause ("..., who had ...")
            Span sentence = Sentences.around(masked, block, c.span());
            lookBack = LOOK_BACK.matcher(masked.substring(sentence.start(), c.span().start())).find();
        }
        if (coarseWithoutYear(c.expr())) {
            // "in December", "that summer" said in passing: read on the clock, not moving it
            aside = true;
        }
        if (c.expr() instanceof TimeExpr.Shift sh && sh.amount() < 0 && sh.amount() != TimeExpr.NONE) {
            // "ten years before", "two weeks earlier": a look back by its own words
            aside = true;
            lookBack = true;
        }
        if (farBareYear(c.expr(), clockYear) && c.span().start() - block.start() > SCENE_OPENING) {
            // "Vera Cruz ... up to 1880, was a walled city": a bare year far from the story's,
            // said in passing, is an aside; a paragraph may open on one ("In 1861 the war began")
            aside = true;
        }
        return new NarrativeClock.Context(aside, lookBack, context.future());
    }

    private static boolean explicitDay(TimeExpr e) {
        if (e instanceof TimeExpr.Range r) return explicitDay(r.to());
        return e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE && c.day() > 0;
    }

    private static boolean farBareYear(TimeExpr e, int clockYear) {
        if (clockYear == TimeExpr.NONE) return false;
        if (e instanceof TimeExpr.Part p) return farBareYear(p.base(), clockYear);
        return e instanceof TimeExpr.Calendar c && c.year() != TimeExpr.NONE && c.month() == 0
                && Math.abs(TimexValue.astronomical(c.year(), c.bc()) - clockYear) > 5;
    }

    private static boolean coarseWithoutYear(TimeExpr e) {
        if (e instanceof TimeExpr.Part p) return coarseWithoutYear(p.base());
        return (e instanceof TimeExpr.Calendar c && c.year() == TimeExpr.NONE && c.day() == 0) || e instanceof TimeExpr.MonthOf
                || (e instanceof TimeExpr.Season s && s.year() == TimeExpr.NONE);
    }

    private record Block(Span span, boolean heading) {
    }

    private static List<Block> blocks(Structure s, int length) {
        List<Block> all = new ArrayList<>();
        for (Paragraph p : s.paragraphs()) all.add(new Block(p.span(), false));
        for (Heading h : s.headings()) all.add(new Block(h.span(), true));
        for (BlockQuote b : s.blockQuotes()) all.add(new Block(b.span(), false));
        for (TranscriptTurn t : s.turns()) all.add(new Block(t.span(), false));
        if (all.isEmpty()) return List.of(new Block(Span.of(0, length), false));
        all.sort(Comparator.comparing((Block b) -> b.span().start()).thenComparing(b -> -b.span().end()));
        List<Block> kept = new ArrayList<>();
        int reached = 0;
        for (Block b : all) {
            if (b.span().end() <= reached) continue;
            Span span = b.span().start() < reached ? Span.of(reached, b.span().end()) : b.span();
            kept.add(new Block(span, b.heading()));
            reached = span.end();
        }
        return kept;
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
        String s = text.substring(sentence.start(), sentence.end());
        String around = text.substring(sentence.start(), span.start());
        if (!insideQuotes(around)) {
            // cues in reported speech do not speak for the narrator's sentence
            String local = text.substring(span.start(), span.end());
            s = QUOTED.matcher(s.replace(local, "\u0000")).replaceAll(" ");
        }
        return new NarrativeClock.Context(aside, LOOK_BACK.matcher(s).find(), FUTURE.matcher(s).find());
    }

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
