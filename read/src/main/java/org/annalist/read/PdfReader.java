package org.annalist.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.SourceText;
import org.annalist.read.structure.PlainTextStructure;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF's text layer with PDFBox, page by page (at most
 * {@link ReadLimits#maxPdfPages()}). Paragraphs PDFBox detects are separated by a blank
 * line; a line-end hyphen (or soft hyphen) between two lower-case letters is joined
 * ({@code impor-\ntant} → {@code important}); typographic ligatures ({@code ﬁ}) are spelled
 * out; a page number standing alone on a page's first or last line is
 * dropped; a paragraph running over a page break is kept whole. The structure is what
 * {@link PlainTextStructure} finds. A PDF without extractable text (scanned pages), one whose
 * text is mostly unmapped glyphs, and an encrypted PDF are refused.
 */
public final class PdfReader implements SourceReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*(?:[-–—]\\s*)?(?:page\\s+)?\\d{1,4}(?:\\s*[-–—])?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPHEN = Pattern.compile("(\\p{Ll})[-\u00AD]\\n(\\p{Ll})");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)+");

    private final ReadLimits limits;

    public PdfReader(ReadLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    public PdfReader() {
        this(ReadLimits.DEFAULT);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.PDF;
    }

    @Override
    public SourceDocument read(String name, byte[] bytes) throws ReadException {
        limits.checkSize(name, format(), bytes.length);
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new ReadException(name, ReadException.Kind.ENCRYPTED,
                        "PDF is encrypted and forbids text extraction");
            }
            int count = doc.getNumberOfPages();
            if (count > limits.maxPdfPages()) {
                throw new ReadException(name, ReadException.Kind.TOO_LARGE,
                        "PDF has " + count + " pages, over the " + limits.maxPdfPages() + "-page limit");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("");
            stripper.setPageStart("");
            for (int p = 1; p <= count; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(cleanPage(stripper.getText(doc)));
            }
        } catch (InvalidPasswordException e) {
            throw new ReadException(name, ReadException.Kind.ENCRYPTED, "PDF is encrypted (a password is needed)", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(name, ReadException.Kind.CORRUPT,
                    "not a readable PDF: " + ReadException.describe(e), e);
        } catch (OutOfMemoryError e) {
            // PDFBox inflates a page's content streams in memory; a compressed stream of
            // gigabytes (a decompression bomb) fails here, and its buffers are garbage now
            throw new ReadException(name, ReadException.Kind.TOO_LARGE,
                    "PDF content inflates beyond the memory available (decompression bomb?)");
        }
        String extracted = join(pages);
        if (extracted.isBlank()) {
            throw new ReadException(name, ReadException.Kind.NO_TEXT, "PDF has no text layer (scanned pages?)");
        }
        if (unreadableShare(extracted) > 0.5) {
            throw new ReadException(name, ReadException.Kind.NO_TEXT,
                    "PDF text layer is unreadable (fonts without a Unicode map)");
        }
        SourceText text = new SourceText(name, extracted, SourceFormat.PDF, "UTF-8", false);
        return new SourceDocument(text, PlainTextStructure.detect(extracted));
    }

    /** {@return the share of non-space characters that are replacement or private-use characters} */
    static double unreadableShare(String text) {
        int seen = 0;
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) continue;
            seen++;
            if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || Character.isISOControl(c)) bad++;
        }
        return seen == 0 ? 0 : bad / (double) seen;
    }

    /** one page's text: LF line ends, no trailing spaces, no lone page number at top or bottom */
    static String cleanPage(String raw) {
        String t = raw.replace("\r\n", "\n").replace('\r', '\n').replace("\f", "").replace("\u0000", "")
                .replace("\uFB00", "ff").replace("\uFB01", "fi").replace("\uFB02", "fl").replace("\uFB03", "ffi")
                .replace("\uFB04", "ffl").replace("\uFB05", "st").replace("\uFB06", "st");
        t = TRAILING_SPACES.matcher(t + "\n").replaceAll("\n").strip();
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        if (lines.size() > 1 && PAGE_NUMBER.matcher(lines.get(lines.size() - 1)).matches()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.size() > 1 && PAGE_NUMBER.matcher(lines.get(0)).matches()) lines.remove(0);
        return String.join("\n", lines).strip();
    }

    /** pages joined by a blank line, or by a line break where a sentence runs on */
    static String join(List<String> pages) {
        StringBuilder sb = new StringBuilder();
        for (String page : pages) {
            if (page.isEmpty()) continue;
            if (sb.length() > 0) {
                char last = sb.charAt(sb.length() - 1);
                boolean runsOn = Character.isLowerCase(page.charAt(0)) || last == '-' || last == ',';
                sb.append(runsOn ? "\n" : "\n\n");
            }
            sb.append(page);
        }
        String t = HYPHEN.matcher(sb).replaceAll("$1$2");
        return BLANK_LINES.matcher(t).replaceAll("\n\n");
    }
}
