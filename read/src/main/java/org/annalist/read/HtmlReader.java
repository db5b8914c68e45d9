package org.annalist.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.SourceText;
import org.annalist.read.structure.PlainTextStructure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML or XHTML file with jsoup. The text is the extracted text (see
 * {@link HtmlExtractor}), so it is never verbatim; its structure is what the markup
 * declares merged with what {@link PlainTextStructure} finds in the extracted text
 * (transcript turns, plain-style note calls). The character set comes from the byte order
 * mark, {@code <meta charset>} or XML declaration; undeclared, it is UTF-8 when the bytes
 * are valid UTF-8, else windows-1252. Scripts never run and their text is dropped.
 */
public final class HtmlReader implements SourceReader {

    private final ReadLimits limits;

    public HtmlReader(ReadLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    public HtmlReader() {
        this(ReadLimits.DEFAULT);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML;
    }

    @Override
    public SourceDocument read(String name, byte[] bytes) throws ReadException {
        limits.checkSize(name, format(), bytes.length);
        Document doc = parse(name, bytes, isXml(name, bytes));
        HtmlExtractor extractor = HtmlExtractor.extract(java.util.List.of(new HtmlExtractor.Part(doc, "")));
        String extracted = extractor.text();
        if (extracted.isBlank()) {
            throw new ReadException(name, ReadException.Kind.EMPTY, "HTML has no text in its body");
        }
        SourceText text = new SourceText(name, extracted, SourceFormat.HTML, doc.charset().name(), false);
        return new SourceDocument(text,
                StructureMerge.mergeMarkup(extractor.structure(), PlainTextStructure.detect(extracted)))
                .withAuthor(author(doc));
    }

    /** {@return the author {@code <meta name="author" content="…">} names}, if any */
    static java.util.Optional<String> author(Document doc) {
        org.jsoup.nodes.Element meta = doc.selectFirst("meta[name=author][content]");
        return meta == null ? java.util.Optional.empty() : AuthorLine.clean(meta.attr("content"));
    }

    /** Parses HTML, or XHTML with jsoup's XML parser (no DTD is ever loaded or expanded). */
    static Document parse(String name, byte[] bytes, boolean xml) throws ReadException {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF);
        if (!utf16) TextDecoder.checkNotBinary(name, bytes);
        String charset = utf16 || declaresCharset(bytes) || TextDecoder.isUtf8(bytes) ? null : "windows-1252";
        try {
            return xml ? Jsoup.parse(new ByteArrayInputStream(bytes), charset, "", Parser.xmlParser())
                    : Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
        } catch (IOException | RuntimeException e) {
            throw new ReadException(name, ReadException.Kind.CORRUPT,
                    "unreadable HTML: " + ReadException.describe(e), e);
        }
    }

    /** a BOM, {@code <meta charset>}, {@code http-equiv} content type or XML encoding in the head */
    private static boolean declaresCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("\u00ef\u00bb\u00bf") || CHARSET_DECLARATION.matcher(head).find();
    }

    private static final java.util.regex.Pattern CHARSET_DECLARATION = java.util.regex.Pattern.compile(
            "<meta[^>]{0,200}charset|<\\?xml[^>]{0,100}encoding");

    /** .xhtml, or content opening with an XML declaration */
    static boolean isXml(String name, byte[] bytes) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xhtml")) return true;
        String head = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.stripLeading().replace("\u00EF\u00BB\u00BF", "").startsWith("<?xml");
    }
}
