package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Structure;
import org.annalist.model.layer.Communication;
import org.annalist.model.layer.Communications;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.pipeline.StandardPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The communication stage on sentences of our own, with layers built by the standard
 * pipeline. Each row: text | senders → recipients | act | channel | date ("-" for none);
 * parties are written by the last word of the entity's canonical name. The rows cover each
 * speech-act class and each place an addressee can stand, in active and passive voice.
 */
class CommunicationSentencesTest {

    private static final String TABLE = """
            On March 3, 1862, General Halleck telegraphed to Grant that the works must be taken. | Halleck → Grant | report | telegram | 1862-03-03
            In a letter to Lincoln, Sherman, and Stanton dated May 9, 1864, Meade asked for more men. | Meade → Lincoln, Sherman, Stanton | request | letter | 1864-05-09
            Admiral Porter was summoned by Welles to Washington on April 2, 1863. | Welles → Porter | order | - | 1863-04-02
            Napoleon wrote to Talleyrand, the foreign minister, in October 1805. | Napoleon → Talleyrand | report | letter | 1805-10
            In June 1812, Vienna, which feared the Tsar, continued to implore Paris for restraint. | Vienna → Paris | request | - | 1812-06
            On July 9, 1916, Douglas Haig called William Robertson on the telephone about the guns. | Haig → Robertson | report | telephone | 1916-07-09
            In August 1914, Austria declared war on Serbia. | Austria → Serbia | declaration | - | 1914-08
            On May 2, 1808, Murat proclaimed martial law in Madrid. | Murat → | declaration | - | 1808-05-02
            General Wolfe ordered Colonel Howe to scale the cliffs. | Wolfe → Howe | order | - | -
            Colonel Howe was ordered by General Wolfe to scale the cliffs. | Wolfe → Howe | order | - | -
            The Sultan demanded that Governor Bragadin surrender the fortress. | Sultan → Bragadin | demand | - | -
            The city council of Paris appealed to King Louis for bread. | council → Louis | request | - | -
            Before the battle, General Pakenham was warned by his advisers that the ground was soft. | advisers → Pakenham | warning | - | -
            Marshal Ney assured the Emperor that the bridge would hold. | Ney → Emperor | commitment | - | -
            Garibaldi offered the King his sword. | Garibaldi → King | negotiation | - | -
            Under orders from Wellington, Picton held the ridge until dusk. | Wellington → Picton | order | - | -
            General Hood sent a dispatch to Jefferson Davis at noon. | Hood → Davis | report | report | -
            Lord Raglan received a note from General Airey. | Airey → Raglan | report | letter | -
            General Hooker, as well as General Sickles, distrusted Halleck; both were writing to President Lincoln. | Hooker, Sickles → Lincoln | report | letter | -
            Beauregard was complaining behind his back to Jefferson Davis. | Beauregard → Davis | report | - | -
            """;

    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = StandardPipeline.create(StandardPipeline.Options.DEFAULT);
    }

    @Test
    void eachSentenceOfTheTableReportsItsMessage() {
        for (String row : TABLE.strip().split("\n")) {
            String[] f = row.split("\\s*\\|\\s*");
            AnnotatedText t = pipeline.run(new SourceDocument(SourceText.of("row.txt", f[0]), Structure.EMPTY));
            Map<String, String> names = t.layer(Entities.class).entities().stream()
                    .collect(Collectors.toMap(Entity::id, Entity::name));
            Function<List<String>, String> named = ids -> ids.stream().map(names::get)
                    .map(n -> n.substring(n.lastIndexOf(' ') + 1)).collect(Collectors.joining(", "));
            List<Communication> found = t.layer(Communications.class).items();
            assertThat(found).as(f[0]).hasSize(1);
            Communication c = found.get(0);
            assertThat((named.apply(c.senderIds()) + " → " + named.apply(c.recipientIds())).strip()).as(f[0])
                    .isEqualTo(f[1]);
            assertThat(c.act().label()).as(f[0]).isEqualTo(f[2]);
            assertThat(c.channel().map(ch -> ch.label()).orElse("-")).as(f[0]).isEqualTo(f[3]);
            assertThat(c.date().orElse("-")).as(f[0]).isEqualTo(f[4]);
        }
    }

    @Test
    void anAnswerToAMessageIsAMessageBackToItsAuthor() {
        AnnotatedText t = pipeline.run(new SourceDocument(SourceText.of("x.txt",
                "The Senate rejected Cromwell's proposal in May 1657."), Structure.EMPTY));
        Map<String, String> names = t.layer(Entities.class).entities().stream()
                .collect(Collectors.toMap(Entity::id, Entity::name));
        assertThat(t.layer(Communications.class).items())
                .extracting(c -> names.get(c.senderIds().get(0)) + " → " + names.get(c.recipientIds().get(0)) + " "
                        + c.act().label())
                .containsExactlyInAnyOrder("Cromwell → Senate negotiation", "Senate → Cromwell negotiation");
    }

    @Test
    void sayingsWithNoOneAddressedAndDeniedMessagesAreNoCommunications() {
        for (String text : List.of(
                "General Buell protested loudly in the spring of 1862.",
                "Lee did not write to Davis that winter.",
                "Longstreet would have informed Lee of the danger on July 2, 1863.",
                "Hooker failed to inform Lincoln of the retreat.",
                "The helmets of the battalion were carefully wired together.",
                "Sherman said that the army was ready.",
                "General Thomas wrote a history of the campaign.",
                "The army of Sheridan retired in good order.",
                "Meade called the charge a needless slaughter.",
                "Colonel Chamberlain reported for duty to General Warren.",
                "At the end of the twenty days, Colonel Chamberlain reported for duty to General Warren.",
                "If the Confederates were willing to yield, then Lincoln was ready to enter into negotiations.",
                "All these posts General Forrest found warned of his coming.",
                "An attack was ordered to be made that evening by the troops under General Smith.",
                "General McClernand moved south, threatening Columbus with one column.",
                "General Sheridan looked threatening to Lee's communications and supplies.")) {
            AnnotatedText t = pipeline.run(new SourceDocument(SourceText.of("x.txt", text), Structure.EMPTY));
            assertThat(t.layer(Communications.class).items()).as(text).isEmpty();
        }
    }
}
