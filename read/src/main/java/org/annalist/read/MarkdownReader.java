package org.annalist.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.BlockQuote;
import org.annalist.model.CallStyle;
import org.annalist.model.Heading;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Region;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.read.structure.PlainTextStructure;

/**
 * Reads a Markdown file. The text is the file's characters, decoded as for .txt, so every
 * offset can be found in the file. Structure: what {@link PlainTextStructure} finds, with
 * Markdown's own marks taking precedence: ATX ({@code # Title}) and setext headings (span
 * = the title text without marks), {@code >} block quotes, {@code [^n]} footnote calls
 * ({@link CallStyle#MARKDOWN}, span = the whole {@code [^n]}) linked to their
 * {@code [^n]: ...} definitions, which are set aside as {@link Region.Kind#NOTES}. Fenced
 * code blocks are skipped.
 */
public final class MarkdownReader implements SourceReader {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?=[ \\t]|$)");
    private static final Pattern ATX_CLOSE = Pattern.compile("[ \\t]+#+[ \\t]*$|^#+[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>");
    // labels are bounded so that "[^[^[^..." costs linear time
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s\\[]{1,40})\\]:[ \\t]*");
    private static final Pattern CALL = Pattern.compile("\\[\\^([^\\]\\s\\[]{1,40})\\]");
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}(?:[-+*]|\\d{1,9}[.)])(?:[ \\t]|$)");
    private static final Pattern CONTINUATION = Pattern.compile("^( {4}|\\t)");

    private final ReadLimits limits;

    public MarkdownReader(ReadLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    public MarkdownReader() {
        this(ReadLimits.DEFAULT);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.MARKDOWN;
    }

    @Override
    public SourceDocument read(String name, byte[] bytes) throws ReadException {
        limits.checkSize(name, format(), bytes.length);
        TextDecoder.Decoded d = TextDecoder.decode(name, bytes);
        SourceText text = new SourceText(name, d.text(), SourceFormat.MARKDOWN, d.encoding(), d.verbatim());
        Declared declared = declare(d.text());
        Structure guessed = StructureMerge.outside(PlainTextStructure.detect(d.text()), declared.code());
        return d.warnedOf(new SourceDocument(text, StructureMerge.merge(declared.structure(), guessed)));
    }

    /** What Markdown's marks declare, and the fenced code blocks, where nothing is structure. */
    record Declared(Structure structure, List<Span> code) {
    }

    /** {@return the structure Markdown's own marks declare in {@code text}} */
    static Structure markdownStructure(String text) {
        return declare(text).structure();
    }

    private static Declared declare(String text) {
        List<Span> lines = lines(text);
        List<Heading> headings = new ArrayList<>();
        List<BlockQuote> quotes = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Span> code = new ArrayList<>();
        List<Span> labels = new ArrayList<>();
        Map<String, String> noteIds = new HashMap<>();
        Set<String> usedIds = new HashSet<>();

        String fence = null;
        int fenceStart = -1;
        int paraStart = -1;
        int paraEnd = -1;
        int quoteStart = -1;
        int quoteEnd = -1;
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            String s = text.substring(line.start(), line.end());
            Matcher m;
            if (fence != null) {
                String close = s.strip();
                char fenceChar = fence.charAt(0);
                if (close.startsWith(fence) && close.chars().allMatch(c -> c == fenceChar)) {
                    code.add(Span.of(fenceStart, line.end()));
                    fence = null;
                }
                continue;
            }
            boolean isQuote = QUOTE.matcher(s).find();
            if (!isQuote && quoteStart >= 0) {
                quotes.add(new BlockQuote(Span.of(quoteStart, quoteEnd)));
                quoteStart = -1;
            }
            if ((m = FENCE.matcher(s)).find()) {
                fence = m.group(1);
                fenceStart = line.start();
                paraStart = -1;
            } else if (isQuote) {
                if (quoteStart < 0) quoteStart = line.start() + s.indexOf('>');
                quoteEnd = trimEnd(text, line.start(), line.end());
                paraStart = -1;
            } else if (s.isBlank()) {
                paraStart = -1;
            } else if ((m = ATX.matcher(s)).find()) {
                int start = line.start() + m.end();
                int end = line.end();
                Matcher close = ATX_CLOSE.matcher(text.substring(start, end));
                if (close.find()) end = start + close.start();
                start = trimStart(text, start, end);
                end = trimEnd(text, start, end);
                if (end > start) headings.add(heading(text, start, end, m.group(1).length()));
                paraStart = -1;
            } else if ((m = DEFINITION.matcher(s)).find()) {
                int bodyStart = line.start() + m.end();
                int last = i;
                while (last + 1 < lines.size()) {
                    String next = text.substring(lines.get(last + 1).start(), lines.get(last + 1).end());
                    boolean blankThenIndented = next.isBlank() && last + 2 < lines.size()
                            && CONTINUATION.matcher(text.substring(lines.get(last + 2).start(),
                                    lines.get(last + 2).end())).find();
                    if (next.isBlank() && !blankThenIndented) break;
                    if (!next.isBlank() && (DEFINITION.matcher(next).find() || ATX.matcher(next).find()
                            || FENCE.matcher(next).find())) break;
                    last++;
                }
                int end = trimEnd(text, line.start(), lines.get(last).end());
                String label = m.group(1);
                String id = uniqueId(noteIds, usedIds, label);
                int start = line.start() + s.indexOf('[');
                labels.add(Span.of(start, start + label.length() + 3));
                notes.add(new Note(id, label, Span.of(start, end), Span.of(Math.min(bodyStart, end), end)));
                i = last;
                paraStart = -1;
            } else if (paraStart >= 0 && (m = SETEXT.matcher(s)).find()
                    && !LIST_ITEM.matcher(text.substring(paraStart, paraEnd)).find()) {
                int start = trimStart(text, paraStart, paraEnd);
                int end = trimEnd(text, start, paraEnd);
                if (end > start) headings.add(heading(text, start, end, m.group(1).charAt(0) == '=' ? 1 : 2));
                paraStart = -1;
            } else {
                if (paraStart < 0) paraStart = line.start();
                paraEnd = line.end();
            }
        }
        if (quoteStart >= 0) quotes.add(new BlockQuote(Span.of(quoteStart, quoteEnd)));
        if (fence != null) code.add(Span.of(fenceStart, text.length()));

        List<NoteCall> calls = new ArrayList<>();
        Matcher m = CALL.matcher(text);
        while (m.find()) {
            Span span = Span.of(m.start(), m.end());
            if (labels.contains(span) || code.stream().anyMatch(c -> c.contains(span))) continue;
            String marker = m.group(1);
            calls.add(new NoteCall(span, marker, CallStyle.MARKDOWN, Optional.ofNullable(noteIds.get(marker))));
        }
        return new Declared(Structure.EMPTY.withHeadings(headings).withBlockQuotes(quotes).withNoteCalls(calls)
                .withNotes(notes).withSetAside(TextBuilder.noteRegions(text, notes)), code);
    }

    private static String uniqueId(Map<String, String> byLabel, Set<String> used, String label) {
        String id = "n" + label;
        for (int k = 2; !used.add(id); k++) id = "n" + label + "-" + k;
        byLabel.putIfAbsent(label, id);
        return id;
    }

    private static Heading heading(String text, int start, int end, int level) {
        return new Heading(Span.of(start, end), level, text.substring(start, end).replaceAll("\\s+", " "));
    }

    private static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i < text.length() || i > start) lines.add(Span.of(start, i));
                start = i + 1;
            }
        }
        return lines;
    }

    static int trimStart(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        return start;
    }

    static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
