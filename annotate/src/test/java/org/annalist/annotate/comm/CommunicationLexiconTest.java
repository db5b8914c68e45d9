package org.annalist.annotate.comm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommunicationLexiconTest {

    @Test
    void theStandardLexiconMapsCueWordsToChannels() {
        CommunicationLexicon lexicon = CommunicationLexicon.standard();
        """
                radioed          radio
                telegraphed      telegram
                wrote            letter
                memo             memo
                phoned           telephone
                requested        request
                """.lines().map(l -> l.strip().split("\\s+")).forEach(row ->
                assertThat(lexicon.channelOf(row[0])).as(row[0]).contains(row[1]));
        assertThat(lexicon.channelOf("informed")).isEmpty();
    }

    @Test
    void theLongestFormWinsOverItsFirstWord() {
        CommunicationLexicon lexicon = CommunicationLexicon.of(List.of("radio | radio | noun",
                "radio communication | radio | noun"));
        assertThat(lexicon.matchAt(List.of("coded", "radio", "communication"), 1))
                .map(Cue::form).contains(List.of("radio", "communication"));
    }

    @Test
    void aMalformedLineIsRejectedWithItsNumber() {
        assertThatThrownBy(() -> CommunicationLexicon.of(List.of("# comment", "wrote | letter")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> CommunicationLexicon.of(List.of("wrote | pigeon | to")))
                .hasMessageContaining("unknown channel 'pigeon'");
        assertThatThrownBy(() -> CommunicationLexicon.of(List.of("wrote | letter | sideways")))
                .hasMessageContaining("unknown frame 'sideways'");
    }
}
