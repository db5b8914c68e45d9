package org.annalist.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.SourceText;
import org.annalist.read.structure.PlainTextStructure;
import org.jsoup.nodes.Document;
import org.w3c.dom.Element;

/**
 * Reads an EPUB (2 or 3): {@code META-INF/container.xml} names the package document
 * (OPF), whose spine orders the XHTML documents; each is extracted as HTML (see
 * {@link HtmlExtractor}) and the chapters are joined by a blank line. Note links may
 * cross documents. The zip is inflated as a stream and bounded while it inflates, never
 * trusting declared sizes: at most {@link ReadLimits#maxZipEntries()} entries and
 * {@link ReadLimits#maxUnzippedBytes()} bytes, and no entry inflating more than
 * {@link ReadLimits#maxCompressionRatio()} times its compressed size. A truncated or
 * corrupt zip is refused. The container and OPF are parsed by {@link SafeXml}.
 */
public final class EpubReader implements SourceReader {

    private static final String CONTAINER = "META-INF/container.xml";

    private final ReadLimits limits;

    public EpubReader(ReadLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    public EpubReader() {
        this(ReadLimits.DEFAULT);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.EPUB;
    }

    @Override
    public SourceDocument read(String name, byte[] bytes) throws ReadException {
        limits.checkSize(name, format(), bytes.length);
        Map<String, byte[]> entries = unzip(name, bytes);
        if (entries.isEmpty()) {
            throw new ReadException(name, ReadException.Kind.CORRUPT, "not an EPUB (no readable zip entries)");
        }
        String opfPath = packagePath(name, entry(name, entries, CONTAINER));
        List<String> spine = spine(name, opfPath, entry(name, entries, opfPath));
        java.util.Optional<String> author = creator(name, opfPath, entry(name, entries, opfPath));
        checkNotEncrypted(name, entries, spine);
        List<HtmlExtractor.Part> parts = new ArrayList<>();
        for (String path : spine) {
            String lower = path.toLowerCase(Locale.ROOT);
            boolean xml = !lower.endsWith(".htm") && !lower.endsWith(".html");
            Document doc = HtmlReader.parse(name, entry(name, entries, path), xml);
            parts.add(new HtmlExtractor.Part(doc, path));
        }
        HtmlExtractor extractor = HtmlExtractor.extract(parts);
        String extracted = extractor.text();
        if (extracted.isBlank()) throw new ReadException(name, ReadException.Kind.EMPTY, "EPUB has no text");
        SourceText text = new SourceText(name, extracted, SourceFormat.EPUB, "UTF-8", false);
        return new SourceDocument(text,
                StructureMerge.mergeMarkup(extractor.structure(), PlainTextStructure.detect(extracted)))
                .withAuthor(author);
    }

    /** {@return the package's first {@code dc:creator}}, if any */
    private static java.util.Optional<String> creator(String name, String opfPath, byte[] opf) throws ReadException {
        for (Element c : SafeXml.elements(parseEntry(name, opfPath, opf).getDocumentElement(), "creator")) {
            return AuthorLine.clean(c.getTextContent());
        }
        return java.util.Optional.empty();
    }

    /** DRM: {@code META-INF/encryption.xml} naming a spine document (fonts alone are only obfuscated) */
    private static void checkNotEncrypted(String name, Map<String, byte[]> entries, List<String> spine)
            throws ReadException {
        byte[] encryption = entries.get("META-INF/encryption.xml");
        if (encryption == null) return;
        org.w3c.dom.Document doc = parseEntry(name, "META-INF/encryption.xml", encryption);
        for (Element ref : SafeXml.elements(doc.getDocumentElement(), "CipherReference")) {
            String path = EpubPaths.normalize(decode(ref.getAttribute("URI")));
            if (spine.contains(path)) {
                throw new ReadException(name, ReadException.Kind.ENCRYPTED,
                        "EPUB is encrypted (DRM): " + path + " cannot be read");
            }
        }
    }

    private static byte[] entry(String name, Map<String, byte[]> entries, String path) throws ReadException {
        byte[] b = entries.get(path);
        if (b == null) {
            throw new ReadException(name, ReadException.Kind.CORRUPT,
                    "EPUB lacks " + path + " (truncated or not an EPUB?)");
        }
        return b;
    }

    /** {@return the OPF path named by the container} */
    private static String packagePath(String name, byte[] container) throws ReadException {
        org.w3c.dom.Document doc = parseEntry(name, CONTAINER, container);
        for (Element root : SafeXml.elements(doc.getDocumentElement(), "rootfile")) {
            String path = root.getAttribute("full-path");
            if (!path.isBlank()) return EpubPaths.normalize(path);
        }
        throw new ReadException(name, ReadException.Kind.CORRUPT, CONTAINER + " names no package document");
    }

    /** {@return the spine's (X)HTML documents, in reading order} */
    private static List<String> spine(String name, String opfPath, byte[] opf) throws ReadException {
        org.w3c.dom.Document doc = parseEntry(name, opfPath, opf);
        String folder = EpubPaths.folder(opfPath);
        Map<String, String> hrefs = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        for (Element item : SafeXml.elements(doc.getDocumentElement(), "item")) {
            String href = decode(item.getAttribute("href"));
            hrefs.put(item.getAttribute("id"), EpubPaths.normalize(folder + href));
            types.put(item.getAttribute("id"), item.getAttribute("media-type"));
        }
        List<String> spine = new ArrayList<>();
        for (Element ref : SafeXml.elements(doc.getDocumentElement(), "itemref")) {
            String idref = ref.getAttribute("idref");
            String path = hrefs.get(idref);
            if (path == null) {
                throw new ReadException(name, ReadException.Kind.CORRUPT,
                        opfPath + ": spine item '" + idref + "' is not in the manifest");
            }
            String type = types.getOrDefault(idref, "");
            if (type.contains("html") || path.matches("(?i).*\\.(x?html?)$")) spine.add(path);
        }
        if (spine.isEmpty()) {
            throw new ReadException(name, ReadException.Kind.EMPTY, opfPath + ": the spine lists no XHTML documents");
        }
        return spine;
    }

    private static org.w3c.dom.Document parseEntry(String name, String path, byte[] bytes) throws ReadException {
        try {
            return SafeXml.parse(name, bytes);
        } catch (ReadException e) {
            throw new ReadException(name, e.kind(), path + ": " + e.reason(), e);
        }
    }

    private static String decode(String href) {
        try {
            return java.net.URLDecoder.decode(href.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return href;
        }
    }

    /** the entries a reader needs (markup and package files), inflated within the limits */
    private Map<String, byte[]> unzip(String name, byte[] bytes) throws ReadException {
        Map<String, byte[]> out = new HashMap<>();
        CountingStream counter = new CountingStream(new ByteArrayInputStream(bytes));
        byte[] buf = new byte[8192];
        long total = 0;
        int count = 0;
        try (ZipInputStream zin = new ZipInputStream(counter)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (++count > limits.maxZipEntries()) {
                    throw new ReadException(name, ReadException.Kind.TOO_LARGE,
                            "EPUB has more than " + limits.maxZipEntries() + " zip entries");
                }
                String path = EpubPaths.normalize(e.getName());
                boolean keep = !e.isDirectory() && path.matches("(?i).*\\.(xml|opf|xhtml|html|htm)$");
                ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
                long before = counter.count;
                long inflated = 0;
                int n;
                while ((n = zin.read(buf)) > 0) {
                    inflated += n;
                    total += n;
                    if (total > limits.maxUnzippedBytes()) {
                        throw new ReadException(name, ReadException.Kind.TOO_LARGE,
                                "EPUB unpacks to more than " + limits.maxUnzippedBytes() + " bytes ("
                                        + ReadLimits.megabytes(limits.maxUnzippedBytes()) + " limit; zip bomb?)");
                    }
                    long compressed = Math.max(1, counter.count - before);
                    if (inflated > ReadLimits.RATIO_GRACE_BYTES
                            && inflated > compressed * limits.maxCompressionRatio()) {
                        throw new ReadException(name, ReadException.Kind.TOO_LARGE, "zip entry " + path
                                + " inflates more than " + limits.maxCompressionRatio()
                                + " times its compressed size (zip bomb?)");
                    }
                    if (kept != null) {
                        if (inflated > limits.maxFileBytes()) {
                            throw new ReadException(name, ReadException.Kind.TOO_LARGE, "zip entry " + path
                                    + " is over the " + limits.maxFileBytes() + "-byte limit");
                        }
                        kept.write(buf, 0, n);
                    }
                }
                if (kept != null) out.putIfAbsent(path, kept.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ReadException(name, ReadException.Kind.CORRUPT,
                    "truncated or corrupt EPUB (zip): " + ReadException.describe(e), e);
        }
        return out;
    }

    /** counts the compressed bytes the zip stream pulls */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
