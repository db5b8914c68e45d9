package org.annalist.model;

/** How an endnote or footnote call is written in the source. */
public enum CallStyle {
    /** digits glued to punctuation or a closing quote: {@code city.217}, {@code circles.”211} */
    GLUED,
    /** bracketed: {@code [82]}, {@code [*]} */
    BRACKETED,
    /** a superscript element in HTML/EPUB/TEI: {@code <sup>12</sup>} */
    SUPERSCRIPT,
    /** a number standing after punctuation and a space: {@code ). 12 This} */
    SPACED,
    /** a flattened superscript between words: {@code to the end that 1 neither} */
    BARE,
    /** Markdown footnote reference {@code [^3]} */
    MARKDOWN,
    /** a TEI {@code <note>} or {@code <ref>} placed inline */
    MARKUP
}
