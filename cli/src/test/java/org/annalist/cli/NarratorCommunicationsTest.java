package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.annalist.read.Readers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The narrator through the standard pipeline: passages of Grant's memoirs (read with the
 * author the Gutenberg header names), a first-person passage of our own, and the seeds,
 * which are written in the third person and must have no narrator.
 */
class NarratorCommunicationsTest {

    private static final Path SHARED = Path.of(System.getProperty("annalist.shared", "../shared"));
    private static final String GRANT = "Ulysses S. Grant";

    private static Pipeline pipeline;
    private static String memoirs;

    @BeforeAll
    static void build() throws IOException {
        pipeline = StandardPipeline.create(StandardPipeline.Options.DEFAULT);
        memoirs = Files.readString(SHARED.resolve("corpus/gutenberg/grant_personal_memoirs_pg4367.txt"))
                .replace("\r\n", "\n");
    }

    /** {@return the paragraph of the memoirs holding {@code phrase}}, between blank lines */
    private static String paragraphOf(String phrase) {
        int at = memoirs.indexOf(phrase);
        assertThat(at).as(phrase).isNotNegative();
        int start = memoirs.lastIndexOf("\n\n", at);
        int end = memoirs.indexOf("\n\n", at);
        return memoirs.substring(start + 2, end);
    }

    private static AnnotatedText run(String text, Optional<String> author) {
        return pipeline.run(new SourceDocument(SourceText.of("p.txt", text), Structure.EMPTY, Optional.empty(), author));
    }

    /** {@return each communication as "senders → recipients"}, parties by their entities' names */
    private static List<String> messages(AnnotatedText t) {
        Map<String, String> names = t.layer(Entities.class).entities().stream()
                .collect(Collectors.toMap(Entity::id, Entity::name));
        List<String> out = new ArrayList<>();
        for (Communication c : t.layer(Communications.class).items()) {
            out.add(c.senderIds().stream().map(names::get).collect(Collectors.joining(", ")) + " → "
                    + c.recipientIds().stream().map(names::get).collect(Collectors.joining(", ")));
        }
        return out;
    }

    private static List<Entity> narrators(AnnotatedText t) {
        return t.layer(Entities.class).entities().stream().filter(Entity::narrator).toList();
    }

    @Test
    void grantTelegraphsAndWritesToHalleckAsTheNarrator() {
        AnnotatedText t = run(paragraphOf("I telegraphed to Washington this night, notifying General Halleck"),
                Optional.of(GRANT));
        // "telegraphed to Washington": the capital stands for the War Department there
        assertThat(messages(t)).containsExactly(GRANT + " → Washington, Halleck");
        assertThat(narrators(t)).singleElement().satisfies(n -> assertThat(n.name()).isEqualTo(GRANT));

        assertThat(messages(run(paragraphOf("On this day I wrote to Halleck ordering all the pontoons"),
                Optional.of(GRANT)))).containsExactly(GRANT + " → Halleck");
    }

    @Test
    void grantReceivesADispatchFromHalleckAsTheNarrator() {
        AnnotatedText t = run(paragraphOf("But on the 12th I received a dispatch"), Optional.of(GRANT));
        assertThat(messages(t)).containsExactly("Halleck → " + GRANT);
    }

    @Test
    void aFirstPersonPassageWithoutAnAuthorHasOneUnnamedNarratorOutsideTheQuotation() {
        String s = "In March 1864 I wrote to Sherman that the campaign would open in May. "
                + "Two days later I received a letter from McPherson asking for more wagons. "
                + "McPherson said, “I cannot move without them, and my men are tired.” We marched at dawn.";
        AnnotatedText t = run(s, Optional.empty());
        assertThat(messages(t)).containsExactly("the narrator → Sherman", "McPherson → the narrator");
        assertThat(narrators(t)).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("the narrator");
            assertThat(n.mentions()).hasSize(2);
            assertThat(n.mentions()).allSatisfy(m -> assertThat(m.span().end()).isLessThan(s.indexOf('“')));
        });
    }

    @Test
    void reportingForDutyIsNoMessage() {
        String paragraph = paragraphOf("I reported for duty to Lieutenant Ewell").replace("\n", " ");
        int start = paragraph.indexOf("Accordingly");
        String sentence = paragraph.substring(start, paragraph.indexOf('.', start) + 1);
        assertThat(sentence).contains("handing him at the same time my leave");
        AnnotatedText t = run(sentence, Optional.of(GRANT));
        assertThat(messages(t)).isEmpty();
        assertThat(narrators(t)).singleElement().satisfies(n -> assertThat(n.mentions()).hasSize(2));
    }

    @Test
    void theThirdPersonSeedsHaveNoNarrator() throws Exception {
        int documents = 0;
        try (DirectoryStream<Path> seeds = Files.newDirectoryStream(SHARED.resolve("corpus/seeds"), "*.txt")) {
            for (Path seed : seeds) {
                AnnotatedText t = pipeline.run(Readers.standard().read(seed));
                assertThat(narrators(t)).as(seed.getFileName().toString()).isEmpty();
                assertThat(t.layer(Entities.class).entities()).extracting(Entity::name)
                        .as(seed.getFileName().toString()).doesNotContain("the narrator");
                documents++;
            }
        }
        assertThat(documents).isEqualTo(2);
    }
}
