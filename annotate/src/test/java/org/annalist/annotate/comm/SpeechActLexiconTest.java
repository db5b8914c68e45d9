package org.annalist.annotate.comm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.annalist.annotate.comm.SpeechActEntry.Part;
import org.annalist.annotate.comm.SpeechActEntry.Slot;
import org.annalist.annotate.comm.SpeechActEntry.Use;
import org.annalist.model.Span;
import org.annalist.model.layer.Channel;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.SpeechAct;
import org.annalist.model.layer.Token;
import org.junit.jupiter.api.Test;

class SpeechActLexiconTest {

    private final SpeechActLexicon standard = SpeechActLexicon.standard();

    /** a sentence from "word/TAG/lemma" triples, spans laid end to end */
    private static Sentence tagged(String triples, List<String> lemmas) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String t : triples.split(" ")) {
            String[] f = t.split("/");
            tokens.add(new Token(Span.of(at, at + f[0].length()), f[0], f[1]));
            lemmas.add(f[2]);
            at += f[0].length() + 1;
        }
        return new Sentence(Span.of(0, at - 1), tokens);
    }

    private boolean mayCue(String triples) {
        List<String> lemmas = new ArrayList<>();
        Sentence s = tagged(triples, lemmas);
        return standard.mayCue(s, lemmas);
    }

    @Test
    void aSentenceMayHoldACueOnlyWhereAWordIsReadAsTheFinderReadsIt() {
        assertThat(mayCue("Marsh/NNP/marsh ordered/VBD/order the/DT/the garrison/NN/garrison out/RP/out")).isTrue();
        assertThat(mayCue("Hale/NNP/hale sent/VBD/send a/DT/a letter/NN/letter")).isTrue();
        // "in order to" subordinates; no order is given
        assertThat(mayCue("They/PRP/they marched/VBD/march in/IN/in order/NN/order to/TO/to cross/VB/cross")).isFalse();
        // "call" is a request only with "for" (or "on", "upon"): calling the roll asks nobody
        assertThat(mayCue("Dunn/NNP/dunn called/VBD/call the/DT/the roll/NN/roll")).isFalse();
        assertThat(mayCue("Dunn/NNP/dunn called/VBD/call for/IN/for help/NN/help")).isTrue();
        // a medium alone ("by wireless") names a channel, not a message
        assertThat(mayCue("The/DT/the wireless/NN/wireless failed/VBD/fail")).isFalse();
    }

    @Test
    void everySpeechActClassOfTheIssueHasItsWords() {
        """
                declare proclaim announce broadcast     declaration
                order instruct                          order
                demand                                  demand
                request ask appeal call sue             request
                warn threaten                           warning
                assure promise guarantee                commitment
                propose offer negotiate agree refuse reject accept   negotiation
                report inform tell write cable telegraph radio phone report
                """.lines().forEach(row -> {
            List<String> words = List.of(row.strip().split("\\s+"));
            SpeechAct act = SpeechAct.of(words.get(words.size() - 1));
            for (String w : words.subList(0, words.size() - 1)) {
                assertThat(standard.entries(w, Part.VERB)).as(w).extracting(e -> e.act().orElseThrow()).contains(act);
            }
        });
        assertThat(standard.entries("ultimatum", Part.NOUN)).extracting(e -> e.act().orElseThrow())
                .containsExactly(SpeechAct.DEMAND);
    }

    @Test
    void aPublicActNeedsNoAddresseeAndATelecommunicationVerbNamesItsChannel() {
        assertThat(standard.entries("proclaim", Part.VERB).get(0).use()).isEqualTo(Use.PUBLIC);
        assertThat(standard.entries("boast", Part.VERB).get(0).use()).isEqualTo(Use.ADDRESSED);
        assertThat(standard.entries("radio", Part.VERB).get(0).channel()).contains(Channel.RADIO);
        assertThat(standard.channelOfNoun("wireless")).contains(Channel.RADIO);
        assertThat(standard.channelOfNoun("telegram")).contains(Channel.TELEGRAM);
        assertThat(standard.governor("issue")).contains(SpeechActLexicon.Governor.SEND);
        assertThat(standard.governor("obey")).contains(SpeechActLexicon.Governor.UPTAKE);
    }

    @Test
    void aWordWithSeveralReadingsKeepsThemInTheFilesOrder() {
        assertThat(standard.entries("call", Part.VERB)).extracting(e -> e.needs().iterator().next())
                .hasSize(3).first().isEqualTo("for");
        assertThat(standard.entries("call", Part.VERB).get(2).channel()).contains(Channel.TELEPHONE);
    }

    @Test
    void aHistorianCanAddAWordInTheSameFormat() {
        SpeechActLexicon own = SpeechActLexicon.of(List.of("# our own", "parley | verb | negotiation | with | public"),
                List.of("hold | take-part"));
        SpeechActEntry e = own.entries("parley", Part.VERB).get(0);
        assertThat(e.addressee()).containsExactly(Slot.WITH);
        assertThat(own.holds("parley")).isTrue();
        assertThat(own.holds("declare")).isFalse();
    }

    @Test
    void aMalformedLineIsRejectedWithItsNumberAndWhatIsWrong() {
        assertThatThrownBy(() -> SpeechActLexicon.of(List.of("# comment", "wrote | verb | report"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> SpeechActLexicon.of(List.of("wrote | verb | gossip | to | public"), List.of()))
                .hasMessageContaining("unknown speech act 'gossip'");
        assertThatThrownBy(() -> SpeechActLexicon.of(List.of("wrote | verb | report | sideways | public"), List.of()))
                .hasMessageContaining("unknown addressee 'sideways'");
        assertThatThrownBy(() -> SpeechActLexicon.of(List.of("wrote | verb | report | to | public | pigeon"), List.of()))
                .hasMessageContaining("unknown channel 'pigeon'");
        assertThatThrownBy(() -> SpeechActLexicon.of(List.of("wrote | verb | report | to | public"), List.of("send | post")))
                .hasMessageContaining("message-governors line 1");
    }
}
