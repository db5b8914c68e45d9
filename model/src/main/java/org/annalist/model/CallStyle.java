package org.annalist.model;

/** How an endnote or footnote call is written in the source. */
public enum CallStyle {
    /** digits glued to punctuation or a closing quote: {@code city.217}, {@code circles.”211} */
    GLUED,
    /** bracketed or parenthesised: {@code [82]}, {@code (1)}, {@code {3}}, {@code [*]}, {@code (*2)} */
    BRACKETED,
    /** a superscript: an HTML/EPUB/TEI {@code <sup>12</sup>} or Unicode superscript digits {@code ¹²} */
    SUPERSCRIPT,
    /** a number standing after punctuation and a space: {@code ). 12 This} */
    SPACED,
    /** a flattened superscript between words: {@code to the end that 1 neither} */
    BARE,
    /** Markdown footnote reference {@code [^3]} */
    MARKDOWN,
    /** an asterisk before the note's number: {@code *29} */
    STARRED,
    /** a reference mark standing for the note: {@code *}, {@code **}, {@code †}, {@code ‡} */
    SYMBOL,
    /** a TEI {@code <note>} or {@code <ref>} placed inline */
    MARKUP
}
