package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Structure;
import org.annalist.model.layer.Parse;
import org.annalist.model.layer.Tokens;
import org.annalist.pipeline.StandardPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The standard pipeline parses the sentences where a later stage could find something, and no others. */
class ParseScopeTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = StandardPipeline.create(StandardPipeline.Options.DEFAULT);
    }

    @Test
    void onlySentencesWithAMessageADeedOrACountAreParsed() {
        String text = String.join(" ",
                "Marsh ordered Hale to hold the bridge.",          // a message
                "The road was long and the day was cold.",         // nothing to read
                "The brigade lost 1,200 men at the ford.",         // a count
                "They waited at night in order to stay unseen.",   // "in order to" gives no order
                "On May 23, 1864 the rain stopped.",               // a figure inside a date counts nothing
                "Ostrova's cavalry attacked the wagons.");         // a deed
        AnnotatedText t = pipeline.run(new SourceDocument(SourceText.of("scope.txt", text), Structure.EMPTY));
        Parse parse = t.layer(Parse.class);
        List<Boolean> parsed = t.layer(Tokens.class).sentences().stream()
                .map(s -> parse.of(s.span()).isPresent()).toList();
        assertThat(parsed).containsExactly(true, false, true, false, false, true);
    }
}
