package org.annalist.eval.gold;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One annalist-gold/1 object: gold annotations or system output for one source document
 * (see {@code shared/gold/FORMAT.md}). Offsets are 0-based UTF-16 indices into the
 * document's characters, {@code end} exclusive.
 *
 * <p>Lists are unmodifiable and never null (a missing array reads as empty). Scalar fields
 * the format allows to be absent are null when absent.
 *
 * @param format          {@value #FORMAT} for files in this shape; null when absent
 * @param document        the source file's name, the key gold and predictions are paired by;
 *                        null when absent
 * @param documentDate    creation date (news); null when absent
 * @param chars           the document's length in characters; null when absent
 * @param timexes         temporal expressions
 * @param notes           endnote calls
 * @param quotes          quotations
 * @param entities        people, organisations, places with their mentions
 * @param communications  who told whom
 * @param claims          numeric claims
 * @param headings        headings
 * @param transcriptTurns turns of a transcript
 * @param hedges          marked uncertainty
 * @param text            the characters the offsets refer to, written when they are not the
 *                        source file's own characters; null otherwise
 */
@JsonPropertyOrder({"format", "document", "document_date", "chars", "timexes", "notes", "quotes", "entities",
        "communications", "claims", "headings", "transcript_turns", "hedges", "text"})
public record GoldDocument(
        @JsonProperty("format") String format,
        @JsonProperty("document") String document,
        @JsonProperty("document_date") String documentDate,
        @JsonProperty("chars") Integer chars,
        @JsonProperty("timexes") List<GoldTimex> timexes,
        @JsonProperty("notes") List<GoldNote> notes,
        @JsonProperty("quotes") List<GoldQuote> quotes,
        @JsonProperty("entities") List<GoldEntity> entities,
        @JsonProperty("communications") List<GoldCommunication> communications,
        @JsonProperty("claims") List<GoldClaim> claims,
        @JsonProperty("headings") List<GoldHeading> headings,
        @JsonProperty("transcript_turns") List<GoldTurn> transcriptTurns,
        @JsonProperty("hedges") List<GoldHedge> hedges,
        @JsonProperty("text") String text) {

    /** The format tag this package reads and writes. */
    public static final String FORMAT = "annalist-gold/1";

    public GoldDocument {
        timexes = copy(timexes);
        notes = copy(notes);
        quotes = copy(quotes);
        entities = copy(entities);
        communications = copy(communications);
        claims = copy(claims);
        headings = copy(headings);
        transcriptTurns = copy(transcriptTurns);
        hedges = copy(hedges);
    }

    /** {@return a document named {@code document} with no annotations}, as the referee treats a missing prediction */
    public static GoldDocument empty(String document) {
        return new GoldDocument(FORMAT, document, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public GoldDocument withDocumentDate(String v) {
        return new GoldDocument(format, document, v, chars, timexes, notes, quotes, entities,
                communications, claims, headings, transcriptTurns, hedges, text);
    }

    public GoldDocument withChars(Integer v) {
        return new GoldDocument(format, document, documentDate, v, timexes, notes, quotes, entities,
                communications, claims, headings, transcriptTurns, hedges, text);
    }

    public GoldDocument withText(String v) {
        return new GoldDocument(format, document, documentDate, chars, timexes, notes, quotes, entities,
                communications, claims, headings, transcriptTurns, hedges, v);
    }

    public GoldDocument withTimexes(List<GoldTimex> v) {
        return new GoldDocument(format, document, documentDate, chars, v, notes, quotes, entities,
                communications, claims, headings, transcriptTurns, hedges, text);
    }

    public GoldDocument withNotes(List<GoldNote> v) {
        return new GoldDocument(format, document, documentDate, chars, timexes, v, quotes, entities,
                communications, claims, headings, transcriptTurns, hedges, text);
    }

    public GoldDocument withQuotes(List<GoldQuote> v) {
        return new GoldDocument(format, document, documentDate, chars, timexes, notes, v, entities,
                communications, claims, headings, transcriptTurns, hedges, text);
    }

    public GoldDocument withEntities(List<GoldEntity> v) {
        return new GoldDocument(format, document, documentDate, chars, timexes, notes, quotes, v,
                communications, claims, headings, transcriptTurns, hedges, text);
    }

    public GoldDocument withCommunications(List<GoldCommunication> v) {
        return new GoldDocument(format, document, documentDate, chars, timexes, notes, quotes, entities,
                v, claims, headings, transcriptTurns, hedges, text);
    }

    public GoldDocument withClaims(List<GoldClaim> v) {
        return new GoldDocument(format, document, documentDate, chars, timexes, notes, quotes, entities,
                communications, v, headings, transcriptTurns, hedges, text);
    }

    public GoldDocument withHeadings(List<GoldHeading> v) {
        return new GoldDocument(format, document, documentDate, chars, timexes, notes, quotes, entities,
                communications, claims, v, transcriptTurns, hedges, text);
    }

    public GoldDocument withTranscriptTurns(List<GoldTurn> v) {
        return new GoldDocument(format, document, documentDate, chars, timexes, notes, quotes, entities,
                communications, claims, headings, v, hedges, text);
    }

    public GoldDocument withHedges(List<GoldHedge> v) {
        return new GoldDocument(format, document, documentDate, chars, timexes, notes, quotes, entities,
                communications, claims, headings, transcriptTurns, v, text);
    }

    private static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
