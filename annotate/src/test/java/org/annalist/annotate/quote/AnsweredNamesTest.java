package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Metonymy;
import org.junit.jupiter.api.Test;

/** An unnamed speaker who answers to a name speaks as that name's person. */
class AnsweredNamesTest {

    /** Lines of dialogue: each quote's speaker and addressee, as the attributor gave them. */
    private static final class Dialogue {
        final String text;
        final List<FoundQuote> speech = new ArrayList<>();

        Dialogue(String... lines) {
            this.text = String.join("\n", lines) + "\n";
            for (int at = text.indexOf('"'); at >= 0; at = text.indexOf('"', text.indexOf('"', at + 1) + 1)) {
                int end = text.indexOf('"', at + 1) + 1;
                speech.add(new FoundQuote(Span.of(at, end), Span.of(at + 1, end - 1), 0, true));
            }
        }

        /** An entity whose mentions are every occurrence of each of {@code words}, of the kind given. */
        Entity entity(String id, MentionKind kind, String... words) {
            List<Mention> ms = new ArrayList<>();
            for (String w : words) {
                for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                    ms.add(new Mention(Span.of(i, i + w.length()), w, w.equals("I") ? MentionKind.PRONOUN : kind, Metonymy.NONE));
                }
            }
            return new Entity(id, EntityType.PERSON, words[0], List.of(), ms);
        }
    }

    private static Attribution spoke(String speaker, String addressee) {
        return new Attribution(Optional.of(speaker), Optional.ofNullable(addressee), Optional.empty());
    }

    private static List<String> speakers(List<Attribution> as) {
        return as.stream().map(a -> a.speakerId().orElse("-")).toList();
    }

    @Test
    void theDescriptionThatAnswersANameIsThatPerson() {
        Dialogue d = new Dialogue(
                "\"Good evening, Marsh,\" said Hale.",
                "\"Good evening,\" said the carter.",
                "\"Is the road open?\" asked Hale.",
                "\"It is,\" said the carter.");
        EntityIndex index = new EntityIndex(new Entities(List.of(d.entity("hale", MentionKind.NAME, "Hale"),
                d.entity("marsh", MentionKind.NAME, "Marsh"), d.entity("carter", MentionKind.NOMINAL, "the carter"))),
                List.of());
        List<Attribution> as = List.of(spoke("hale", "marsh"), spoke("carter", null), spoke("hale", null), spoke("carter", null));
        assertThat(speakers(AnsweredNames.joined(d.text, as, d.speech, index)))
                .containsExactly("hale", "marsh", "hale", "marsh");
    }

    @Test
    void twoNamedPeopleStayApart() {
        Dialogue d = new Dialogue(
                "\"Good evening, Marsh,\" said Hale.",
                "\"Good evening,\" said Dunn.");
        EntityIndex index = new EntityIndex(new Entities(List.of(d.entity("hale", MentionKind.NAME, "Hale"),
                d.entity("marsh", MentionKind.NAME, "Marsh"), d.entity("dunn", MentionKind.NAME, "Dunn"))), List.of());
        assertThat(speakers(AnsweredNames.joined(d.text, List.of(spoke("hale", "marsh"), spoke("dunn", null)), d.speech, index)))
                .containsExactly("hale", "dunn");
    }

    @Test
    void aSpeakerGoingOnOrNarrativeBetweenTurnsIsNoAnswer() {
        Dialogue d = new Dialogue(
                "\"Wait, Marsh,\" said Hale.",
                "\"Wait,\" said the carter.",
                "\"Come here, Marsh,\" said Hale.",
                "Varga crossed the yard to the gate and looked back at the road.",
                "\"No,\" said the carter.");
        EntityIndex index = new EntityIndex(new Entities(List.of(d.entity("hale", MentionKind.NAME, "Hale"),
                d.entity("marsh", MentionKind.NAME, "Marsh"), d.entity("carter", MentionKind.NOMINAL, "the carter"))),
                List.of());
        // the first two quotes: the carter as the sieve had it, though speaking on from Hale's line
        List<Attribution> going = List.of(spoke("hale", "marsh"), spoke("hale", null), spoke("hale", "marsh"), spoke("carter", null));
        assertThat(speakers(AnsweredNames.joined(d.text, going, d.speech, index))).containsExactly("hale", "hale", "hale", "carter");
    }

    @Test
    void theNarratorAnswersToANameTwiceBeforeTakingIt() {
        Dialogue once = new Dialogue(
                "\"Sit down, Ostrova,\" said Hale.",
                "\"Thank you,\" I said.");
        Entity narrator = once.entity("narrator", MentionKind.PRONOUN, "I");
        EntityIndex index = new EntityIndex(new Entities(List.of(once.entity("hale", MentionKind.NAME, "Hale"),
                once.entity("ostrova", MentionKind.NAME, "Ostrova"), narrator)), List.of());
        assertThat(speakers(AnsweredNames.joined(once.text, List.of(spoke("hale", "ostrova"), spoke("narrator", null)),
                once.speech, index))).containsExactly("hale", "narrator");

        Dialogue twice = new Dialogue(
                "\"Sit down, Ostrova,\" said Hale.",
                "\"Thank you,\" I said.",
                "\"Well, Ostrova?\" said Hale.",
                "\"Nothing yet,\" I said.");
        EntityIndex index2 = new EntityIndex(new Entities(List.of(twice.entity("hale", MentionKind.NAME, "Hale"),
                twice.entity("ostrova", MentionKind.NAME, "Ostrova"), twice.entity("narrator", MentionKind.PRONOUN, "I"))), List.of());
        List<Attribution> as = List.of(spoke("hale", "ostrova"), spoke("narrator", null), spoke("hale", "ostrova"), spoke("narrator", null));
        assertThat(speakers(AnsweredNames.joined(twice.text, as, twice.speech, index2)))
                .containsExactly("hale", "ostrova", "hale", "ostrova");
    }
}
