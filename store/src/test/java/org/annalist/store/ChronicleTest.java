package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Span;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Metonymy;
import org.annalist.model.layer.TimeInterval;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.TimexType;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.Tokens;
import org.annalist.store.query.NotFoundException;
import org.annalist.store.query.Profile;
import org.annalist.store.query.SearchHit;
import org.annalist.store.query.TimelineQuery;
import org.annalist.store.query.TimelineRow;
import org.annalist.store.resolve.Curation;
import org.annalist.store.resolve.ResolveReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronicleTest {

    private static final String A = "On 1863-07-04 Grant took the town.[12] Lee withdrew.\n\nOn 1863-05-01 Grant crossed the river.";
    private static final String B = "On 1864-05-05 General Grant met Lee in the wilderness. Nothing else.";

    private static Store filled(Path dir, Curation curation) {
        Store store = Store.open(dir.resolve("c.db"));
        store.put(Samples.source("a.txt", A), Samples.annotated("a.txt", A, "Grant", "Lee"));
        store.put(Samples.source("b.txt", B), Samples.annotated("b.txt", B, "General Grant", "Lee"));
        store.resolve(curation);
        return store;
    }

    @Test
    void theTimelineSaysHowEachDateWasResolvedAndWhichFallOutsideTheStorysYears(@TempDir Path dir) {
        // a preface dated 1919, a story of 1918 whose "January 3" was carried into 1919 by the story's order
        String text = "Paris, 1919-03-03.\n\nOn 1918-11-03 we marched. On 1919-01-03 we crossed.";
        AnnotatedText plain = Samples.annotated("m.txt", text);
        List<Timex> dated = plain.layer(Timexes.class).items();
        Timex preface = withHow(dated.get(0), org.annalist.model.layer.Certainty.STATED, org.annalist.model.Matter.FRONT);
        Timex stated = withHow(dated.get(1), org.annalist.model.layer.Certainty.STATED, org.annalist.model.Matter.BODY);
        Timex slipped = withHow(dated.get(2), org.annalist.model.layer.Certainty.STORY_ORDER, org.annalist.model.Matter.BODY);
        Timexes layer = new Timexes(List.of(preface, stated, slipped),
                Optional.of(TimeInterval.of(LocalDate.of(1918, 1, 1), LocalDate.of(1918, 12, 31))));
        try (Store store = Store.open(dir.resolve("m.db"))) {
            store.put(Samples.source("m.txt", text), AnnotatedText.of(plain.document()).with(plain.layer(Tokens.class)).with(layer));

            List<TimelineRow> rows = store.chronicle().timeline(TimelineQuery.ALL);
            assertThat(rows).extracting(r -> r.value() + " " + r.certainty().orElseThrow() + " " + r.matter().orElseThrow()
                    + (r.outsideFrame() ? " outside" : "")).containsExactly(
                    "1918-11-03 stated body", "1919-01-03 story_order body outside", "1919-03-03 stated front");
            assertThat(store.chronicle().timeline(new TimelineQuery(Optional.empty(), Optional.empty(), Optional.empty(), true)))
                    .extracting(TimelineRow::value).containsExactly("1919-01-03");
        }
    }

    private static Timex withHow(Timex t, org.annalist.model.layer.Certainty certainty, org.annalist.model.Matter matter) {
        return new Timex(t.span(), t.type(), t.value(), t.anchor(), t.interval(), t.granularity(), t.mod(), t.vague(), certainty, matter);
    }

    @Test
    void theTimelineIsInTimeOrderWithSentenceAndEndnote(@TempDir Path dir) {
        try (Store store = filled(dir, Curation.NONE)) {
            var rows = store.chronicle().timeline(TimelineQuery.ALL);

            assertThat(rows).extracting(TimelineRow::value).containsExactly("1863-05-01", "1863-07-04", "1864-05-05");
            TimelineRow july = rows.get(1);
            assertThat(july.source().document()).isEqualTo("a.txt");
            assertThat(july.source().start()).isEqualTo(A.indexOf("1863-07-04"));
            assertThat(july.sentence()).isEqualTo("On 1863-07-04 Grant took the town.");
            assertThat(july.note()).hasValueSatisfying(n -> assertThat(n.marker()).isEqualTo("12"));
            assertThat(rows.get(0).note()).isEmpty();
        }
    }

    @Test
    void yearsBeforeChristSortInTimeOrder(@TempDir Path dir) {
        String text = "Caesar fell. Sulla ruled.";
        var base = Samples.annotated("bc.txt", text);
        var timexes = new Timexes(List.of(
                bc(0, 6, "BC0043", -43), bc(13, 18, "BC0099", -99)));
        var doc = AnnotatedText.of(base.document())
                .with(base.layer(Tokens.class)).with(timexes);
        try (Store store = Store.open(dir.resolve("bc.db"))) {
            store.put(Samples.source("bc.txt", text), doc);
            store.resolve(Curation.NONE);

            assertThat(store.chronicle().timeline(TimelineQuery.ALL)).extracting(TimelineRow::value)
                    .containsExactly("BC0099", "BC0043");
        }
    }

    private static Timex bc(int start, int end, String value, int isoYear) {
        return new Timex(Span.of(start, end),
                TimexType.DATE, value, Optional.empty(),
                Optional.of(TimeInterval.of(LocalDate.of(isoYear, 1, 1), LocalDate.of(isoYear, 12, 31))),
                Granularity.YEAR, Optional.empty(), false);
    }

    @Test
    void theTimelineFiltersByDaysAndByEntity(@TempDir Path dir) {
        try (Store store = filled(dir, Curation.NONE)) {
            var chronicle = store.chronicle();

            assertThat(chronicle.timeline(new TimelineQuery(Optional.empty(), Optional.of(LocalDate.of(1863, 6, 1)),
                    Optional.of(LocalDate.of(1863, 12, 31))))).extracting(TimelineRow::value).containsExactly("1863-07-04");
            assertThat(chronicle.timeline(new TimelineQuery(Optional.of("Lee"), Optional.empty(), Optional.empty())))
                    .extracting(TimelineRow::value).containsExactly("1864-05-05");
            assertThatThrownBy(() -> chronicle.timeline(new TimelineQuery(Optional.of("Nobody"), Optional.empty(),
                    Optional.empty()))).isInstanceOf(NotFoundException.class).hasMessage("no entity named 'Nobody'");
        }
    }

    @Test
    void sameNamesMergeAcrossDocumentsAndCurationMergesAndRenames(@TempDir Path dir) throws java.sql.SQLException {
        try (Store store = filled(dir, Curation.NONE)) {
            Profile lee = store.chronicle().who("lee").orElseThrow();
            assertThat(lee.documents()).extracting(Profile.DocumentMentions::document).containsExactlyInAnyOrder("a.txt", "b.txt");
            assertThat(store.chronicle().who("Grant").orElseThrow().documents()).hasSize(1);

            ResolveReport report = store.resolve(Curation.parse("""
                    merge Grant = General Grant
                    rename Grant -> Ulysses S. Grant
                    rename Nobody -> Someone
                    """, "c.txt"));

            assertThat(report.warnings()).containsExactly("curation line 3: rename: no entity named 'Nobody'");
            assertThat(report.crossDocument()).isEqualTo(2);
            assertThat(StoreTest.stringOf(store.file(), "SELECT group_concat(document || '/' || name, ', ') FROM "
                    + "(SELECT * FROM collection_entity_links WHERE collection_name = 'Ulysses S. Grant' ORDER BY document)"))
                    .isEqualTo("a.txt/Grant, b.txt/General Grant");
            Profile grant = store.chronicle().who("Grant").orElseThrow();
            assertThat(grant.name()).isEqualTo("Ulysses S. Grant");
            assertThat(grant.aliases()).contains("General Grant");
            assertThat(grant.roles()).containsExactly("general");
            assertThat(grant.mentions()).isEqualTo(3);
            assertThat(grant.timeline()).extracting(TimelineRow::value).containsExactly("1863-05-01", "1863-07-04", "1864-05-05");
        }
    }

    @Test
    void entitiesKnownOnlyByNounsStayApartAcrossDocuments(@TempDir Path dir) {
        try (Store store = Store.open(dir.resolve("n.db"))) {
            for (String name : List.of("x.txt", "y.txt")) {
                String text = "The officers met. CORINTH fell. Corinth burned.";
                var base = Samples.annotated(name, text);
                var officers = new Entity("officers", EntityType.PERSON,
                        "officers", List.of(), List.of(new Mention(Span.of(4, 12), "officers",
                        MentionKind.NOMINAL, Metonymy.NONE)));
                var corinth = new Entity("corinth", EntityType.GPE,
                        name.equals("x.txt") ? "CORINTH" : "Corinth", List.of(),
                        List.of(new Mention(Span.of(18, 25), "CORINTH"),
                                new Mention(Span.of(32, 39), "Corinth")));
                var doc = AnnotatedText.of(base.document()).with(base.layer(Tokens.class))
                        .with(new Entities(List.of(officers, corinth)));
                store.put(Samples.source(name, text + name), doc);
            }

            ResolveReport report = store.resolve(Curation.NONE);

            assertThat(report.collectionEntities()).isEqualTo(3);
            assertThat(report.crossDocument()).isEqualTo(1);
            assertThat(store.chronicle().who("corinth").orElseThrow().name()).isEqualTo("Corinth");
        }
    }

    @Test
    void searchFindsParagraphsWithTheMatchAndItsEndnote(@TempDir Path dir) {
        try (Store store = filled(dir, Curation.NONE)) {
            var hits = store.chronicle().search("TOWN", 10);

            assertThat(hits).hasSize(1);
            SearchHit hit = hits.get(0);
            assertThat(hit.source().document()).isEqualTo("a.txt");
            assertThat(A.substring(hit.source().start(), hit.source().end())).isEqualTo("town");
            assertThat(hit.snippet()).contains("[town]");
            assertThat(hit.note()).hasValueSatisfying(n -> assertThat(n.marker()).isEqualTo("12"));
            assertThat(store.chronicle().search("wilderness river", 10)).isEmpty();
            assertThatThrownBy(() -> store.chronicle().search("--", 10)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
