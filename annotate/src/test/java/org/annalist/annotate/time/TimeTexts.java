package org.annalist.annotate.time;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Heading;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Timex;

/** Runs the time stage over one paragraph of narrative, for the tests of this package. */
final class TimeTexts {

    private TimeTexts() {
    }

    /** {@return the dates the time stage finds in {@code text}}, read as one paragraph of narrative */
    static List<Timex> timexes(String text) {
        Structure s = Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(0, text.length()))));
        return new TimeStage(TimeConfig.narrative()).annotate(
                AnnotatedText.of(new SourceDocument(SourceText.of("p.txt", text), s))).items();
    }

    /**
     * {@return {@code text} as a document of blocks split at {@code separator}}: a block starting
     * with "# " is a heading, any other non-blank one a paragraph
     */
    static AnnotatedText document(String text, String separator) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        int start = 0;
        for (String block : text.split(separator, -1)) {
            Span s = Span.of(start, start + block.length());
            if (block.startsWith("# ")) headings.add(new Heading(s, 1, block));
            else if (!block.isBlank()) paragraphs.add(new Paragraph(s));
            start += block.length() + separator.length();
        }
        Structure structure = Structure.EMPTY.withParagraphs(paragraphs).withHeadings(headings);
        return AnnotatedText.of(new SourceDocument(SourceText.of("t.txt", text), structure));
    }

    /** {@return the English name of month {@code m}, 1–12} */
    static String month(int m) {
        return Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
