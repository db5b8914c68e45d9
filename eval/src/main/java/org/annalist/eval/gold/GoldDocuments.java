package org.annalist.eval.gold;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.Claims;
import org.annalist.model.layer.Communications;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.Hedges;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.QuoteKind;
import org.annalist.model.layer.Quotes;

/**
 * Turns annotated text into system output in the annalist-gold/1 shape, the file the
 * referee scores.
 *
 * <p>Reads the {@link org.annalist.model.Structure} (note calls, headings, transcript
 * turns) and, when present, the {@link Entities} and {@link Timexes} layers; a layer not
 * present gives an empty array. Every offset is the {@link Span} start or end in the
 * document's {@link SourceText}. {@code document_date} is the document's own creation date
 * (a TimeML DCT) when it states one. {@code text} carries the characters when the source text is
 * not verbatim (HTML, EPUB, PDF, TEI), so a user can check the offsets.
 */
public final class GoldDocuments {

    /** One part of the output, drawn from the structure or from one layer. */
    @FunctionalInterface
    private interface Section {
        GoldDocument addTo(GoldDocument document, AnnotatedText text);
    }

    // Each layer adds one line here. Turns come after entities: their speakers are entity ids.
    private static final List<Section> SECTIONS = List.of(
            GoldDocuments::structure,
            ifPresent(Entities.class, (d, layer, source) -> d.withEntities(layer.entities().stream()
                    .map(GoldDocuments::entity).toList())),
            ifPresent(Timexes.class, (d, layer, source) -> d.withTimexes(layer.items().stream()
                    .map(t -> new GoldTimex(t.span().start(), t.span().end(), source.slice(t.span()),
                            t.type().name(), t.value(), t.vague(), t.certainty().label(),
                            t.matter().name().toLowerCase(Locale.ROOT)))
                    .toList())),
            // transcript turns are written as transcript_turns, not again as quotes
            ifPresent(Quotes.class, (d, layer, source) -> d.withQuotes(layer.quotes().stream()
                    .filter(q -> q.kind() != QuoteKind.TRANSCRIPT)
                    .map(q -> new GoldQuote(q.span().start(), q.speakerId().orElse(null),
                            q.kind().name().toLowerCase(Locale.ROOT)))
                    .toList())),
            ifPresent(Claims.class, (d, layer, source) -> d.withClaims(layer.claims().stream()
                    .flatMap(GoldDocuments::claims)
                    .toList())),
            ifPresent(Hedges.class, (d, layer, source) -> d.withHedges(layer.hedges().stream()
                    .map(h -> new GoldHedge(h.span().start())).toList())),
            ifPresent(Communications.class, (d, layer, source) -> d.withCommunications(layer.items().stream()
                    .map(c -> new GoldCommunication(c.senderIds(), c.recipientIds(),
                            c.channel().map(ch -> ch.label()).orElse(null), c.date().orElse(null),
                            c.evidence().start(), c.act().label()))
                    .toList())),
            GoldDocuments::turns);

    private GoldDocuments() {
    }

    /** {@return {@code text}'s annotations as an annalist-gold/1 document named after its source} */
    public static GoldDocument from(AnnotatedText text) {
        Objects.requireNonNull(text, "text");
        SourceText source = text.source();
        GoldDocument doc = GoldDocument.empty(source.name()).withChars(source.length());
        if (!source.verbatim()) doc = doc.withText(source.text());
        doc = doc.withDocumentDate(text.document().documentDate().map(Object::toString).orElse(null));
        for (Section s : SECTIONS) doc = s.addTo(doc, text);
        return doc;
    }

    /** One part of the output drawn from one optional layer. */
    @FunctionalInterface
    private interface LayerSection<L extends Layer> {
        GoldDocument addTo(GoldDocument document, L layer, SourceText source);
    }

    private static <L extends Layer> Section ifPresent(Class<L> type, LayerSection<L> section) {
        return (doc, text) -> text.has(type) ? section.addTo(doc, text.layer(type), text.source()) : doc;
    }

    private static GoldDocument structure(GoldDocument doc, AnnotatedText text) {
        return doc
                .withNotes(text.structure().noteCalls().stream()
                        .map(c -> new GoldNote(c.marker(), c.span().start(), c.span().end())).toList())
                .withHeadings(text.structure().headings().stream()
                        .map(h -> new GoldHeading(h.text(), h.span().start())).toList());
    }

    /**
     * {@return the gold claims of one claim}: a range gives one per end, each with the range's
     * qualifier; the measure is followed by the kind of figure it is, as the format's measures
     * name it ("men — troops"), unless it names it already
     */
    private static Stream<GoldClaim> claims(Claim c) {
        String kind = switch (c.kind()) {
            case CASUALTIES -> "casualties";
            case FORCES -> "troops";
            case PRISONERS -> "prisoners";
            case MONEY, MATERIEL, COUNT -> "";
        };
        String measure = kind.isEmpty() || c.measure().contains(kind) ? c.measure() : c.measure() + " — " + kind;
        String subject = c.subject().orElse(null);
        GoldClaim low = new GoldClaim(subject, measure, c.value(), c.qualifier().label(), c.number().start());
        return c.high().map(h -> Stream.of(low, new GoldClaim(subject, measure, h, c.qualifier().label(),
                c.number().start()))).orElse(Stream.of(low));
    }

    private static GoldEntity entity(Entity e) {
        return new GoldEntity(e.id(), e.type().name(), e.name(), e.mentions().stream()
                .map(m -> new GoldMention(m.span().start(), m.span().end(), m.text())).toList());
    }

    private static GoldDocument turns(GoldDocument doc, AnnotatedText text) {
        List<Entity> entities = text.has(Entities.class) ? text.layer(Entities.class).entities() : List.of();
        return doc.withTranscriptTurns(text.structure().turns().stream()
                .map(t -> new GoldTurn(speakerId(t, entities, text.source()), t.span().start())).toList());
    }

    /**
     * The entity a turn's label belongs to: the one whose mentions overlap the label most,
     * else the first whose name, alias or mention text is the label's name (ignoring case);
     * null when none is, for the format allows no id outside {@code entities}.
     */
    private static String speakerId(TranscriptTurn turn, List<Entity> entities, SourceText source) {
        Entity best = null;
        int bestOverlap = 0;
        for (Entity e : entities) {
            int overlap = 0;
            for (Mention m : e.mentions()) overlap = Math.max(overlap, overlapLength(m.span(), turn.label()));
            if (overlap > bestOverlap) {
                best = e;
                bestOverlap = overlap;
            }
        }
        if (best != null) return best.id();
        String name = lower(turn.speaker());
        String label = lower(source.slice(turn.label()));
        for (Entity e : entities) {
            if (namedAs(e, name) || namedAs(e, label)) return e.id();
        }
        return null;
    }

    private static boolean namedAs(Entity e, String lowerName) {
        if (lower(e.name()).equals(lowerName)) return true;
        for (String alias : e.aliases()) {
            if (lower(alias).equals(lowerName)) return true;
        }
        for (Mention m : e.mentions()) {
            if (lower(m.text()).equals(lowerName)) return true;
        }
        return false;
    }

    private static int overlapLength(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
