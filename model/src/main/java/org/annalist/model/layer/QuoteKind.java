package org.annalist.model.layer;

/** What a quotation is doing in the text. */
public enum QuoteKind {
    /** Someone's words: a clause, a long stretch, or words framed by a reporting verb. */
    SPEECH,
    /** A short term held at arm's length: “purged”, a slogan, a simile. */
    SCARE,
    /** The title of a work: an article, a book, a speech. */
    TITLE,
    /** One turn of a transcript ({@code NAME: words}); the speaker is the turn's label. */
    TRANSCRIPT
}
