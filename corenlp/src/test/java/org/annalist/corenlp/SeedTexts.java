package org.annalist.corenlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.CallStyle;
import org.annalist.model.Heading;
import org.annalist.model.NoteCall;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;

/**
 * Reads the shared seed texts the way a plain-text reader would, just enough for these
 * tests: one paragraph per line, an all-capitals line without end punctuation is a
 * heading, {@code NAME:} opens a transcript turn, digits glued after punctuation are note
 * calls.
 */
final class SeedTexts {

    /** digits glued after punctuation or a closing quote, not a thousands separator */
    private static final Pattern GLUED_CALL =
            Pattern.compile("(?<=[^\\d\\s][.,;:!?\u201d\"\u2019)\\]])\\d{1,4}(?=\\s|$)", Pattern.MULTILINE);
    private static final Pattern TURN_LABEL = Pattern.compile("^([A-Z][A-Z .'-]+):");

    private SeedTexts() {
    }

    static Path dir() {
        return Path.of(System.getProperty("annalist.shared", "/work/shared"), "corpus", "seeds");
    }

    static SourceDocument read(String name) {
        try {
            return document(name, Files.readString(dir().resolve(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names() {
        try (var files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceDocument document(String name, String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<TranscriptTurn> turns = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String line = text.substring(start, i);
                if (!line.isBlank()) {
                    Span span = Span.of(start, i);
                    if (line.equals(line.toUpperCase()) && line.matches(".*\\p{Lu}.*") && !line.matches(".*[.:?!]\\s*$")) {
                        headings.add(new Heading(span, 1, line));
                    } else {
                        paragraphs.add(new Paragraph(span));
                        Matcher m = TURN_LABEL.matcher(line);
                        if (m.find()) {
                            String label = m.group(1);
                            turns.add(new TranscriptTurn(span, Span.of(start, start + label.length()),
                                    label.charAt(0) + label.substring(1).toLowerCase()));
                        }
                    }
                }
                start = i + 1;
            }
        }
        List<NoteCall> calls = new ArrayList<>();
        Matcher m = GLUED_CALL.matcher(text);
        while (m.find()) {
            calls.add(new NoteCall(Span.of(m.start(), m.end()), m.group(), CallStyle.GLUED, Optional.empty()));
        }
        Structure structure = Structure.EMPTY.withParagraphs(paragraphs).withHeadings(headings)
                .withTurns(turns).withNoteCalls(calls);
        return new SourceDocument(SourceText.of(name, text), structure);
    }
}
