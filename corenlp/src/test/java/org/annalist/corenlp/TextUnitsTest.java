package org.annalist.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.annalist.model.BlockQuote;
import org.annalist.model.CallStyle;
import org.annalist.model.NoteCall;
import org.annalist.model.Paragraph;
import org.annalist.model.Region;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;
import org.junit.jupiter.api.Test;

class TextUnitsTest {

    @Test
    void aTranscriptLabelAndItsColonAreAUnitOfTheirOwn() {
        String text = "STALIN: Tell me. BLYUKHER: Reporting.";
        Structure s = Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(0, text.length()))))
                .withTurns(List.of(new TranscriptTurn(Span.of(0, 16), Span.of(0, 6), "Stalin"),
                        new TranscriptTurn(Span.of(17, text.length()), Span.of(17, 25), "Blyukher")));
        assertThat(TextUnits.of(s, text)).extracting(u -> text.substring(u.start(), u.end()))
                .containsExactly("STALIN:", "Tell me.", "BLYUKHER:", "Reporting.");
    }

    @Test
    void setAsideTextAndTextOutsideTheLayoutAreLeftOut() {
        String text = "Header here\n\nBody one.\n\nQuoted words.\n\nLicence";
        Structure s = Structure.EMPTY
                .withParagraphs(List.of(new Paragraph(Span.of(0, 11)), new Paragraph(Span.of(13, 22)),
                        new Paragraph(Span.of(39, 46))))
                .withBlockQuotes(List.of(new BlockQuote(Span.of(24, 37))))
                .withSetAside(List.of(new Region(Span.of(0, 12), Region.Kind.BOILERPLATE),
                        new Region(Span.of(39, 46), Region.Kind.BOILERPLATE)));
        assertThat(TextUnits.of(s, text)).extracting(u -> text.substring(u.start(), u.end()))
                .containsExactly("Body one.", "Quoted words.");
    }

    @Test
    void aHugeParagraphIsCutAfterASentenceEnd() {
        String sentence = "The army crossed the river at dawn. ";
        String text = sentence.repeat(2 * TextUnits.MAX_UNIT_CHARS / sentence.length());
        Structure s = Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(0, text.length()))));
        List<Span> units = TextUnits.of(s, text);
        assertThat(units).hasSizeGreaterThan(1);
        assertThat(units).allSatisfy(u -> {
            assertThat(u.length()).isLessThanOrEqualTo(TextUnits.MAX_UNIT_CHARS);
            assertThat(text.substring(u.start(), u.end())).startsWith("The army").endsWith("dawn.");
        });
    }

    @Property
    void unitsAreSortedDisjointNonBlankAndInsideTheLayout(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 60) Integer> cuts,
            @ForAll @IntRange(min = 1, max = 200) int length) {
        String text = "ab c.\nd ".repeat(length).substring(0, length);
        List<Integer> points = new ArrayList<>(cuts.stream().map(c -> Math.min(c * 4, length)).distinct().sorted().toList());
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i += 2) paragraphs.add(new Paragraph(Span.of(points.get(i), points.get(i + 1))));
        List<NoteCall> calls = points.size() > 2 && points.get(1) > points.get(0)
                ? List.of(new NoteCall(Span.of(points.get(0), points.get(0) + 1), "1", CallStyle.GLUED, Optional.empty()))
                : List.of();
        Structure s = Structure.EMPTY.withParagraphs(paragraphs).withNoteCalls(calls);
        List<Span> units = TextUnits.of(s, text);
        Span previous = null;
        for (Span u : units) {
            assertThat(text.substring(u.start(), u.end())).isNotBlank();
            if (!paragraphs.isEmpty()) assertThat(paragraphs).anyMatch(p -> p.span().contains(u));
            if (previous != null) assertThat(u.start()).isGreaterThanOrEqualTo(previous.end());
            previous = u;
        }
    }
}
