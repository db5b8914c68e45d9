package org.annalist.read;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes the bad inputs the readers must survive, generated on the fly so that no large
 * or hostile file is checked in. Each case writes into a given folder and returns the path
 * to read (for {@link Case#MISSING_FILE}, a path that does not exist).
 */
public final class BadInputFixtures {

    /** The bad inputs, with the file name each is written under. */
    public enum Case {
        MISSING_FILE("missing.txt"),
        FOLDER_WITHOUT_SOURCES("no-sources"),
        BINARY_FILE("picture.txt"),
        UNDECODABLE_BYTES("latin1.txt"),
        NUL_BYTES("nul.txt"),
        EMPTY_FILE("empty.txt"),
        OVERSIZED_FILE("huge.txt"),
        LONG_LINE("long-line.txt"),
        DEEPLY_NESTED_HTML("deep.html"),
        XML_EXTERNAL_ENTITY("xxe.xml"),
        XML_ENTITY_BOMB("billion-laughs.xml"),
        ZIP_BOMB_EPUB("bomb.epub"),
        TRUNCATED_EPUB("truncated.epub"),
        PDF_WITHOUT_TEXT("scan.pdf");

        private final String fileName;

        Case(String fileName) {
            this.fileName = fileName;
        }

        /** {@return the name the case is written under} */
        public String fileName() {
            return fileName;
        }
    }

    /** size of {@link Case#OVERSIZED_FILE}: 50 MB, written sparse */
    public static final long OVERSIZED_BYTES = 50L << 20;
    /** length of {@link Case#LONG_LINE}: 1 MB without a sentence end */
    public static final int LONG_LINE_CHARS = 1 << 20;
    /** nesting depth of {@link Case#DEEPLY_NESTED_HTML} */
    public static final int HTML_DEPTH = 100_000;

    private BadInputFixtures() {
    }

    /** {@return the path of every case, written into {@code dir}} */
    public static Map<Case, Path> writeAll(Path dir) {
        Map<Case, Path> out = new EnumMap<>(Case.class);
        for (Case c : Case.values()) out.put(c, write(c, dir));
        return out;
    }

    /** {@return the path of {@code c}, written into {@code dir}} */
    public static Path write(Case c, Path dir) {
        Path p = dir.resolve(c.fileName());
        try {
            switch (c) {
                case MISSING_FILE -> Files.deleteIfExists(p);
                case FOLDER_WITHOUT_SOURCES -> {
                    Files.createDirectories(p.resolve(".git"));
                    Files.writeString(p.resolve(".hidden.txt"), "hidden text");
                    Files.writeString(p.resolve(".git/HEAD.txt"), "ref");
                    Files.writeString(p.resolve("data.json"), "{}");
                }
                case BINARY_FILE -> {
                    byte[] png = new byte[4096];
                    new java.util.Random(7).nextBytes(png);
                    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 0,
                            png, 0, 12);
                    Files.write(p, png);
                }
                case UNDECODABLE_BYTES -> Files.write(p,
                        "Caf\u00e9 de la R\u00e9gence, \u00bd past ten; 12\u00b0 of frost.\n"
                                .getBytes(Charset.forName("windows-1252")));
                case NUL_BYTES -> Files.write(p, "The treaty was\u0000 signed.".getBytes(StandardCharsets.UTF_8));
                case EMPTY_FILE -> Files.write(p, new byte[0]);
                case OVERSIZED_FILE -> {
                    Files.writeString(p, "A very long book.\n");
                    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                        f.setLength(OVERSIZED_BYTES);
                    }
                }
                case LONG_LINE -> {
                    String words = "and the column marched on through the snow ";
                    StringBuilder sb = new StringBuilder(LONG_LINE_CHARS);
                    while (sb.length() < LONG_LINE_CHARS) sb.append(words);
                    sb.setLength(LONG_LINE_CHARS);
                    Files.writeString(p, sb);
                }
                case DEEPLY_NESTED_HTML -> Files.writeString(p, "<html><body>" + "<div>".repeat(HTML_DEPTH)
                        + "The innermost paragraph." + "</div>".repeat(HTML_DEPTH) + "</body></html>");
                case XML_EXTERNAL_ENTITY -> Files.writeString(p, """
                        <?xml version="1.0"?>
                        <!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                        <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&xxe;</p></body></text></TEI>
                        """);
                case XML_ENTITY_BOMB -> {
                    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n");
                    sb.append(" <!ENTITY lol \"lol\">\n");
                    for (int i = 1; i <= 9; i++) {
                        sb.append(" <!ENTITY lol").append(i).append(" \"")
                                .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
                    }
                    sb.append("]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>&lol9;</p></body></text></TEI>\n");
                    Files.writeString(p, sb);
                }
                case ZIP_BOMB_EPUB -> {
                    try (OutputStream out = Files.newOutputStream(p)) {
                        TestSources.zipBomb(out, 100L << 20);
                    }
                }
                case TRUNCATED_EPUB -> {
                    byte[] whole = EpubReaderTest.book();
                    Files.write(p, Arrays.copyOf(whole, whole.length / 2));
                }
                case PDF_WITHOUT_TEXT -> Files.write(p, TestSources.pdfWithoutText());
                default -> throw new IllegalArgumentException("unknown case " + c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
