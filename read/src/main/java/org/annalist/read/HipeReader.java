package org.annalist.read;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Heading;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.SourceText;
import org.annalist.model.Structure;
import org.annalist.read.structure.PlainTextStructure;

/**
 * Reads a CLEF-HIPE-2020 TSV file ({@link HipeTsv}): one {@link SourceDocument} per HIPE
 * document, named by its {@code document_id}, its text rebuilt from the tokens (not the
 * file's characters, so not verbatim). The structure is found as in plain text, except that
 * paragraphs run across the column's line ends ({@link #structure}).
 */
final class HipeReader implements SourceReader {

    private final ReadLimits limits;

    HipeReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.HIPE;
    }

    /** {@return the file's one document}; a file of several is refused: read it with {@link #readAll} */
    @Override
    public SourceDocument read(String name, byte[] bytes) throws ReadException {
        List<SourceDocument> all = readAll(name, bytes);
        if (all.size() != 1) {
            throw new ReadException(name, ReadException.Kind.UNSUPPORTED,
                    "a HIPE file of " + all.size() + " documents; read it with Readers.readAll");
        }
        return all.get(0);
    }

    /** {@return every document of the file, in file order} */
    List<SourceDocument> readAll(String name, byte[] bytes) throws ReadException {
        limits.checkSize(name, format(), bytes.length);
        TextDecoder.Decoded d = TextDecoder.decode(name, bytes);
        if (!HipeTsv.looksLikeHipe(d.text())) {
            throw new ReadException(name, ReadException.Kind.UNSUPPORTED,
                    "a .tsv file without the HIPE header (TOKEN, NE-COARSE-LIT, …)");
        }
        List<HipeTsv.Document> docs;
        try {
            docs = HipeTsv.parse(d.text());
        } catch (IllegalArgumentException e) {
            throw new ReadException(name, ReadException.Kind.CORRUPT, e.getMessage(), e);
        }
        return docs.stream()
                .map(doc -> new SourceDocument(new SourceText(doc.id(), doc.text(), SourceFormat.HIPE, d.encoding(), false),
                        structure(doc.text())))
                .toList();
    }

    /**
     * {@return the structure of a HIPE document's text}: found as in plain text, but a
     * newspaper column has no blank lines, so its paragraphs are runs of lines
     * ({@link ColumnParagraphs}); headings are all-capitals lines, and the headlines above the
     * article's first sentence
     */
    static Structure structure(String text) {
        Structure plain = PlainTextStructure.detect(text);
        int firstSentence = firstSentenceEnd(text);
        List<Heading> headings = plain.headings().stream()
                .filter(h -> h.span().end() <= firstSentence || h.text().codePoints().noneMatch(Character::isLowerCase))
                .toList();
        return plain.withHeadings(headings).withParagraphs(ColumnParagraphs.of(text, headings));
    }

    /** {@return the end of the first line that ends with a full stop, question or exclamation mark}, or the text's length */
    private static int firstSentenceEnd(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            if (line.endsWith(".") || line.endsWith("?") || line.endsWith("!")) return end;
            start = end + 1;
        }
        return text.length();
    }
}
