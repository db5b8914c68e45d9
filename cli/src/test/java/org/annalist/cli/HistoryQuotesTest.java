package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.SourceDocument;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.Quotes;
import org.annalist.pipeline.StandardPipeline;
import org.annalist.read.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quotations in history prose through the whole pipeline, on a passage written for this test:
 * orders of the day, letters, a judgement framed with "described … as", and the report of an unnamed aide.
 */
class HistoryQuotesTest {

    private static final String PASSAGE = """
            The Battle of the River

            On 5 September 1914, General Marchand issued his order of the day: "The hour has come to advance at all costs." The troops attacked along the river the next morning.

            Keller, the enemy's chief of staff, was shaken. "Where are the victories?" he wrote to his wife on 9 September. The emperor, according to one aide, "looked ten years older."

            Rowan later described the battle as "the greatest in history". The historian Ann Perrault called it a turning point, adding that "the war of movement was over."

            Sir John Ashby told Lord Carver that the army would withdraw. Carver replied, "Your troops will remain in the line."
            """;

    @TempDir
    Path dir;

    @Test
    void ordersLettersJudgementsAndAnAidesReportGoToWhoeverSpokeThem() throws Exception {
        Path file = dir.resolve("river.txt");
        Files.writeString(file, PASSAGE, StandardCharsets.UTF_8);
        SourceDocument doc = Readers.standard().read(file);
        AnnotatedText t = StandardPipeline.create(StandardPipeline.Options.DEFAULT).run(doc);
        Map<String, String> names = t.layer(Entities.class).entities().stream()
                .collect(Collectors.toMap(Entity::id, Entity::name));
        List<String> rows = new ArrayList<>();
        for (Quote q : t.layer(Quotes.class).quotes()) {
            String words = doc.text().text().substring(q.span().start(), q.span().end());
            rows.add(q.kind().name().toLowerCase() + " " + q.speakerId().map(names::get).orElse("-") + " " + words);
        }

        assertThat(rows).containsExactly(
                "speech Marchand \"The hour has come to advance at all costs.\"",
                "speech Keller \"Where are the victories?\"",
                "speech one aide \"looked ten years older.\"",
                "speech Rowan \"the greatest in history\"",
                "speech Ann Perrault \"the war of movement was over.\"",
                "speech Carver \"Your troops will remain in the line.\"");
    }
}
