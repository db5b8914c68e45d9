package org.annalist.annotate.time;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.annalist.annotate.AnnotatedText;
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

    /** {@return the English name of month {@code m}, 1–12} */
    static String month(int m) {
        return Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
