package org.annalist.read.structure;

import org.annalist.model.CallStyle;

/**
 * The written form of a call or of a note's label, finer than {@link CallStyle}: the forms a
 * book chooses between. A book writes its calls one way and labels its notes one way, often
 * the same way ({@code (1)} … {@code (1) text}); the shapes let the alignment of calls with
 * labels prefer a call written like the labels.
 */
enum Shape {
    /** {@code [12]}, {@code [*]} */
    SQUARE(CallStyle.BRACKETED),
    /** {@code (12)}, {@code (*3)} */
    ROUND(CallStyle.BRACKETED),
    /** {@code {12}} */
    CURLY(CallStyle.BRACKETED),
    /** an asterisk before a number: {@code *29} */
    STAR_NUMBER(CallStyle.STARRED),
    /** reference marks: {@code *}, {@code **}, {@code †}, {@code ‡}, {@code §} */
    SYMBOL(CallStyle.SYMBOL),
    /** Unicode superscript digits: {@code ¹²} */
    SUPERSCRIPT(CallStyle.SUPERSCRIPT),
    /** {@code [^3]} */
    MARKDOWN(CallStyle.MARKDOWN),
    /** digits glued to the word or punctuation before them: {@code city.217} */
    GLUED(CallStyle.GLUED),
    /** digits after a sentence's end and a space, before the next sentence: {@code ). 12 This} */
    SPACED(CallStyle.SPACED),
    /** digits standing between words or at a line's edge, a flattened superscript: {@code his sons 4 made} */
    BARE(CallStyle.BARE),
    /** a label of plain digits: {@code 12.}, {@code 12)}, {@code 12 text}, {@code 12 (return) [} */
    DIGITS(CallStyle.BARE),
    /** a Gutenberg footnote block's label, {@code [Footnote 12:} */
    FOOTNOTE(CallStyle.BRACKETED);

    private final CallStyle style;

    Shape(CallStyle style) {
        this.style = style;
    }

    /** {@return the call style this shape is reported as} */
    CallStyle style() {
        return style;
    }

    /**
     * {@return true when a call of this shape answers a label of shape {@code label} by its
     * form alone}: the same brackets or signs, or for labels of plain digits, digits set apart
     * from the prose (glued, superscript); used to accept notes that follow their paragraph
     * without a heading
     */
    boolean mirrors(Shape label) {
        if (label == DIGITS) {
            return this == GLUED || this == SUPERSCRIPT || this == BARE || this == SPACED;
        }
        if (label == SUPERSCRIPT) {
            return this == SUPERSCRIPT || this == GLUED;
        }
        return this == label;
    }
}
