package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.Span;
import org.annalist.model.layer.QuoteKind;
import org.junit.jupiter.api.Test;

class QuoteClassifierTest {

    private final QuoteClassifier classifier = new QuoteClassifier(ReportingVerbs.standard());

    /** sentence ⇒ the kind of its first quote. */
    private static final String TABLE = """
            The envoy said, “We shall hold the line until spring.” ⇒ SPEECH
            “Hold every bridge,” the colonel ordered. ⇒ SPEECH
            The minister replied: “Never.” ⇒ SPEECH
            She called the plan “a gamble with other men’s lives and no reserve at all” in private. ⇒ SPEECH
            The clerk noted that “the ledgers were burned in the night.” ⇒ SPEECH
            Critics mocked the “reformed” ministry for years. ⇒ SCARE
            The campaign against “wreckers” spread quickly. ⇒ SCARE
            The so-called “peace offensive” failed within a month. ⇒ SCARE
            The troops were caught “like fish in a barrel” near the river. ⇒ SCARE
            Officers of the “southern school” pressed for war. ⇒ SCARE
            He published an article entitled “The Tasks Ahead” in March. ⇒ TITLE
            Her book “Winter on the Steppe” sold well. ⇒ TITLE
            He published “The Retreat from the Vistula” in 1923. ⇒ TITLE
            Cadets learned from the “Short Course” textbook. ⇒ TITLE
            Pamphleteers hailed the city as ‘Athens of the North,’ and worse. ⇒ SCARE
            The premier later described the battle as “the greatest in history” in his memoirs. ⇒ SPEECH
            The general dismissed the reports as “provocations” and slept. ⇒ SPEECH
            They saw the treaty as “like a noose” at the time. ⇒ SCARE
            The king, according to one courtier, “looked ten years older.” ⇒ SPEECH
            Troops of the “Army of the Frontier” assembled slowly. ⇒ SCARE
            Someone called out “hold on” from the bank. ⇒ SPEECH
            “Never.” ⇒ SPEECH
            The order had one line: “Forward.” ⇒ SPEECH
            """;

    @Test
    void everyRowOfTheTableGetsItsKind() {
        QuoteFinder finder = new QuoteFinder();
        for (String row : TABLE.lines().toList()) {
            String[] parts = row.split("⇒");
            String text = parts[0].strip();
            FoundQuote quote = finder.find(text, List.of()).get(0);
            assertThat(classifier.classify(text, quote, Span.of(0, text.length())))
                    .as(row).isEqualTo(QuoteKind.valueOf(parts[1].strip()));
        }
    }
}
