package org.annalist.read;

import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.SourceText;
import org.annalist.read.structure.PlainTextStructure;

/**
 * Reads a .txt file: its characters are the text (see {@link TextDecoder} for the
 * decoding and line ends), the structure is what {@link PlainTextStructure} finds, and the
 * author is what its front matter names ({@link AuthorLine}).
 */
public final class PlainTextReader implements SourceReader {

    private final ReadLimits limits;

    public PlainTextReader(ReadLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    public PlainTextReader() {
        this(ReadLimits.DEFAULT);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.TEXT;
    }

    @Override
    public SourceDocument read(String name, byte[] bytes) throws ReadException {
        limits.checkSize(name, format(), bytes.length);
        TextDecoder.Decoded d = TextDecoder.decode(name, bytes);
        SourceText text = new SourceText(name, d.text(), SourceFormat.TEXT, d.encoding(), d.verbatim());
        return d.warnedOf(new SourceDocument(text, PlainTextStructure.detect(d.text())).withAuthor(AuthorLine.of(d.text())));
    }
}
