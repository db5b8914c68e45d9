package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Structure;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.Event;
import org.annalist.model.layer.EventType;
import org.annalist.model.layer.Events;
import org.annalist.model.layer.Participant.Role;
import org.annalist.pipeline.StandardPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event stage on sentences of our own, layers built by the standard pipeline. Each row:
 * text | trigger | type | agent | patient | place | date ("-" for none; parties by last name).
 */
class EventSentencesTest {

    private static final String TABLE = """
            On May 3, 1863, General Hooker attacked Stonewall Jackson near Chancellorsville. | attacked | military_action | Hooker | Jackson | Chancellorsville | 1863-05-03
            In April 1794, Danton was arrested by Robespierre in Paris. | arrested | arrest | Robespierre | Danton | Paris | 1794-04
            In March 1862, Lincoln appointed Edwin Stanton. | appointed | appointment | Lincoln | Stanton | - | 1862-03
            """;

    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = StandardPipeline.create(StandardPipeline.Options.DEFAULT);
    }

    @Test
    void eachSentenceOfTheTableReportsItsDeed() {
        for (String row : TABLE.strip().split("\n")) {
            String[] f = row.split("\\s*\\|\\s*");
            AnnotatedText t = pipeline.run(new SourceDocument(SourceText.of("row.txt", f[0]), Structure.EMPTY));
            Map<String, String> names = t.layer(Entities.class).entities().stream()
                    .collect(Collectors.toMap(Entity::id, e -> e.name().substring(e.name().lastIndexOf(' ') + 1)));
            List<Event> deeds = t.layer(Events.class).items().stream()
                    .filter(e -> e.type() != EventType.COMMUNICATION).toList();
            assertThat(deeds).as(f[0]).hasSize(1);
            Event e = deeds.get(0);
            assertThat(t.source().slice(e.trigger())).as(f[0]).isEqualTo(f[1]);
            assertThat(e.type().label()).as(f[0]).isEqualTo(f[2]);
            assertThat(e.inRole(Role.AGENT).stream().map(names::get).collect(Collectors.joining(", "))).as(f[0]).isEqualTo(f[3]);
            assertThat(e.inRole(Role.PATIENT).stream().map(names::get).collect(Collectors.joining(", "))).as(f[0]).isEqualTo(f[4]);
            assertThat(e.placeId().map(names::get).orElse("-")).as(f[0]).isEqualTo(f[5]);
            assertThat(e.date().orElse("-")).as(f[0]).isEqualTo(f[6]);
        }
    }

    @Test
    void aParticipleDescribingANounIsNoDeed() {
        AnnotatedText t = pipeline.run(new SourceDocument(SourceText.of("x.txt",
                "The newly appointed governor of Virginia reached Richmond in May 1861."), Structure.EMPTY));
        assertThat(t.layer(Events.class).items()).extracting(Event::type).doesNotContain(EventType.APPOINTMENT);
    }
}
