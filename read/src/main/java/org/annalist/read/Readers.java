package org.annalist.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.Structure;
import org.annalist.read.structure.MatterFinder;

/**
 * The one entry point for reading sources: picks the reader by extension, checked against
 * the content's signature ({@code %PDF-}, a zip, an XML or HTML opening), and reads files
 * within {@link ReadLimits} (a file over the size limit is refused before it is read).
 */
public final class Readers {

    private static final Map<String, SourceFormat> EXTENSIONS = Map.ofEntries(
            Map.entry("txt", SourceFormat.TEXT), Map.entry("md", SourceFormat.MARKDOWN),
            Map.entry("markdown", SourceFormat.MARKDOWN), Map.entry("html", SourceFormat.HTML),
            Map.entry("htm", SourceFormat.HTML), Map.entry("xhtml", SourceFormat.HTML),
            Map.entry("epub", SourceFormat.EPUB), Map.entry("pdf", SourceFormat.PDF),
            Map.entry("xml", SourceFormat.TEI), Map.entry("tei", SourceFormat.TEI),
            Map.entry("tml", SourceFormat.TIMEML), Map.entry("tsv", SourceFormat.HIPE));

    private final ReadLimits limits;
    private final Map<SourceFormat, SourceReader> readers = new EnumMap<>(SourceFormat.class);

    public Readers(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        for (SourceReader r : new SourceReader[] {new PlainTextReader(limits), new MarkdownReader(limits),
                new HtmlReader(limits), new EpubReader(limits), new PdfReader(limits), new TeiReader(limits),
                new TimeMlReader(limits), new HipeReader(limits)}) {
            readers.put(r.format(), r);
        }
    }

    /** {@return readers with {@link ReadLimits#DEFAULT}} */
    public static Readers standard() {
        return new Readers(ReadLimits.DEFAULT);
    }

    /** {@return the limits these readers apply} */
    public ReadLimits limits() {
        return limits;
    }

    /** {@return the reader for {@code format}} */
    public SourceReader reader(SourceFormat format) {
        return readers.get(Objects.requireNonNull(format, "format"));
    }

    /** {@return the file extensions read, lower case, without the dot} */
    public static Set<String> extensions() {
        return EXTENSIONS.keySet();
    }

    /** {@return the format a file name's extension promises}, empty for other extensions */
    public static Optional<SourceFormat> formatOf(String fileName) {
        return Optional.ofNullable(EXTENSIONS.get(extension(fileName)));
    }

