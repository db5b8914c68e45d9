package org.annalist.export;

import java.nio.file.Path;
import java.util.List;
import org.annalist.store.Store;
import org.annalist.store.query.EventRow;
import org.annalist.store.query.TimelineQuery;
import org.annalist.store.query.TimelineRow;

/** Reads a store and renders it in one format: the files to write, nothing written. */
public final class Exporter {

    private Exporter() {
    }

    /** {@return the files of the store in {@code db} exported to {@code format}}; fails when db is no store */
    public static List<ExportFile> export(Path db, ExportFormat format) {
        // fails with the store's own message when db is missing or not a store; the readers then only read
        Store.openExisting(db).close();
        String title = "annalist chronicle of " + db.getFileName();
        return switch (format) {
            case TIMELINEJS -> List.of(new ExportFile("timeline.json", TimelineJs.render(title, timeline(db), events(db))));
            case GEXF -> List.of(new ExportFile("communications.gexf", Gexf.render(title, StoredCommunications.read(db))));
            case WEBANNO -> List.of(new ExportFile("annotations.jsonld", WebAnnotations.render(title, StoredSpans.read(db))));
            case CMIF -> List.of(new ExportFile("correspondence.xml", Cmif.render(title, java.time.LocalDate.now().toString(),
                    StoredCommunications.read(db))));
            case TEI -> tei(StoredTei.read(db));
            case JSON -> List.of(new ExportFile("chronicle.json", ChronicleJson.render(StoredSpans.read(db),
                    StoredEntities.read(db), timeline(db), StoredCommunications.read(db))));
            case PALLADIO -> Palladio.render(StoredEntities.read(db), timeline(db), StoredCommunications.read(db));
        };
    }

    /** {@return one TEI file per document, named after it; names that would clash get a number} */
    static List<ExportFile> tei(List<TeiSource> docs) {
        java.util.Set<String> used = new java.util.HashSet<>();
        List<ExportFile> out = new java.util.ArrayList<>();
        for (TeiSource d : docs) {
            String base = TimelineJs.slug(d.name());
            String name = base + ".tei.xml";
            for (int n = 2; !used.add(name); n++) name = base + "-" + n + ".tei.xml";
            out.add(new ExportFile(name, Tei.render(d).xml()));
        }
        return out;
    }

    /** {@return the events of the store, in time order} */
    static List<EventRow> events(Path db) {
        try (Store store = Store.openExisting(db)) {
            return store.chronicle().events(TimelineQuery.ALL);
        }
    }

    /** {@return the dated, non-vague rows of the store, in time order} */
    static List<TimelineRow> timeline(Path db) {
        try (Store store = Store.openExisting(db)) {
            return store.chronicle().timeline(TimelineQuery.ALL);
        }
    }
}
