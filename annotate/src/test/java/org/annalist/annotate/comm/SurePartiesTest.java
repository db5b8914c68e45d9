package org.annalist.annotate.comm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.model.Span;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Metonymy;
import org.junit.jupiter.api.Test;

/** Which linked mentions the comm stage reads as sure parties. */
class SurePartiesTest {

    private static final Set<String> PRONOUNS = Set.of("he", "his", "him", "she", "her", "they", "it", "its");
    private final SureParties sure = new SureParties(Set.of("senate", "government"), Set.of("president", "emperor"));

    /** the mentions of {@code id} in {@code text}: each word listed, at its first place from the last one found */
    private static Entity entity(String text, String id, EntityType type, String... words) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (String w : words) {
            int at = text.indexOf(w, from);
            boolean pronoun = PRONOUNS.contains(w.toLowerCase(java.util.Locale.ROOT));
            MentionKind kind = pronoun ? MentionKind.PRONOUN : w.startsWith("the ") ? MentionKind.NOMINAL : MentionKind.NAME;
            out.add(new Mention(new Span(at, at + w.length()), w, kind, Metonymy.NONE));
            from = at + w.length();
        }
        return new Entity(id, type, id, List.of(), List.of(), out, false);
    }

    private static List<String> texts(Entities es, String id) {
        return es.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow()
                .mentions().stream().map(Mention::text).toList();
    }

    @Test
    void aPronounRightAfterItsNameIsSureAndSoIsTheChainThatFollowsIt() {
        String text = "Marsh reached the ford at noon. He wrote to the council, and his letter was read.";
        Entities es = sure.of(new Entities(List.of(entity(text, "marsh", EntityType.PERSON, "Marsh", "He", "his"))), text);
        assertThat(texts(es, "marsh")).containsExactly("Marsh", "He", "his");
    }

    @Test
    void aPronounWithAnotherManNamedBetweenItAndTheMentionBeforeItIsUnsure() {
        String text = "Marsh met Dunn at the ford, and he ordered the bridge burnt; his men obeyed.";
        Entities es = sure.of(new Entities(List.of(
                entity(text, "marsh", EntityType.PERSON, "Marsh", "he", "his"),
                entity(text, "dunn", EntityType.PERSON, "Dunn"))), text);
        // "his" is judged against "he" just before it, with no one named between
        assertThat(texts(es, "marsh")).containsExactly("Marsh", "his");
    }

    @Test
    void aWomanNamedBetweenDoesNotMakeHeUnsure() {
        String text = "Marsh met Ostrova at the ford, and he ordered the bridge burnt. She wept.";
        Entities es = sure.of(new Entities(List.of(
                entity(text, "marsh", EntityType.PERSON, "Marsh", "he"),
                entity(text, "ostrova", EntityType.PERSON, "Ostrova", "She"))), text);
        assertThat(texts(es, "marsh")).containsExactly("Marsh", "he");
    }

    @Test
    void aPronounFarFromItsAntecedentIsUnsure() {
        String far = "Marsh rode north." + " The road was long and the rain fell.".repeat(12) + " He wrote to Varga.";
        assertThat(texts(sure.of(new Entities(List.of(entity(far, "marsh", EntityType.PERSON, "Marsh", "He"))), far), "marsh"))
                .containsExactly("Marsh");
    }

    @Test
    void aGroupNamedBetweenIsNoRivalForHe() {
        String text = "Marsh met the envoys at the ford; they wept, and he ordered the bridge burnt.";
        Entities es = sure.of(new Entities(List.of(
                entity(text, "marsh", EntityType.PERSON, "Marsh", "he"),
                entity(text, "envoys", EntityType.PERSON, "the envoys", "they"))), text);
        assertThat(texts(es, "marsh")).containsExactly("Marsh", "he");
    }

    @Test
    void aNameInsideALongerMentionIsNoRival() {
        String text = "Marsh served the Dunn ministry for a year, and he wrote its decrees.";
        Entities es = sure.of(new Entities(List.of(
                entity(text, "marsh", EntityType.PERSON, "Marsh", "he"),
                entity(text, "ministry", EntityType.ORG, "the Dunn ministry"),
                entity(text, "dunn", EntityType.PERSON, "Dunn"))), text);
        assertThat(texts(es, "marsh")).containsExactly("Marsh", "he");
    }

    @Test
    void aBodyJoinedToANamedPersonNamesNoOne() {
        String text = "Varga fled; the senate declared him an enemy.";
        Entities es = sure.of(new Entities(List.of(entity(text, "varga", EntityType.PERSON, "Varga", "the senate"))), text);
        assertThat(texts(es, "varga")).containsExactly("Varga");
    }

    @Test
    void theSubjectOfTheVerbWhoseObjectThePronounIsIsNoRival() {
        String text = "Hale held the ford, and Dunn ordered him to burn the bridge.";
        Entities es = sure.of(new Entities(List.of(
                entity(text, "hale", EntityType.PERSON, "Hale", "him"),
                entity(text, "dunn", EntityType.PERSON, "Dunn"))), text);
        assertThat(texts(es, "hale")).containsExactly("Hale", "him");
    }

    @Test
    void aPossessorNamedBetweenIsNoRival() {
        String text = "Marsh read Dunn's letter at the ford, and he ordered the bridge burnt.";
        Entities es = sure.of(new Entities(List.of(
                entity(text, "marsh", EntityType.PERSON, "Marsh", "he"),
                entity(text, "dunn", EntityType.PERSON, "Dunn"))), text);
        assertThat(texts(es, "marsh")).containsExactly("Marsh", "he");
    }

    @Test
    void anOfficeFarFromTheNameItWasLinkedToIsUnsureAndSoIsThePronounTakingItUp() {
        String filler = " The rains came and the roads were closed for weeks.".repeat(50);
        String text = "President Marsh spoke at the fair, and the president left early." + filler
                + " Then the president wrote to the council, and he asked for troops.";
        Entities es = sure.of(new Entities(List.of(entity(text, "marsh", EntityType.PERSON,
                "President Marsh", "the president", "the president", "he"))), text);
        // the first "the president" is a line after the name; the second is pages away
        assertThat(texts(es, "marsh")).containsExactly("President Marsh", "the president");
    }

    @Test
    void anOfficeNeverNamedHoldsOnlyItsFirstPagesAndARankIsNoOffice() {
        String filler = " The rains came and the roads were closed for weeks.".repeat(50);
        String text = "Then the emperor rode out, and the general followed." + filler
                + " At last the emperor wrote to the general.";
        Entities es = sure.of(new Entities(List.of(
                entity(text, "emperor", EntityType.PERSON, "the emperor", "the emperor"),
                entity(text, "general", EntityType.PERSON, "the general", "the general"))), text);
        assertThat(texts(es, "emperor")).containsExactly("the emperor");
        // "general" is a rank many hold at once, which the entity stage links back to a name on purpose
        assertThat(texts(es, "general")).containsExactly("the general", "the general");
    }
}