    /** {@return the file's extension, lower case, without the dot}, or "" */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the format to read {@code bytes} as}: a PDF or zip signature decides over the
     * extension; otherwise the extension (an .xml file holding XHTML is HTML), or for a name
     * without one, an XML or HTML opening (plain text if neither)
     */
    public static SourceFormat detect(String name, byte[] bytes) throws ReadException {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        String ext = extension(name);
        if (head.startsWith("%PDF-")) return SourceFormat.PDF;
        if (head.startsWith("PK\u0003\u0004")) {
            if (ext.equals("epub") || head.startsWith("mimetypeapplication/epub+zip", 30)) return SourceFormat.EPUB;
            throw new ReadException(name, ReadException.Kind.UNSUPPORTED, "a zip archive, not an EPUB");
        }
        Optional<SourceFormat> byExtension = formatOf(name);
        if (byExtension.equals(Optional.of(SourceFormat.TEI)) && head.contains("<html") && !head.contains("<TEI")) {
            return SourceFormat.HTML; // XHTML saved as .xml
        }
        if (byExtension.equals(Optional.of(SourceFormat.TEI)) && head.contains("<TimeML") && !head.contains("<TEI")) {
            return SourceFormat.TIMEML; // TimeML saved as .xml
        }
        if (byExtension.isPresent()) return byExtension.get();
        if (!ext.isEmpty()) {
            throw new ReadException(name, ReadException.Kind.UNSUPPORTED, "unsupported file type (." + ext
                    + "); annalist reads " + String.join(", ", new java.util.TreeSet<>(EXTENSIONS.keySet())));
        }
        String lower = head.stripLeading().toLowerCase(Locale.ROOT);
        if (lower.startsWith("<?xml") && (head.contains("<TEI") || head.contains("<teiCorpus"))) {
            return SourceFormat.TEI;
        }
        if (lower.startsWith("<?xml") && head.contains("<TimeML")) return SourceFormat.TIMEML;
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) return SourceFormat.HTML;
        return SourceFormat.TEXT;
    }

    /** {@return the document read from {@code bytes}}, the format chosen by {@link #detect} */
    public SourceDocument read(String name, byte[] bytes) throws ReadException {
        SourceFormat format = detect(name, bytes);
        limits.checkSize(name, format, bytes.length);
        return withMatter(format, reader(format).read(name, bytes));
    }

    /** A book's front and back matter, marked on its structure (news and newspaper articles have none). */
    private static SourceDocument withMatter(SourceFormat format, SourceDocument d) {
        if (format == SourceFormat.TIMEML || format == SourceFormat.HIPE) return d;
        Structure s = d.structure().withMatter(MatterFinder.find(d.text().text(), d.structure()));
        return new SourceDocument(d.text(), s, d.documentDate(), d.author(), d.warnings());
    }

    /**
     * {@return the document read from the file at {@code path}}; a missing, unreadable or
     * oversized file is refused with its name and the reason
     */
    public SourceDocument read(Path path) throws ReadException {
        Objects.requireNonNull(path, "path");
        return read(path, path.getFileName() != null ? path.getFileName().toString() : path.toString());
    }

    /**
     * {@return the document read from the file at {@code path}}, named {@code name} in the
     * document and in messages (e.g. a path relative to an input folder, when file names repeat)
     */
    public SourceDocument read(Path path, String name) throws ReadException {
        return read(name, load(path, name));
    }

    /**
     * {@return every document of the file at {@code path}}: the documents of a HIPE TSV file,
     * each named by its {@code document_id}; for any other format the one document
     * {@link #read(Path)} reads
     */
    public List<SourceDocument> readAll(Path path) throws ReadException {
        Objects.requireNonNull(path, "path");
        String name = path.getFileName() != null ? path.getFileName().toString() : path.toString();
        return readAll(name, load(path, name));
    }

    /**
     * {@return every document in {@code bytes}}: the documents of a HIPE TSV, each named by
     * its {@code document_id}; for any other format the one document {@link #read(String, byte[])} reads
     */
    public List<SourceDocument> readAll(String name, byte[] bytes) throws ReadException {
        SourceFormat format = detect(name, bytes);
        if (format != SourceFormat.HIPE) return List.of(read(name, bytes));
        limits.checkSize(name, format, bytes.length);
        return ((HipeReader) reader(format)).readAll(name, bytes);
    }

    private byte[] load(Path path, String name) throws ReadException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ReadException(name, ReadException.Kind.NOT_FOUND, "no such file (" + path + ")", e);
        } catch (IOException e) {
            throw new ReadException(name, ReadException.Kind.UNREADABLE,
                    "cannot read: " + ReadException.describe(e), e);
        }
        if (attrs.isDirectory()) {
            throw new ReadException(name, ReadException.Kind.UNREADABLE, "is a directory, not a file");
        }
        if (!attrs.isRegularFile()) {
            // a pipe or device could block or never end
            throw new ReadException(name, ReadException.Kind.UNREADABLE, "not a regular file");
        }
        // by extension for now: the content signature is only known once read
        long limit = formatOf(name).map(limits::maxBytes).orElse(limits.maxFileBytes());
        if (attrs.size() > limit) limits.checkSize(name, formatOf(name).orElse(SourceFormat.TEXT), attrs.size());
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // the file may have grown since; never read more than the limit allows
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (AccessDeniedException e) {
            throw new ReadException(name, ReadException.Kind.UNREADABLE, "permission denied", e);
        } catch (IOException e) {
            throw new ReadException(name, ReadException.Kind.UNREADABLE,
                    "cannot read: " + ReadException.describe(e), e);
        }
        return bytes;
    }
}
