package org.annalist.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds small EPUB and PDF files in tests, so no binary fixture is checked in. */
final class TestSources {

    private TestSources() {
    }

    /** {@return an EPUB 3 whose spine lists {@code chapters} (file name → XHTML) in order} */
    static byte[] epub(Map<String, String> chapters) {
        return epub(chapters, "");
    }

    /** {@return an EPUB 3 whose spine lists {@code chapters}, with {@code metadata} elements after its title} */
    static byte[] epub(Map<String, String> chapters, String metadata) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", """
                <?xml version="1.0"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>""".getBytes(StandardCharsets.UTF_8));
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        int i = 0;
        for (String file : chapters.keySet()) {
            i++;
            manifest.append("<item id=\"c").append(i).append("\" href=\"text/").append(file)
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
            spine.append("<itemref idref=\"c").append(i).append("\"/>\n");
        }
        manifest.append("<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n");
        entries.put("OEBPS/content.opf", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Test</dc:title>%s</metadata>
                  <manifest>
                %s  </manifest>
                  <spine>
                %s  </spine>
                </package>""").formatted(metadata, manifest, spine).getBytes(StandardCharsets.UTF_8));
        entries.put("OEBPS/style.css", "p { margin: 0 }".getBytes(StandardCharsets.UTF_8));
        chapters.forEach((file, xhtml) -> entries.put("OEBPS/text/" + file, xhtml.getBytes(StandardCharsets.UTF_8)));
        return zip(entries);
    }

    /** {@return an XHTML chapter document with {@code body} as its body} */
    static String xhtml(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
                <head><title>Chapter</title></head>
                <body>%s</body>
                </html>""".formatted(body);
    }

    /** {@return a zip with a stored {@code mimetype} first, then {@code entries} deflated} */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mimetype);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes to {@code out} a valid EPUB whose chapter is followed by an entry of
     * {@code zeros} zero bytes, deflated as it streams (a zip bomb of a few hundred KB).
     */
    static void zipBomb(OutputStream out, long zeros) throws IOException {
        byte[] chapter = epub(Map.of("one.xhtml", xhtml("<p>Short.</p>")));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(chapter))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry("OEBPS/text/zeros.xhtml"));
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < zeros; written += block.length) {
                zip.write(block, 0, (int) Math.min(block.length, zeros - written));
            }
            zip.closeEntry();
        }
    }

    /**
     * {@return a PDF with one page per entry, each entry's lines set one under another}; an
     * empty line is a gap, a line starting with four spaces is indented
     */
    static byte[] pdf(List<List<String>> pages) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        if (line.isEmpty()) {
                            cs.newLineAtOffset(0, -14);
                            continue;
                        }
                        int indent = line.startsWith("    ") ? 18 : 0; // a paragraph's indented first line
                        cs.newLineAtOffset(indent, 0);
                        cs.showText(line.strip());
                        cs.newLineAtOffset(-indent, -14);
                    }
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return a one-page PDF with only a drawn rectangle, as a scan without OCR has no text} */
    static byte[] pdfWithoutText() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(100, 100, 300, 400);
                cs.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return {@code pdf} encrypted with {@code userPassword}, text extraction allowed or not} */
    static byte[] encrypted(byte[] pdf, String userPassword, boolean canExtract) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var permissions = new org.apache.pdfbox.pdmodel.encryption.AccessPermission();
            permissions.setCanExtractContent(canExtract);
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
