package org.annalist.annotate.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ParsedSentenceTest {

    // "Tokyo continued to beseech Berlin, and Rome wrote to Paris."
    private static final String CONTROL = """
            Tokyo     NNP  tokyo     2  nsubj  tokyo:GPE
            continued VBD  continue  0  root
            to        TO   to        4  mark
            beseech   VB   beseech   2  xcomp
            Berlin    NNP  berlin    4  obj    berlin:GPE
            ,         ,    ,         9  punct
            and       CC   and       9  cc
            Rome      NNP  rome      9  nsubj  rome:GPE
            wrote     VBD  write     2  conj
            to        IN   to        11 case
            Paris     NNP  paris     9  obl    paris:GPE
            """;

    @Test
    void anInfinitiveTakesTheSubjectOfTheVerbThatControlsIt() {
        ParsedSentence s = HandParse.of(CONTROL).parsed();
        assertThat(s.parties(s.subjects(3))).containsExactly("tokyo");
        assertThat(s.parties(s.subjects(8))).containsExactly("rome");
        assertThat(s.parties(s.attached(8, Set.of("to")))).containsExactly("paris");
    }

    @Test
    void anObjectControlsTheInfinitiveOfAnOrder() {
        // "Wolfe ordered Howe to scale the cliffs."
        ParsedSentence s = HandParse.of("""
                Wolfe   NNP wolfe  2 nsubj wolfe
                ordered VBD order  0 root
                Howe    NNP howe   2 obj   howe
                to      TO  to     5 mark
                scale   VB  scale  2 xcomp
                the     DT  the    7 det
                cliffs  NNS cliff  5 obj
                """).parsed();
        assertThat(s.parties(s.subjects(4))).containsExactly("howe");
        assertThat(s.passive(1)).isFalse();
    }

    @Test
    void aPassiveHasItsAgentAfterByAndNoSubject() {
        // "Howe was ordered by Wolfe and Monckton."
        ParsedSentence s = HandParse.of("""
                Howe     NNP howe     3 nsubj:pass howe
                was      VBD be       3 aux:pass
                ordered  VBN order    0 root
                by       IN  by       5 case
                Wolfe    NNP wolfe    3 obl        wolfe
                and      CC  and      7 cc
                Monckton NNP monckton 5 conj       monckton
                """).parsed();
        assertThat(s.passive(2)).isTrue();
        assertThat(s.subjects(2)).isEmpty();
        assertThat(s.parties(s.agents(2))).containsExactly("wolfe", "monckton");
        assertThat(s.parties(s.passiveSubjects(2))).containsExactly("howe");
    }

    @Test
    void aRelativePronounIsItsAntecedent() {
        // "Frinovsky, who wrote to Stalin"
        ParsedSentence s = HandParse.of("""
                Frinovsky NNP frinovsky 0 root      frinovsky
                ,         ,   ,         1 punct
                who       WP  who       4 nsubj
                wrote     VBD write     1 acl:relcl
                to        IN  to        6 case
                Stalin    NNP stalin    4 obl       stalin
                """).parsed();
        assertThat(s.parties(s.subjects(3))).containsExactly("frinovsky");
    }

    @Test
    void aDeniedOrFailedOrCounterfactualActIsMarked() {
        ParsedSentence notWritten = HandParse.of("""
                Lee   NNP lee   4 nsubj  lee
                did   VBD do    4 aux
                not   RB  not   4 advmod
                write VB  write 0 root
                """).parsed();
        ParsedSentence failed = HandParse.of("""
                Hooker NNP hooker 2 nsubj hooker
                failed VBD fail   0 root
                to     TO  to     4 mark
                inform VB  inform 2 xcomp
                Lincoln NNP lincoln 4 obj lincoln
                """).parsed();
        ParsedSentence wouldHave = HandParse.of("""
                Longstreet NNP longstreet 4 nsubj longstreet
                would      MD  would      4 aux
                have       VB  have       4 aux
                informed   VBN inform     0 root
                Lee        NNP lee        4 obj   lee
                """).parsed();
        assertThat(notWritten.negated(3)).isTrue();
        assertThat(failed.negated(3)).isTrue();
        assertThat(failed.negated(1)).isFalse();
        assertThat(wouldHave.unreal(3)).isTrue();
    }

    @Test
    void aPartyMayBeNamedByAProperModifierOrTheGroupItBelongsTo() {
        // "aircraft of the Air Force scattered the CPC leaflets"
        ParsedSentence s = HandParse.of("""
                aircraft  NNS aircraft 5 nsubj
                of        IN  of       4 case
                the       DT  the      4 det
                Force     NNP force    1 nmod  air_force:ORG
                scattered VBD scatter  0 root
                the       DT  the      8 det
                CPC       NNP cpc      8 compound cpc:ORG
                leaflets  NNS leaflet  5 obj
                """).parsed();
        assertThat(s.party(0)).contains("air_force");
        assertThat(s.addressee(0)).isEmpty();
        assertThat(s.party(7)).contains("cpc");
    }

    @Test
    void bothTakesUpThePairCoordinatedBeforeIt() {
        // "Intrigues from Mekhlis, as well as Frinovsky; both were denouncing him." (the parser
        // coordinates Frinovsky with the intrigues, not with Mekhlis)
        ParsedSentence s = HandParse.of("""
                Intrigues  NNS intrigue   0  root
                from       IN  from       3  case
                Mekhlis    NNP mekhlis    1  nmod  mekhlis
                ,          ,   ,          1  punct
                as         RB  as         8  cc
                well       RB  well       5  fixed
                as         IN  as         5  fixed
                Frinovsky  NNP frinovsky  1  conj  frinovsky
                ;          :   ;          1  punct
                both       DT  both       12 nsubj
                were       VBD be         12 aux
                denouncing VBG denounce   1  parataxis
                him        PRP he         12 obj   blyukher
                """).parsed();
        assertThat(s.parties(s.subjects(11))).containsExactly("mekhlis", "frinovsky");
    }

    @Test
    void aConditionsConsequenceAndAMereReadinessAreUnreal() {
        // "If they were willing, then he was ready to enter into negotiations."
        ParsedSentence s = HandParse.of("""
                If           IN  if          4  mark
                they         PRP they        4  nsubj
                were         VBD be          4  cop
                willing      JJ  willing     9  advcl
                ,            ,   ,           9  punct
                then         RB  then        9  advmod
                he           PRP he          9  nsubj lincoln
                was          VBD be          9  cop
                ready        JJ  ready       0  root
                to           TO  to          11 mark
                enter        VB  enter       9  xcomp
                into         IN  into        13 case
                negotiations NNS negotiation 11 obl
                """).parsed();
        assertThat(s.unreal(10)).isTrue();
        assertThat(s.unreal(8)).isTrue();
    }

    @Test
    void aParticiplePredicatedOfAnObjectIsPassiveAndAPassiveInfinitiveKeepsItsAgent() {
        // "He found them warned." / "An attack was ordered to be made by the troops."
        ParsedSentence found = HandParse.of("""
                He     PRP he    2 nsubj vandorn
                found  VBD find  0 root
                them   PRP they  2 obj
                warned VBN warn  2 xcomp
                """).parsed();
        assertThat(found.passive(3)).isTrue();
        assertThat(found.subjects(3)).isEmpty();
        ParsedSentence ordered = HandParse.of("""
                An      DT  a       2 det
                attack  NN  attack  4 nsubj:pass
                was     VBD be      4 aux:pass
                ordered VBN order   0 root
                to      TO  to      7 mark
                be      VB  be      7 aux:pass
                made    VBN make    4 xcomp
                by      IN  by      9 case
                troops  NNS troops  4 obl  troops
                """).parsed();
        assertThat(ordered.agents(3)).isEmpty();
    }

    @Test
    void thePresentTenseIsTheVerbsOrItsAuxiliarys() {
        // "we declare" / "we have promised" / "we declared"
        ParsedSentence s = HandParse.of("""
                we       PRP we      2 nsubj
                declare  VBP declare 0 root
                and      CC  and     6 cc
                we       PRP we      6 nsubj
                have     VBP have    6 aux
                promised VBN promise 2 conj
                but      CC  but     9 cc
                they     PRP they    9 nsubj
                declared VBD declare 2 conj
                """).parsed();
        assertThat(s.present(1)).isTrue();
        assertThat(s.present(5)).isTrue();
        assertThat(s.present(8)).isFalse();
    }
}
