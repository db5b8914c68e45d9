package org.annalist.model;

import java.util.Objects;

/**
 * The exact characters that every offset of a document refers to. For a .txt or .md
 * input these are the file's own characters, decoded, with CRLF and CR line ends read as
 * LF (as Python's text mode reads them); for HTML, EPUB, PDF and TEI they are the text the
 * reader extracted, which {@code extract} reports with the document.
 *
 * @param name     the source's file name, e.g. {@code chapter1.txt}
 * @param text     the characters
 * @param format   the format it was read from
 * @param encoding the character set the bytes were decoded from, e.g. {@code UTF-8}
 * @param verbatim true when {@code text} is the file's decoded characters unchanged, so a
 *                 user can find every offset in the file itself
 */
public record SourceText(String name, String text, SourceFormat format, String encoding, boolean verbatim) {

    public SourceText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** {@return verbatim UTF-8 plain text}, for tests and embedded samples */
    public static SourceText of(String name, String text) {
        return new SourceText(name, text, SourceFormat.TEXT, "UTF-8", true);
    }

    /** {@return the number of characters} */
    public int length() {
        return text.length();
    }

    /** {@return the characters covered by {@code span}}; fails when it lies outside */
    public String slice(Span span) {
        checkInside(span);
        return text.substring(span.start(), span.end());
    }

    /** Throws unless {@code span} lies inside this text. */
    public void checkInside(Span span) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException(
                    "span end " + span.end() + " > text length " + text.length() + " in " + name);
        }
    }
}
