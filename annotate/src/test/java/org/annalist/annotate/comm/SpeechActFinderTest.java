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
    void decliningAnyMessageAnswersNone() {
        assertThat(find("""
                Marsh        NNP marsh        2 nsubj marsh
                declined     VBD decline      0 root
                any          DT  any          5 det
                hostile      JJ  hostile      5 amod
                declarations NNS declaration  2 obj
                """)).isEmpty();
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

    @Test
    void callingOnSomeoneIsAVisitUnlessTheyAreCalledOnToDoSomething() {
        assertThat(find("""
                Varga    NNP varga    2 nsubj varga
                called   VBD call     0 root
                on       IN  on       4 case
                Hale     NNP hale     2 obl   hale
                at       IN  at       7 case
                his      PRP$ he      7 nmod:poss
                quarters NNS quarter  2 obl
                """)).isEmpty();
        // "The council called on Hale to resign", as the parser reads it: "on Hale" the clause's subject
        List<Draft> found = find("""
                The      DT  the      2 det
                council  NN  council  3 nsubj council:ORG
                called   VBD call     0 root
                on       IN  on       7 mark
                Hale     NNP hale     7 nsubj hale
                to       TO  to       7 mark
                resign   VB  resign   3 advcl
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("council");
            assertThat(d.recipients()).containsExactly("hale");
            assertThat(d.act()).isEqualTo(SpeechAct.REQUEST);
        });
    }

    @Test
    void aPlaceNamedAsAPlaceSendsNothing() {
        // "Hale was ordered by the Marsh Road": the road he was sent by, not one who ordered him
        assertThat(find("""
                Hale     NNP hale     3 nsubj:pass hale
                was      VBD be       3 aux:pass
                ordered  VBN order    0 root
                by       IN  by       7 case
                the      DT  the      7 det
                Marsh    NNP marsh    7 compound   road:FAC
                Road     NNP road     3 obl        road:FAC
                """)).isEmpty();
    }

    @Test
    void aPersonTheParserReadsAsTheModifierOfGivenInstructionsIsTheirAddressee() {
        // "Marsh gave Hale instructions to hold the bridge"
        List<Draft> found = find("""
                Marsh        NNP marsh       2 nsubj    marsh
                gave         VBD give        0 root
                Hale         NNP hale        4 compound hale
                instructions NNS instruction 2 obj
                to           TO  to          6 mark
                hold         VB  hold        2 xcomp
                the          DT  the         8 det
                bridge       NN  bridge      6 obj
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("marsh");
            assertThat(d.recipients()).containsExactly("hale");
        });
    }

    @Test
    void anOrderToSomeoneToDoSomethingIsAddressedToThemThoughTheParserMakesThemTheClausesSubject() {
        // "I gave an order to Hale to halt the column"
        List<Draft> found = find("""
                Marsh    NNP marsh    2 nsubj marsh
                gave     VBD give     0 root
                an       DT  a        4 det
                order    NN  order    2 obj
                to       IN  to       8 mark
                Hale     NNP hale     8 nsubj hale
                to       TO  to       8 mark
                halt     VB  halt     4 acl
                the      DT  the      10 det
                column   NN  column   8 obj
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("marsh");
            assertThat(d.recipients()).containsExactly("hale");
            assertThat(d.act()).isEqualTo(SpeechAct.ORDER);
        });
    }

    @Test
    void speechAsAFacultyIsNoMessage() {
        // "Dunn, though he stammers in speech, came"
        assertThat(find("""
                Dunn     NNP dunn     7 nsubj dunn
                though   IN  though   4 mark
                he       PRP he       4 nsubj dunn
                stammers VBZ stammer  7 advcl
                in       IN  in       6 case
                speech   NN  speech   4 obl
                came     VBD come     0 root
                """)).isEmpty();
    }

    @Test
    void aPersonifiedAbstractionSendsNothing() {
        assertThat(find("""
                Royalism NNP royalism 2 nsubj royalism:ORG
                demands  VBZ demand   0 root
                a        DT  a        4 det
                king     NN  king     2 obj
                """)).isEmpty();
        assertThat(find("""
                Ostrova  NNP ostrova  2 nsubj ostrova
                demands  VBZ demand   0 root
                a        DT  a        4 det
                king     NN  king     2 obj
                """)).singleElement().satisfies(d -> assertThat(d.senders()).containsExactly("ostrova"));
    }

    @Test
    void aReplyToALetterGoesToTheLettersAuthor() {
        // "I also sent the following reply to Hale's letter"
        List<Draft> found = find("""
                I         PRP i         3 nsubj    marsh
                also      RB  also      3 advmod
                sent      VBD send      0 root
                the       DT  the       7 det
                following VBG follow    7 amod
                written   VBN write     7 amod
                reply     NN  reply     3 obj
                to        IN  to        11 case
                Hale      NNP hale      11 nmod:poss hale
                's        POS 's        9 case
                letter    NN  letter    7 nmod
                """);
        assertThat(found).extracting(d -> d.senders() + "→" + d.recipients()).contains("[marsh]→[hale]");
    }

    @Test
    void orderTheTextSaysWereLackingAreNoMessage() {
        // "houses were searched without orders from the division commanders"
        assertThat(find("""
                houses    NNS house     3 nsubj:pass
                were      VBD be        3 aux:pass
                searched  VBN search    0 root
                without   IN  without   5 case
                orders    NNS order     3 obl
                from      IN  from      8 case
                the       DT  the       8 det
                commanders NNS commander 5 nmod commanders
                """)).isEmpty();
    }

    @Test
    void whatASenderCanDoIsNoActDone() {
        // "Marsh can send for Hale and demand the keys"
        assertThat(find("""
                Marsh   NNP marsh   3 nsubj marsh
                can     MD  can     3 aux
                send    VB  send    0 root
                for     IN  for     5 case
                Hale    NNP hale    3 obl   hale
                and     CC  and     7 cc
                demand  VB  demand  3 conj
                the     DT  the     9 det
                keys    NNS key     7 obj
                """)).isEmpty();
        assertThat(find("""
                Marsh    NNP marsh   2 nsubj marsh
                demanded VBD demand  0 root
                the      DT  the     4 det
                keys     NNS key     2 obj
                """)).singleElement().satisfies(d -> assertThat(d.senders()).containsExactly("marsh"));
    }

    @Test
    void theOneWhomASenderTelegraphedIsTheRelativesAntecedent() {
        // "I went to meet Hale, whom I had telegraphed to join me"
        List<Draft> found = find("""
                Marsh       NNP marsh     2 nsubj marsh
                met         VBD meet      0 root
                Hale        NNP hale      2 obj   hale
                whom        WP  whom      7 obj
                I           PRP i         7 nsubj marsh
                had         VBD have      7 aux
                telegraphed VBN telegraph 3 acl:relcl
                to          TO  to        9 mark
                join        VB  join      7 xcomp
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("marsh");
            assertThat(d.recipients()).containsExactly("hale");
        });
    }

    @Test
    void aPlaceOnTheWayBeforeTheVerbIsNoAddressee() {
        // "On the way to Varna Marsh telegraphed to Hale"
        List<Draft> found = find("""
                On          IN  on        3 case
                the         DT  the       3 det
                way         NN  way       7 obl
                to          IN  to        5 case
                Varna       NNP varna     3 nmod  varna:GPE
                Marsh       NNP marsh     7 nsubj marsh
                telegraphed VBD telegraph 0 root
                to          IN  to        9 case
                Hale        NNP hale      7 obl   hale
                """);
        assertThat(found).singleElement().satisfies(d -> assertThat(d.recipients()).containsExactly("hale"));
    }

    @Test
    void whatAReportIsCitedForIsNotDoneUnderIt() {
        // "According to Hale's report, 700 were buried by the troops"
        List<Draft> found = find("""
                According   VBG accord    5 case
                to          IN  to        1 fixed
                Hale        NNP hale      5 nmod:poss hale
                's          POS 's        3 case
                report      NN  report    9 obl
                ,           ,   ,         9 punct
                700         CD  700       9 nsubj:pass
                were        VBD be        9 aux:pass
                buried      VBN bury      0 root
                by          IN  by        11 case
                troops      NNS troops    9 obl  troops:ORG
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("hale");
            assertThat(d.recipients()).isEmpty();
        });
    }

    @Test
    void aVerbsOwnThatIsNotTheThatOfItsComplement() {
        // "it was impossible that Marsh commanded the distant regions": commanding a region orders no one
        assertThat(find("""
                that      IN  that      3 mark
                Marsh     NNP marsh     3 nsubj marsh
                commanded VBD command   0 root
                the       DT  the       6 det
                distant   JJ  distant   6 amod
                regions   NNS region    3 obj
                """)).isEmpty();
        // "Marsh commanded that Hale withdraw"
        assertThat(find("""
                Marsh     NNP marsh     2 nsubj marsh
                commanded VBD command   0 root
                that      IN  that      5 mark
                Hale      NNP hale      5 nsubj hale
                withdraw  VB  withdraw  2 ccomp
                """)).singleElement().satisfies(d -> {
                    assertThat(d.senders()).containsExactly("marsh");
                    assertThat(d.recipients()).containsExactly("hale");
                });
    }

    @Test
    void whoUndergoesAPassiveComplementIsNotTheOneOrdered() {
        // "Marsh commanded that Hale should be brought in chains"
        assertThat(find("""
                Marsh     NNP marsh     2 nsubj marsh
                commanded VBD command   0 root
                that      IN  that      7 mark
                Hale      NNP hale      7 nsubj:pass hale
                should    MD  should    7 aux
                be        VB  be        7 aux:pass
                brought   VBN bring     2 ccomp
                in        IN  in        9 case
                chains    NNS chain     7 obl
                """)).singleElement().satisfies(d -> {
                    assertThat(d.senders()).containsExactly("marsh");
                    assertThat(d.recipients()).isEmpty();
                });
    }

    @Test
    void instructionsGivenToTheirPossessorAreTheGivers() {
        // "Marsh gave Hale his instructions"
        List<Draft> found = find("""
                Marsh        NNP  marsh       2 nsubj     marsh
                gave         VBD  give        0 root
                Hale         NNP  hale        2 iobj      hale
                his          PRP$ he          5 nmod:poss hale
                instructions NNS  instruction 2 obj
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("marsh");
            assertThat(d.recipients()).containsExactly("hale");
        });
    }

    @Test
    void declaringThatSomethingIsSoIsAnAssertionUnlessAddressed() {
        assertThat(find("""
                Varga    NNP varga    2 nsubj varga
                declared VBD declare  0 root
                that     IN  that     6 mark
                the      DT  the      5 det
                plan     NN  plan     6 nsubj
                failed   VBD fail     2 ccomp
                """)).isEmpty();
        assertThat(find("""
                Varga    NNP varga    2 nsubj varga
                declared VBD declare  0 root
                to       IN  to       4 case
                Dunn     NNP dunn     2 obl   dunn
                that     IN  that     8 mark
                the      DT  the      7 det
                plan     NN  plan     8 nsubj
                failed   VBD fail     2 ccomp
                """)).singleElement().satisfies(d -> assertThat(d.recipients()).containsExactly("dunn"));
    }

    @Test
    void aBareDeclareDeclaresNothingButANominalComplementDoes() {
        assertThat(find("""
                as       IN  as       3 mark
                he       PRP he       3 nsubj marsh
                affected VBD affect   0 root
                to       TO  to       5 mark
                declare  VB  declare  3 xcomp
                """)).isEmpty();
        assertThat(find("""
                Varga    NNP varga    2 nsubj varga
                declared VBD declare  0 root
                himself  PRP himself  5 nsubj varga
                the      DT  the      5 det
                winner   NN  winner   2 xcomp
                """)).singleElement().satisfies(d -> assertThat(d.senders()).containsExactly("varga"));
    }

    @Test
    void aReportingVerbAfterTheWordsItReportsHasItsSpeakerBehindItNotItsAddressee() {
        assertThat(find("""
                (        -LRB- (      2 punct
                demands  VBZ demand   0 root
                the      DT  the      4 det
                council  NN  council  2 obj   council:ORG
                )        -RRB- )      2 punct
                """)).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("council");
            assertThat(d.recipients()).isEmpty();
        });
        // "(asks the council)": the council asks, and whom it asks is not said
        assertThat(find("""
                (        -LRB- (      2 punct
                asks     VBZ ask      0 root
                the      DT  the      4 det
                council  NN  council  2 obj   council:ORG
                )        -RRB- )      2 punct
                """)).isEmpty();
    }

    @Test
    void anAddresseeTheTextNamesButNoEntityHoldsLeavesNoMessage() {
        // "Varga ordered his officers to retreat": a record with no addressee would misreport it
        assertThat(find("""
                Varga    NNP varga    2 nsubj varga
                ordered  VBD order    0 root
                his      PRP$ his     4 nmod:poss varga
                officers NNS officer  2 obj
                to       TO  to       6 mark
                retreat  VB  retreat  2 xcomp
                """)).isEmpty();
        // what is ordered is no addressee: "Varga ordered an advance"
        assertThat(find("""
                Varga    NNP varga    2 nsubj varga
                ordered  VBD order    0 root
                an       DT  an       4 det
                advance  NN  advance  2 obj
                """)).singleElement().satisfies(d -> assertThat(d.senders()).containsExactly("varga"));
    }

    @Test
    void anAuxiliaryBeforeTheSubjectOpensACondition() {
        assertThat(find("""
                Had      VBD have     3 aux
                Hale     NNP hale     3 nsubj hale
                ordered  VBD order    8 advcl
                the      DT  the      5 det
                advance  NN  advance  3 obj
                ,        ,   ,        8 punct
                we       PRP we       8 nsubj
                won      VBD win      0 root
                """)).isEmpty();
    }

    @Test
    void couldAndWouldTellOfNoActDone() {
        assertThat(find("""
                Marsh    NNP marsh    3 nsubj marsh
                would    MD  would    3 aux
                write    VB  write    0 root
                to       IN  to       5 case
                Hale     NNP hale     3 obl   hale
                """)).isEmpty();
        assertThat(find("""
                Marsh    NNP marsh    3 nsubj marsh
                could    MD  could    3 aux
                warn     VB  warn     0 root
                Hale     NNP hale     3 obj   hale
                """)).isEmpty();
    }

    @Test
    void aSingularOrderWithNoAuthorContentOrGiverIsARankNotACommand() {
        // "the lower order of the clergy was employed": a rank of a body
        assertThat(find("""
                the      DT  the      3 det
                lower    JJR low      3 amod
                order    NN  order    7 nsubj:pass
                of       IN  of       6 case
                the      DT  the      6 det
                clergy   NNS clergy   3 nmod  clergy:ORG
                employed VBN employ   0 root
                """)).isEmpty();
        // "by order of Dunn the bridge was burnt": a command with its author
        assertThat(find("""
                by       IN  by       2 case
                order    NN  order    7 obl
                of       IN  of       4 case
                Dunn     NNP dunn     2 nmod  dunn
                the      DT  the      6 det
                bridge   NN  bridge   7 nsubj:pass
                burnt    VBN burn     0 root
                """)).singleElement().satisfies(d -> assertThat(d.senders()).containsExactly("dunn"));
    }

    @Test
    void declaringAnotherSomethingConfersAStatusAndAddressesNoOne() {
        assertThat(find("""
                The      DT  the      2 det
                senate   NN  senate   3 nsubj senate:ORG
                declared VBD declare  0 root
                Hale     NNP hale     5 nsubj hale
                consul   NN  consul   3 xcomp
                """)).isEmpty();
        assertThat(find("""
                Hale     NNP hale     3 nsubj:pass hale
                was      VBD be       3 aux:pass
                proclaimed VBN proclaim 0 root
                emperor  NN  emperor  3 xcomp
                by       IN  by       7 case
                the      DT  the      7 det
                troops   NNS troops   3 obl   troops:ORG
                """)).isEmpty();
    }

    @Test
    void aBareNounAfterAPassiveDeclaringVerbIsAStatusWhateverThePhraseBeforeIt() {
        // the parser takes "emperor" for an object, and the one declared is no entity typed a person
        assertThat(find("""
                The      DT  the      2 det
                prince   NN  prince   4 nsubj:pass
                was      VBD be       4 aux:pass
                declared VBN declare  0 root
                emperor  NN  emperor  4 obj
                by       IN  by       8 case
                the      DT  the      8 det
                troops   NNS troops   4 obl   troops:ORG
                """)).isEmpty();
    }

    @Test
    void aMessageOfNoOneInParticularIsNone() {
        assertThat(find("""
                Dunn     NNP dunn     2 nsubj dunn
                forbade  VBD forbid   0 root
                any      DT  any      4 det
                order    NN  order    2 obj
                from     IN  from     6 case
                Marsh    NNP marsh    4 nmod  marsh
                """)).isEmpty();
    }

    @Test
    void inAStoryToldInThePastASimplePresentIsTheWritersComment() {
        String table = """
                Varga    NNP varga    2 nsubj varga
                announces VBZ announce 0 root
                the      DT  the      4 det
                plan     NN  plan     2 obj
                """;
        assertThat(finder.find(HandParse.of(table).parsed(), true)).isEmpty();
        assertThat(finder.find(HandParse.of(table).parsed(), false)).singleElement()
                .satisfies(d -> assertThat(d.senders()).containsExactly("varga"));
    }

    @Test
    void proclaimingTwoBrothersEmperorsConfersAStatus() {
        assertThat(find("""
                the      DT  the      2 det
                troops   NNS troops   3 nsubj troops:ORG
                proclaimed VBD proclaim 0 root
                both     DT  both     5 det
                brothers NNS brother  3 iobj
                emperors NNS emperor  3 obj
                """)).isEmpty();
    }

    @Test
    void ordersOfANamedManChangedByNoOneNamedAreNotSaidToBeHis() {
        assertThat(find("""
                Hale     NNP hale     3 nmod:poss hale
                's       POS 's       1 case
                orders   NNS order    5 nsubj:pass
                were     VBD be       5 aux:pass
                changed  VBN change   0 root
                """)).isEmpty();
    }

    @Test
    void aMessageThatInformsSomeoneIsAddressedToThem() {
        assertThat(find("""
                the      DT  the      2 det
                letters  NNS letter   5 nsubj
                of       IN  of       4 case
                Dunn     NNP dunn     2 nmod  dunn
                informed VBD inform   0 root
                the      DT  the      7 det
                council  NN  council  5 obj   council:ORG
                """)).singleElement().satisfies(d -> {
            assertThat(d.senders()).containsExactly("dunn");
            assertThat(d.recipients()).containsExactly("council");
        });
    }
}
