package org.annalist.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Structure;
import org.annalist.model.layer.Timex;
import org.junit.jupiter.api.Test;

/** The date deictic words count from: the document's own (a TimeML DCT), else the configured default. */
class TimeStageDocumentDateTest {

    private static final String TEXT = "The board met yesterday.";

    private static String yesterday(Optional<LocalDate> own, TimeConfig config) {
        SourceDocument doc = new SourceDocument(SourceText.of("news.txt", TEXT), Structure.EMPTY, own);
        Timex t = new TimeStage(config).annotate(AnnotatedText.of(doc)).items().get(0);
        assertThat(t.span().coveredText(doc.text())).isEqualTo("yesterday");
        return t.value();
    }

    @Test
    void theDocumentsOwnDateBeatsTheConfiguredDefault() {
        assertThat(yesterday(Optional.of(LocalDate.of(1998, 11, 20)), TimeConfig.withDocumentDate(LocalDate.of(2000, 1, 1))))
                .isEqualTo("1998-11-19");
    }

    @Test
    void aDocumentWithoutADateUsesTheDefault() {
        assertThat(yesterday(Optional.empty(), TimeConfig.withDocumentDate(LocalDate.of(2000, 1, 1))))
                .isEqualTo("1999-12-31");
    }

    @Test
    void aDocumentsOwnDateIsUsedWhenNoDefaultIsConfigured() {
        assertThat(yesterday(Optional.of(LocalDate.of(1998, 3, 1)), TimeConfig.narrative())).isEqualTo("1998-02-28");
    }
}
