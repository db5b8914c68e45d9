package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.annalist.model.Heading;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.NoteCall;
import org.annalist.model.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs {@link PlainTextStructure#detect} on the seed excerpts and compares with their gold files. */
class SeedGoldTest {

    @ParameterizedTest
    @ValueSource(strings = {"000_b3e0b6f17b358cbe", "001_563debc96b657ac2"})
    void note_calls_start_exactly_where_gold_puts_them(String seed) {
        Structure s = PlainTextStructure.detect(Corpus.text("corpus/seeds/" + seed + ".txt"));
        List<Integer> gold = Corpus.goldStarts(gold(seed), "notes");

        assertThat(gold).isNotEmpty();
        assertThat(s.noteCalls().stream().map(c -> c.span().start()).toList()).isEqualTo(gold);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_b3e0b6f17b358cbe", "001_563debc96b657ac2"})
    void headings_start_exactly_where_gold_puts_them(String seed) {
        Structure s = PlainTextStructure.detect(Corpus.text("corpus/seeds/" + seed + ".txt"));

        assertThat(s.headings().stream().map(h -> h.span().start()).toList())
                .isEqualTo(Corpus.goldStarts(gold(seed), "headings"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_b3e0b6f17b358cbe", "001_563debc96b657ac2"})
    void transcript_turns_match_gold_in_start_and_speaker(String seed) {
        Structure s = PlainTextStructure.detect(Corpus.text("corpus/seeds/" + seed + ".txt"));

        assertThat(s.turns().stream().map(t -> t.span().start()).toList())
                .isEqualTo(Corpus.goldStarts(gold(seed), "transcript_turns"));
        assertThat(s.turns().stream().map(t -> t.speaker().toLowerCase(Locale.ROOT)).toList())
                .isEqualTo(Corpus.goldSpeakers(gold(seed), "transcript_turns"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_b3e0b6f17b358cbe", "001_563debc96b657ac2"})
    void every_seed_line_is_a_paragraph_or_the_heading(String seed) {
        String text = Corpus.text("corpus/seeds/" + seed + ".txt");
        Structure s = PlainTextStructure.detect(text);

        long lines = text.lines().filter(l -> !l.isBlank()).count();
        assertThat(s.paragraphs().size() + s.headings().size()).isEqualTo(lines);
        assertThat(s.setAside()).isEmpty();
        assertThat(s.noteCalls()).extracting(NoteCall::marker)
                .allSatisfy(m -> assertThat(m).matches("2[0-9][0-9]"));
    }

    @org.junit.jupiter.api.Test
    void seed_000_heading_and_seed_001_turn_labels_read_as_written() {
        String text0 = Corpus.text("corpus/seeds/000_b3e0b6f17b358cbe.txt");
        Heading h = PlainTextStructure.detect(text0).headings().get(0);
        assertThat(h.text()).isEqualTo("FIRST DEPUTY NKVD USSR");
        assertThat(h.level()).isEqualTo(3);

        String text1 = Corpus.text("corpus/seeds/001_563debc96b657ac2.txt");
        TranscriptTurn first = PlainTextStructure.detect(text1).turns().get(0);
        assertThat(text1.substring(first.label().start(), first.label().end())).isEqualTo("STALIN");
        assertThat(first.speaker()).isEqualTo("Stalin");
    }

    private static String gold(String seed) {
        return "gold/seeds/" + seed + ".gold.json";
    }
}
