package org.annalist.annotate.comm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.annotate.parse.HandParse;
import org.annalist.model.layer.Channel;
import org.annalist.model.layer.SpeechAct;
import org.junit.jupiter.api.Test;

/** The finder on sentences of our own, parsed by hand as the UD parser parses them. */
class SpeechActFinderTest {

    private final SpeechActFinder finder = new SpeechActFinder(SpeechActLexicon.standard());

    private List<Draft> find(String table) {
        return finder.find(HandParse.of(table).parsed());
    }

    @Test
    void aDeclarationOfWarAddressesTheStateAfterOnThoughTheParserHangsItOnWar() {
        List<Draft> found = find("""
                Ethiopia NNP ethiopia 2 nsubj ethiopia:GPE
                declared VBD declare  0 root
                war      NN  war      2 obj
                on       IN  on       5 case
                Italy    NNP italy    3 nmod  italy:GPE
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("ethiopia");
            assertThat(d.recipients()).containsExactly("italy");
            assertThat(d.act()).isEqualTo(SpeechAct.DECLARATION);
        });
    }

    @Test
    void aPublicActKeepsAnEmptyRecipientListAndAnAddressedOneNeedsAnAddressee() {
        assertThat(find("""
                Mao        NNP mao        2 nsubj mao
                proclaimed VBD proclaim   0 root
                the        DT  the        4 det
                Republic   NNP republic   2 obj
                """)).singleElement().satisfies(d -> assertThat(d.recipients()).isEmpty());
        assertThat(find("""
                Buell     NNP buell    2 nsubj buell
                protested VBD protest  0 root
                loudly    RB  loudly   2 advmod
                """)).isEmpty();
    }

    @Test
    void theSubjectOfADirectivesClauseIsItsAddressee() {
        List<Draft> found = find("""
                Chiang    NNP chiang    2 nsubj chiang
                demanded  VBD demand    0 root
                that      IN  that      5 mark
                Army      NNP army      5 nsubj army:ORG
                withdraw  VB  withdraw  2 ccomp
                """);
        assertThat(found).singleElement().satisfies(d -> assertThat(d.recipients()).containsExactly("army"));
    }

    @Test
    void aMessageNounSentByAVerbHasThatVerbsSubjectAsSenderAndItsToPhraseAsAddressee() {
        List<Draft> found = find("""
                Selassie  NNP selassie  2 nsubj selassie
                sent      VBD send      0 root
                a         DT  a         4 det
                telegram  NN  telegram  2 obj
                to        IN  to        7 case
                the       DT  the       7 det
                League    NNP league    2 obl   league:ORG
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("selassie");
            assertThat(d.recipients()).containsExactly("league");
            assertThat(d.channel()).contains(Channel.TELEGRAM);
        });
    }

    @Test
    void aClauseDoneUnderOrdersIsDoneByTheirAddressee() {
        List<Draft> found = find("""
                Under     IN  under     2 case
                orders    NNS order     7 obl
                from      IN  from      4 case
                Davis     NNP davis     2 nmod  davis
                ,         ,   ,         7 punct
                Beauregard NNP beauregard 7 nsubj beauregard
                bombarded VBD bombard   0 root
                the       DT  the       9 det
                fort      NN  fort      7 obj
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("davis");
            assertThat(d.recipients()).containsExactly("beauregard");
            assertThat(d.act()).isEqualTo(SpeechAct.ORDER);
        });
    }

    @Test
    void rejectingADemandAnswersItsAuthorAndTheDemandGoesToWhoeverRejectsIt() {
        List<Draft> found = find("""
                The       DT  the       2 det
                leftists  NNS leftist   3 nsubj leftists:ORG
                rejected  VBD reject    0 root
                Chiang    NNP chiang    6 nmod:poss chiang
                's        POS 's        4 case
                demand    NN  demand    3 obj
                """);
        assertThat(found).extracting(d -> d.senders() + "→" + d.recipients())
                .containsExactlyInAnyOrder("[leftists]→[chiang]", "[chiang]→[leftists]");
    }

    @Test
    void receivingFromSomeoneMakesTheSubjectTheRecipient() {
        List<Draft> found = find("""
                Stalin  NNP stalin  3 nsubj stalin
                was     VBD be      3 cop
                privy   JJ  privy   0 root
                to      IN  to      6 case
                these   DT  this    6 det
                talks   NNS talk    3 obl
                from    IN  from    8 case
                Sorge   NNP sorge   6 nmod  sorge
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("sorge");
            assertThat(d.recipients()).containsExactly("stalin");
        });
    }

    @Test
    void anActTheTextDeniesIsNoMessageButTellsWhomTheSendersMessageWentTo() {
        // "Sorge apologized for having failed to forewarn Moscow"
        List<Draft> found = find("""
                Sorge      NNP sorge      2 nsubj  sorge
                apologized VBD apologize  0 root
                for        IN  for        7 mark
                having     VBG have       5 aux
                failed     VBN fail       7 nsubj
                to         TO  to         7 mark
                forewarn   VB  forewarn   2 advcl
                Moscow     NNP moscow     7 obj    moscow:GPE
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("sorge");
            assertThat(d.recipients()).containsExactly("moscow");
        });
        assertThat(find("""
                Hooker  NNP hooker  2 nsubj hooker
                failed  VBD fail    0 root
                to      TO  to      4 mark
                inform  VB  inform  2 xcomp
                Lincoln NNP lincoln 4 obj   lincoln
                """)).isEmpty();
    }
}
