package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
import org.annalist.model.layer.Event;
import org.annalist.model.layer.Events;
import org.annalist.pipeline.StandardPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every communication and event must satisfy, checked on a stretch of Grant's memoirs
 * (dispatches, telegrams, letters): spans inside the text and sorted, parties that are
 * entities of the document, no one writing to themselves, TIMEX3-shaped dates, and the same
 * layer on a rerun.
 */
class CommunicationStageContractTest {

    private static AnnotatedText text;
    private static Pipeline pipeline;
    private static SourceDocument document;

    @BeforeAll
    static void runAStretchOfGrant() throws Exception {
        Path grant = Path.of(System.getProperty("annalist.shared"), "corpus/gutenberg/grant_personal_memoirs_pg4367.txt");
        String all = Files.readString(grant, StandardCharsets.UTF_8);
        int start = all.indexOf("CHAPTER XXV.", 20_000);
        String stretch = all.substring(start, start + 120_000);
        document = new SourceDocument(SourceText.of("grant.txt", stretch), Structure.EMPTY);
        pipeline = StandardPipeline.create(StandardPipeline.Options.DEFAULT);
        text = pipeline.run(document);
    }

    @Test
    void grantsDispatchesYieldCommunicationsWithNamedAddressees() {
        List<Communication> items = text.layer(Communications.class).items();
        assertThat(items).hasSizeGreaterThanOrEqualTo(6);
        assertThat(items.stream().filter(c -> !c.recipientIds().isEmpty())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(items.stream().filter(c -> c.channel().isPresent())).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyCommunicationLiesInTheTextAndNamesEntitiesOfTheDocument() {
        Set<String> ids = text.layer(Entities.class).entities().stream().map(Entity::id).collect(Collectors.toSet());
        Communication previous = null;
        for (Communication c : text.layer(Communications.class).items()) {
            assertThat(c.evidence().end()).isLessThanOrEqualTo(text.source().length());
            assertThat(c.evidence().contains(c.cue())).as(c.toString()).isTrue();
            assertThat(ids).as(c.toString()).containsAll(c.senderIds()).containsAll(c.recipientIds());
            assertThat(c.recipientIds()).as(c.toString()).doesNotContainAnyElementsOf(c.senderIds());
            c.date().ifPresent(d -> assertThat(d).as(c.toString()).matches("\\d{4}(-[0-9A-Z]{2}(-\\d{2})?)?.*"));
            if (previous != null) assertThat(previous.cue().compareTo(c.cue())).isLessThanOrEqualTo(0);
            previous = c;
        }
    }

    @Test
    void everyEventHasATriggerInsideItsSentence() {
        for (Event e : text.layer(Events.class).items()) {
            assertThat(e.evidence().contains(e.trigger())).as(e.toString()).isTrue();
            assertThat(e.participants().isEmpty() && e.placeId().isEmpty()).as(e.toString()).isFalse();
        }
    }

    @Test
    void aRerunGivesTheSameLayers() {
        AnnotatedText again = pipeline.run(document);
        assertThat(again.layer(Communications.class)).isEqualTo(text.layer(Communications.class));
        assertThat(again.layer(Events.class)).isEqualTo(text.layer(Events.class));
    }
}
