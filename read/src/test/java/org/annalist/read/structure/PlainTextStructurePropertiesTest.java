package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.annalist.model.Span;
import org.annalist.model.Structure;

/** Invariants of {@link PlainTextStructure#detect} on generated texts. */
class PlainTextStructurePropertiesTest {

    private static final List<String> TOKENS = List.of(
            "the", "army", "crossed", "river", "and", "that", "neither", "Stalin", "CHAPTER", "IV.", "NOTES",
            "Notes", "1.", "12", "217", "3.5", "30,000", "1938", ".", ",", ".”", ").", "”", "“", "\"", "[1]",
            "[Footnote 1:", "]", "[", "[^2]", "(*3)", ":", "STALIN:", "\n", "\n", "\n\n", "  ", "—", "p.217", "ii.", "’",
            "(1)", "(2)", "*", "**", "†", "¹", "²", "{1}", "*12", "1 (return) [", "FOOTNOTES", "\n (1)", "\n\n1.", "\n\n[2]",
            "\n\n* ", "4.24", "5of", "crossed1", "[A]");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(TOKENS).list().ofMinSize(0).ofMaxSize(120)
                .map(tokens -> String.join(" ", tokens).replace(" \n ", "\n"));
    }

    @Property(tries = 400)
    void every_span_lies_inside_the_text_and_every_list_is_sorted(@ForAll("texts") String text) {
        Structure s = PlainTextStructure.detect(text);

        List<Span> all = new ArrayList<>();
        check(s.paragraphs().stream().map(p -> p.span()).toList(), text, all);
        check(s.headings().stream().map(h -> h.span()).toList(), text, all);
        check(s.blockQuotes().stream().map(q -> q.span()).toList(), text, all);
        check(s.turns().stream().map(t -> t.span()).toList(), text, all);
        check(s.noteCalls().stream().map(c -> c.span()).toList(), text, all);
        check(s.notes().stream().map(n -> n.span()).toList(), text, all);
        check(s.notes().stream().map(n -> n.body()).toList(), text, all);
        check(s.setAside().stream().map(r -> r.span()).toList(), text, all);
        SpanSet aside = new SpanSet(s.setAside().stream().map(r -> r.span()).toList());
        assertThat(s.noteCalls()).noneMatch(c -> aside.overlaps(c.span()));
        assertThat(s.paragraphs()).noneMatch(p -> aside.overlaps(p.span()));
        assertThat(s.notes().stream().map(n -> n.id()).distinct().count()).isEqualTo(s.notes().size());
    }

    @Property(tries = 200)
    void detection_is_deterministic(@ForAll("texts") String text) {
        assertThat(PlainTextStructure.detect(text)).isEqualTo(PlainTextStructure.detect(text));
    }

    @Property(tries = 300)
    void a_decimal_after_a_word_is_never_a_call(@ForAll("texts") String before, @ForAll("word") String word,
            @ForAll @IntRange(min = 0, max = 999) int whole, @ForAll @IntRange(min = 0, max = 999) int fraction,
            @ForAll("texts") String after) {
        String number = whole + "." + String.format("%03d", fraction);
        assertNotACall(before + " " + word + " " + number + " " + after, before.length() + 1 + word.length() + 1, number);
    }

    @Property(tries = 300)
    void a_comma_number_is_never_a_call(@ForAll("texts") String before, @ForAll("word") String word,
            @ForAll @IntRange(min = 1, max = 999) int thousands, @ForAll @IntRange(min = 0, max = 999) int units,
            @ForAll("texts") String after) {
        String number = thousands + "," + String.format("%03d", units);
        assertNotACall(before + " " + word + " " + number + " " + after, before.length() + 1 + word.length() + 1, number);
    }

    @Property(tries = 300)
    void a_year_after_a_word_is_never_a_call(@ForAll("texts") String before, @ForAll("word") String word,
            @ForAll @IntRange(min = 1000, max = 2099) int year, @ForAll("texts") String after) {
        String number = Integer.toString(year);
        assertNotACall(before + " " + word + " " + number + " " + after, before.length() + 1 + word.length() + 1, number);
    }

    @Provide
    Arbitrary<String> word() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.of("", ".", ",", ".”", ")")).as((w, p) -> w + p).filter(w -> !w.isEmpty());
    }

    private static void assertNotACall(String text, int at, String number) {
        assertThat(text.substring(at, at + number.length())).isEqualTo(number);
        Span span = Span.of(at, at + number.length());
        assertThat(PlainTextStructure.detect(text).noteCalls()).as(text)
                .noneMatch(c -> c.span().overlaps(span));
    }

    private static void check(List<Span> spans, String text, List<Span> all) {
        for (int i = 0; i < spans.size(); i++) {
            assertThat(spans.get(i).end()).isLessThanOrEqualTo(text.length());
            if (i > 0) {
                assertThat(spans.get(i - 1).compareTo(spans.get(i))).isLessThanOrEqualTo(0);
            }
        }
        all.addAll(spans);
    }
}
