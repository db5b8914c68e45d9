package org.annalist.read;

import java.util.Objects;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.SourceText;
import org.annalist.model.Structure;

/**
 * Reads TimeML ({@code .tml}, TempEval-3): the text is {@code TEXT}'s characters with the
 * tags removed (see {@link TimeMl}), one paragraph per run of non-blank lines, and the
 * creation time (DCT) becomes the document's date. The TIMEX3 annotations themselves are not
 * carried into the document: they are gold, read by the eval module through {@link TimeMl}.
 */
public final class TimeMlReader implements SourceReader {

    private final ReadLimits limits;

    public TimeMlReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public TimeMlReader() {
        this(ReadLimits.DEFAULT);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.TIMEML;
    }

    @Override
    public SourceDocument read(String name, byte[] bytes) throws ReadException {
        limits.checkSize(name, format(), bytes.length);
        TimeMlContent content = TimeMl.parse(name, bytes);
        SourceText text = new SourceText(name, content.text(), SourceFormat.TIMEML, content.encoding(), false);
        Structure structure = Structure.EMPTY.withParagraphs(TextBuilder.paragraphs(content.text()));
        return new SourceDocument(text, structure, content.creationTime().flatMap(TimeMlCreationTime::date));
    }
}
