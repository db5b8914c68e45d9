package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.annalist.store.query.MentionRow;
import org.annalist.store.query.NotFoundException;
import org.annalist.store.query.TimelineQuery;
import org.annalist.store.query.TimelineRow;
import org.annalist.store.resolve.Curation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queries the web reader asks by collection key: mentions in context, timeline and profile. */
class ChronicleMentionsTest {

    private static final String A = "On 1863-07-04 Grant took the town. Lee withdrew.";
    private static final String B = "On 1864-05-05 General Grant met Lee in the wilderness. Nothing else.";

    private static Store filled(Path dir) {
        Store store = Store.open(dir.resolve("m.db"));
        store.put(Samples.source("a.txt", A), Samples.annotated("a.txt", A, "Grant", "Lee"));
        store.put(Samples.source("b.txt", B), Samples.annotated("b.txt", B, "General Grant", "Lee"));
        store.resolve(Curation.NONE);
        return store;
    }

    @Test
    void anEntitysMentionsComeInDocumentOrderWithTheirSentences(@TempDir Path dir) {
        try (Store store = filled(dir)) {
            var mentions = store.chronicle().mentions("Lee", 10);

            assertThat(mentions).extracting(m -> m.source().document()).containsExactly("a.txt", "b.txt");
            assertThat(mentions).extracting(MentionRow::text).containsExactly("Lee", "Lee");
            assertThat(mentions.get(0).source().start()).isEqualTo(A.indexOf("Lee"));
            assertThat(mentions).extracting(MentionRow::sentence)
                    .containsExactly("Lee withdrew.", "On 1864-05-05 General Grant met Lee in the wilderness.");
            assertThat(store.chronicle().mentions("Lee", 1)).hasSize(1);
        }
    }

    @Test
    void aCollectionKeyNamesItsEntityForTheTimelineTheProfileAndTheMentions(@TempDir Path dir) {
        try (Store store = filled(dir)) {
            var chronicle = store.chronicle();
            String key = chronicle.who("Lee").orElseThrow().key();
            assertThat(key).contains(":");

            assertThat(chronicle.who(key).orElseThrow().name()).isEqualTo("Lee");
            assertThat(chronicle.timeline(new TimelineQuery(Optional.of(key), Optional.empty(), Optional.empty())))
                    .extracting(TimelineRow::value).containsExactly("1864-05-05");
            assertThat(chronicle.mentions(key, 10)).hasSize(2);
            assertThatThrownBy(() -> chronicle.mentions("person:nobody", 10)).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("no entity named 'person:nobody'");
            assertThatThrownBy(() -> chronicle.mentions(key, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aDocumentsTextIsReadByItsId(@TempDir Path dir) {
        try (Store store = filled(dir)) {
            var chronicle = store.chronicle();
            long a = store.documents().get(0).id();

            assertThat(chronicle.document(a).text()).isIn(A, B);
            assertThatThrownBy(() -> chronicle.document(999)).isInstanceOf(NotFoundException.class)
                    .hasMessage("no document 999");
        }
    }
}
