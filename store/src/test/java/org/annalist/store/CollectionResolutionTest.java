package org.annalist.store;

import static org.annalist.store.StoreTest.longOf;
import static org.annalist.store.StoreTest.stringOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.annalist.store.resolve.Curation;
import org.annalist.store.resolve.EntityResolver;
import org.annalist.store.resolve.ResolveReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cross-document resolution on small documents written here: name, type and context, with a confidence. */
class CollectionResolutionTest {

    private static final String MARCH = "Mary Holt led the column from Fort Ames with Anna Reed. "
            + "Mary Holt and Anna Reed crossed the ford near Tom Pike. Tom Pike held the ridge.";
    private static final String LETTERS = "In her letters Mary Holt praised Anna Reed. "
            + "Later Mary Holt sent Tom Pike to the ford.";
    private static final String GRAIN = "Holt sold grain to Ned Cole at the market. Ned Cole paid in silver.";
    private static final String HARBOUR = "Holt painted the harbour for Lucy Vane. Lucy Vane hung it in the hall.";

    @Test
    void oneFullNameInTwoDocumentsWithSharedContextIsOneEntityWithHighConfidence(@TempDir Path dir) throws SQLException {
        Path db = dir.resolve("a.db");
        try (Store store = Store.open(db)) {
            store.put(Samples.source("march.txt", MARCH), Samples.annotated("march.txt", MARCH, "Mary Holt", "Anna Reed", "Tom Pike"));
            store.put(Samples.source("letters.txt", LETTERS), Samples.annotated("letters.txt", LETTERS, "Mary Holt", "Anna Reed", "Tom Pike"));
            store.resolve(Curation.NONE);
        }

        assertThat(longOf(db, "SELECT count(*) FROM collection_entities WHERE name = 'Mary Holt'")).isEqualTo(1);
        assertThat(longOf(db, "SELECT count(*) FROM collection_members cm JOIN collection_entities ce "
                + "ON ce.id = cm.collection_id WHERE ce.name = 'Mary Holt'")).isEqualTo(2);
        double confidence = Double.parseDouble(stringOf(db, "SELECT confidence FROM collection_entities WHERE name = 'Mary Holt'"));
        assertThat(confidence).isGreaterThanOrEqualTo(0.9).isLessThanOrEqualTo(1.0);
        assertThat(Double.parseDouble(stringOf(db, "SELECT min(cm.confidence) FROM collection_members cm "
                + "JOIN collection_entities ce ON ce.id = cm.collection_id WHERE ce.name = 'Mary Holt'"))).isEqualTo(confidence);
    }

    @Test
    void aBareSurnameInTwoUnrelatedDocumentsStaysTwoEntities(@TempDir Path dir) throws SQLException {
        Path db = dir.resolve("a.db");
        ResolveReport report;
        try (Store store = Store.open(db)) {
            store.put(Samples.source("grain.txt", GRAIN), Samples.annotated("grain.txt", GRAIN, "Holt", "Ned Cole"));
            store.put(Samples.source("harbour.txt", HARBOUR), Samples.annotated("harbour.txt", HARBOUR, "Holt", "Lucy Vane"));
            report = store.resolve(Curation.NONE);
        }

        assertThat(report.crossDocument()).isZero();
        assertThat(stringOf(db, "SELECT group_concat(entity_key, ' ') FROM (SELECT entity_key FROM collection_entities "
                + "WHERE name = 'Holt' ORDER BY entity_key)")).isEqualTo("person:holt person:holt#2");
        assertThat(longOf(db, "SELECT count(*) FROM collection_entities WHERE name = 'Holt' AND confidence = 1.0")).isEqualTo(2);
    }

    @Test
    void aBareSurnameWithTheSameCompanyInTwoDocumentsIsOneEntity(@TempDir Path dir) throws SQLException {
        String other = "Holt bought grain from Ned Cole. Ned Cole sent it to Lucy Vane. Lucy Vane thanked Holt and Tom Pike.";
        String more = "Holt met Ned Cole, Lucy Vane and Tom Pike at the market.";
        Path db = dir.resolve("a.db");
        try (Store store = Store.open(db)) {
            store.put(Samples.source("a.txt", other), Samples.annotated("a.txt", other, "Holt", "Ned Cole", "Lucy Vane", "Tom Pike"));
            store.put(Samples.source("b.txt", more), Samples.annotated("b.txt", more, "Holt", "Ned Cole", "Lucy Vane", "Tom Pike"));
            store.resolve(Curation.NONE);
        }

        assertThat(longOf(db, "SELECT count(*) FROM collection_entities WHERE name = 'Holt'")).isEqualTo(1);
        assertThat(Double.parseDouble(stringOf(db, "SELECT confidence FROM collection_entities WHERE name = 'Holt'")))
                .isGreaterThanOrEqualTo(EntityResolver.THRESHOLD).isLessThan(1.0);
    }

    @Test
    void aCuratedMergeJoinsNamesakesWithConfidenceOne(@TempDir Path dir) throws SQLException {
        Path db = dir.resolve("a.db");
        try (Store store = Store.open(db)) {
            store.put(Samples.source("grain.txt", GRAIN), Samples.annotated("grain.txt", GRAIN, "Holt", "Ned Cole"));
            store.put(Samples.source("harbour.txt", HARBOUR), Samples.annotated("harbour.txt", HARBOUR, "Holt", "Lucy Vane"));
            store.resolve(Curation.parse("merge Holt = Holt", "curation.txt"));
        }

        assertThat(longOf(db, "SELECT count(*) FROM collection_entities WHERE name = 'Holt'")).isEqualTo(1);
        assertThat(stringOf(db, "SELECT confidence || ' ' || curated FROM collection_entities WHERE name = 'Holt'")).isEqualTo("1.0 1");
        assertThat(longOf(db, "SELECT count(*) FROM collection_members WHERE confidence = 1.0")).isEqualTo(4);
    }
}
