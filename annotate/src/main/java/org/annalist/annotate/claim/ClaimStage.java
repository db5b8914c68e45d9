package org.annalist.annotate.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.ParseScope;
import org.annalist.annotate.Stage;
import org.annalist.annotate.parse.MentionIndex;
import org.annalist.annotate.parse.ParsedSentence;
import org.annalist.model.Span;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.ClaimCheck;
import org.annalist.model.layer.Claims;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Parse;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.Quotes;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.Tokens;

/**
 * The numeric claims stage: the figures each sentence states about a measure ("792 killed",
 * "more than 1 million Chinese troops"), found by {@link ClaimFinder} in
 * {@link AnnotatedText#maskedText()} (note calls blanked) with each sentence's parse, and the
 * arithmetic the text states between them, recomputed by {@link ClaimChecker}; a table of returns
 * ("KILLED  WOUNDED  MISSING" over rows of figures) is read by {@link ClaimTables}, its totals checked.
 *
 * <p>Reads: {@link Tokens} (sentences), {@link Parse} (what a figure counts and whose it is:
 * see {@link #parseScope()}), {@link Entities} (the parties a subject may be), {@link Quotes},
 * {@link Timexes} (a figure inside a date or duration is no claim). Writes: {@link Claims},
 * every span inside the document's text.
 */
public final class ClaimStage implements Stage<Claims> {

    private final ClaimFinder finder;
    private final ClaimChecker checker;
    private final ClaimTables tables;

    ClaimStage(ClaimFinder finder, ClaimChecker checker, ClaimTables tables) {
        this.finder = Objects.requireNonNull(finder, "finder");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /** {@return a stage with the standard lexicons} */
    public static ClaimStage standard() {
        Measures measures = Measures.standard();
        Sides sides = Sides.standard();
        return new ClaimStage(ClaimFinder.standard(measures, sides), new ClaimChecker(), new ClaimTables(measures, sides));
    }

    /** {@return the sentences this stage reads a parse of}: those holding a figure that may be a count ({@link ClaimFinder#mayCount}) */
    public ParseScope.Factory parseScope() {
        return text -> {
            String masked = text.maskedText();
            // the dates, when the time stage ran before the parse: a figure inside one is no claim
            List<Span> times = text.has(Timexes.class)
                    ? text.layer(Timexes.class).items().stream().map(Timex::span).toList()
                    : List.of();
            return (sentence, lemmas) -> finder.mayCount(masked, sentence.span(), times);
        };
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Class<Claims> produces() {
        return Claims.class;
    }

    @Override
    public Set<Class<? extends Layer>> reads() {
        return Set.of(Tokens.class, Parse.class, Entities.class, Quotes.class, Timexes.class);
    }

    @Override
    public Claims annotate(AnnotatedText text) {
        String masked = text.maskedText();
        Parse parse = text.layer(Parse.class);
        MentionIndex mentions = new MentionIndex(text.layer(Entities.class));
        List<Span> quotes = text.layer(Quotes.class).quotes().stream().map(Quote::span).toList();
        List<ClaimFinder.Sentence> sentences = new ArrayList<>();
        for (Sentence s : text.layer(Tokens.class).sentences()) {
            Optional<ParsedSentence> parsed = parse.of(s.span()).map(d -> ParsedSentence.of(s, d, mentions, quotes));
            sentences.add(new ClaimFinder.Sentence(s.span(), parsed));
        }
        List<ClaimTables.Table> found = tables.find(masked);
        // a table's figures are its own: the sentence finder reads neither them nor the dates inside it
        List<Span> excluded = new ArrayList<>(text.layer(Timexes.class).items().stream().map(Timex::span).toList());
        found.forEach(t -> excluded.add(t.span()));
        Claims read = checker.check(masked, finder.findParsed(masked, sentences, excluded));
        if (found.isEmpty()) return read;
        List<Claim> claims = new ArrayList<>(read.claims());
        List<ClaimCheck> checks = new ArrayList<>(read.checks());
        for (ClaimTables.Table t : found) {
            claims.addAll(t.claims());
            checks.addAll(t.checks());
        }
        return new Claims(claims, checks);
    }
}
