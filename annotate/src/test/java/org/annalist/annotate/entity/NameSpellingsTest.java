package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.junit.jupiter.api.Test;

/**
 * One entity printed several ways (invented fixtures): misprints, abbreviations, surname
 * particles, plural heads and acronyms with "of".
 */
class NameSpellingsTest {

    private static final EntityStage STAGE = new EntityStage();

    @Test
    void ocrLetterShapesReadAlike() {
        assertThat(Misprints.alike("Ostrova", "Ostrovo")).isTrue();
        assertThat(Misprints.alike("Charnley", "Chamley")).isTrue();   // rn read as m
        assertThat(Misprints.alike("Congrefs", "Congress")).isTrue();  // long s read as f
        assertThat(Misprints.alike("Hale", "Hall")).isFalse();         // too short to tell
        assertThat(Misprints.alike("Marston", "Morrison")).isFalse();
        assertThat(Misprints.alike("Varga", "Barga")).isFalse();       // first letters differ
        assertThat(Misprints.alike("Brandover", "Brandovers")).isFalse(); // the family, not a misprint
        assertThat(Misprints.alike("Dovani", "Dovaric")).isFalse();    // "ri" read as "n" and a letter off: two misprints
    }

    @Property
    void alikeIsSymmetricAndNeverHoldsForOneWord(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String a,
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String b) {
        assertThat(Misprints.alike(a, b)).isEqualTo(Misprints.alike(b, a));
        assertThat(Misprints.alike(a, a)).isFalse();
    }

    @Test
    void aSurnameMisprintedOnceJoinsItsPerson() {
        String s = "Colonel Brandover reached the fort. Brandover waited. Then Brandovor left the fort. Brandover slept.";
        Entities es = STAGE.annotate(TestText.of(s).person("Colonel Brandover", "Brandover", "Brandovor").build());

        assertThat(TestText.holding(es, "Brandovor")).isSameAs(TestText.holding(es, "Brandover"));
    }

    @Test
    void twoRecurringNamesOneLetterApartStayTwoPeople() {
        String s = "Brandover met Brandoven. Brandover left. Brandoven waited. Brandover returned. Brandoven smiled.";
        Entities es = STAGE.annotate(TestText.of(s).person("Brandover", "Brandoven").build());

        assertThat(TestText.holding(es, "Brandover")).isNotSameAs(TestText.holding(es, "Brandoven"));
    }

    @Test
    void anAbbreviatedWordIsTheNameWrittenOut() {
        String s = "The Ostrova Republic signed. The delegates of the O. Republic left. The Ostrova Republic waited.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.GPE, "Ostrova Republic", "O. Republic").build());

        assertThat(TestText.holding(es, "O. Republic")).isSameAs(TestText.holding(es, "Ostrova Republic"));
    }

    @Test
    void aSurnameParticleIsNoGivenName() {
        String s = "Emilio de Varga reached the fort. De Varga waited. Varga left.";
        Entities es = STAGE.annotate(TestText.of(s).person("Emilio de Varga", "De Varga", "Varga").build());

        Entity varga = TestText.holding(es, "Emilio de Varga");
        assertThat(varga.mentions()).extracting(Mention::text).contains("De Varga", "Varga");
    }

    @Test
    void aPluralHeadIsTheBodyItsSingularNames() {
        String s = "The Ostrova Army reached the fort. The Ostrova armies waited.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.ORG, "Ostrova Army", "Ostrova armies").build());

        assertThat(TestText.holding(es, "Ostrova armies")).isSameAs(TestText.holding(es, "Ostrova Army"));
    }

    @Test
    void anAcronymMaySpellTheOfOfTheName() {
        String s = "The Republic of Varga signed. The ROV waited.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.GPE, "Republic of Varga").name(EntityType.ORG, "ROV").build());

        assertThat(TestText.holding(es, "ROV")).isSameAs(TestText.holding(es, "Republic of Varga"));
    }

    @Test
    void aBareSingularBodyWordJoinsOnlyTheBodyItHeads() {
        String s = "The Ostrova Legion crossed the river. The Legion waited. The Free States of Varga signed. The State paid.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.ORG, "Ostrova Legion", "Legion", "Free States of Varga", "State")
                .build());

        assertThat(TestText.holding(es, "Legion")).isSameAs(TestText.holding(es, "Ostrova Legion"));
        assertThat(TestText.holding(es, "State")).isNotSameAs(TestText.holding(es, "Free States of Varga"));
    }

    @Test
    void aCountrysFormerNameIsTheCountry() {
        String s = "The envoy sailed for Siam in spring. Marsh stayed in Thailand a year. Siam welcomed him.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.GPE, "Siam", "Thailand").person("Marsh").build());

        assertThat(TestText.holding(es, "Siam")).isSameAs(TestText.holding(es, "Thailand"));
    }

    @Test
    void aSurnameTheFinderTypedAPlaceTwiceIsThePersonNamedFourTimes() {
        String s = "Ivo Brandlin led the band. Ivo Brandlin waited. Ivo Brandlin rode. Ivo Brandlin left. "
                + "The council would not pay Brandlin. Later it fought Brandlin again.";
        Entities es = STAGE.annotate(TestText.of(s).person("Ivo Brandlin")
                .nameAt(EntityType.GPE, "Brandlin", 4).nameAt(EntityType.GPE, "Brandlin", 5).build());

        assertThat(TestText.holding(es, "Ivo Brandlin").mentions()).extracting(Mention::text).contains("Brandlin");
    }
}
