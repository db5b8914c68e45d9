package org.annalist.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Stage;
import org.annalist.model.Span;
import org.annalist.model.layer.Layer;

/**
 * What every stage must satisfy on every text (after Lucene's BaseTokenStreamTestCase):
 * spans lie inside the text, come sorted and do not overlap, and a rerun gives an equal
 * layer.
 */
final class StageContract {

    private StageContract() {
    }

    static <L extends Layer> L check(Stage<L> stage, AnnotatedText text, Function<L, List<Span>> spans) {
        L layer = stage.annotate(text);
        List<Span> all = spans.apply(layer);
        int length = text.source().length();
        Span previous = null;
        for (Span s : all) {
            assertThat(s.end()).as("end of %s", s).isLessThanOrEqualTo(length);
            assertThat(s.length()).as("length of %s", s).isPositive();
            if (previous != null) {
                assertThat(s.start()).as("%s after %s", s, previous).isGreaterThanOrEqualTo(previous.end());
            }
            previous = s;
        }
        assertThat(stage.annotate(text)).as("rerun of %s", stage.name()).isEqualTo(layer);
        return layer;
    }
}
