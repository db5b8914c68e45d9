package org.annalist.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.store.Store;
import org.annalist.store.StoredDocument;
import org.annalist.store.query.Chronicle;
import org.annalist.store.query.DocumentPage;
import org.annalist.store.query.TimelineQuery;

/**
 * Reads a store through its {@link Chronicle} (SQLite or PostgreSQL alike) and renders it in one
 * format: the files to write, nothing written.
 */
public final class Exporter {

    private Exporter() {
    }

    /** {@return the files of the store at {@code db} (a file or a PostgreSQL URL) exported to {@code format}}; fails when db is no store */
    public static List<ExportFile> export(Path db, ExportFormat format) {
        try (Store store = Store.openExisting(db)) {
            return export(store.chronicle(), "annalist chronicle of " + db.getFileName(), format);
        }
    }

    /** {@return the chronicle exported to {@code format} under {@code title}} */
    public static List<ExportFile> export(Chronicle chronicle, String title, ExportFormat format) {
        return switch (format) {
            case TIMELINEJS -> List.of(new ExportFile("timeline.json", TimelineJs.render(title,
                    chronicle.timeline(TimelineQuery.ALL), chronicle.events(TimelineQuery.ALL))));
            case GEXF -> List.of(new ExportFile("communications.gexf", Gexf.render(title, chronicle.messages())));
            case WEBANNO -> List.of(new ExportFile("annotations.jsonld", WebAnnotations.render(title, spans(chronicle))));
            case CMIF -> List.of(new ExportFile("correspondence.xml", Cmif.render(title, LocalDate.now().toString(),
                    chronicle.messages())));
            case TEI -> tei(teiSources(chronicle));
            case JSON -> List.of(new ExportFile("chronicle.json", ChronicleJson.render(spans(chronicle),
                    chronicle.directory().entities(Optional.empty()), chronicle.timeline(TimelineQuery.ALL),
                    chronicle.messages(), paths(chronicle))));
            case PALLADIO -> Palladio.render(chronicle.directory().entities(Optional.empty()),
                    chronicle.timeline(TimelineQuery.ALL), chronicle.messages());
        };
    }

    /** {@return one TEI file per document, named after it; names that would clash get a number} */
    static List<ExportFile> tei(List<TeiSource> docs) {
        Set<String> used = new HashSet<>();
        List<ExportFile> out = new ArrayList<>();
        for (TeiSource d : docs) {
            String base = TimelineJs.slug(d.name());
            String name = base + ".tei.xml";
            for (int n = 2; !used.add(name); n++) name = base + "-" + n + ".tei.xml";
            out.add(new ExportFile(name, Tei.render(d).xml()));
        }
        return out;
    }

    /** {@return the path of each stored document, by id} */
    static Map<Long, String> paths(Chronicle chronicle) {
        Map<Long, String> out = new HashMap<>();
        chronicle.documents().forEach(d -> out.put(d.id(), d.path()));
        return out;
    }

    /** {@return each document, by name, with its mentions, temporal expressions and quotations by offset} */
    static List<DocumentSpans> spans(Chronicle chronicle) {
        List<DocumentSpans> out = new ArrayList<>();
        for (StoredDocument d : chronicle.documents()) {
            DocumentPage doc = chronicle.document(d.id());
            List<TextSpan> spans = new ArrayList<>();
            for (DocumentPage.EntityLayer e : doc.entities()) {
                e.mentions().forEach(m -> spans.add(new TextSpan("mention", m.start(), m.end(), e.name(), e.type())));
            }
            doc.timexes().forEach(t -> spans.add(new TextSpan("timex", t.start(), t.end(), t.value(), t.type())));
            doc.quotes().forEach(q -> spans.add(new TextSpan("quote", q.start(), q.end(),
                    q.speaker().map(p -> p.name()).orElse(""), q.kind())));
            spans.sort(Comparator.comparingInt(TextSpan::start).thenComparingInt(TextSpan::end)
                    .thenComparing(TextSpan::kind).thenComparing(TextSpan::label));
            out.add(new DocumentSpans(d.name(), d.path(), doc.text(), spans));
        }
        return out;
    }

    /** {@return each document, by name, with the layers of its TEI encoding} */
    static List<TeiSource> teiSources(Chronicle chronicle) {
        List<TeiSource> out = new ArrayList<>();
        for (StoredDocument d : chronicle.documents()) {
            DocumentPage doc = chronicle.document(d.id());
            List<TeiSource.Block> blocks = doc.blocks().stream().filter(b -> !b.kind().equals("blockquote"))
                    .map(b -> new TeiSource.Block(b.start(), b.end(), b.kind().equals("heading"), b.level().orElse(0)))
                    .toList();
            List<TeiSource.MentionSpan> mentions = new ArrayList<>();
            doc.entities().forEach(e -> e.mentions().forEach(m ->
                    mentions.add(new TeiSource.MentionSpan(m.start(), m.end(), e.key(), m.kind()))));
            mentions.sort(Comparator.comparingInt(TeiSource.MentionSpan::start).thenComparingInt(TeiSource.MentionSpan::end));
            out.add(new TeiSource(d.name(), d.path(), doc.text(), blocks,
                    doc.turns().stream().map(t -> new TeiSource.Turn(t.start(), t.end(), t.labelStart(), t.labelEnd(),
                            t.speaker())).toList(),
                    doc.entities().stream().map(e -> new TeiSource.EntityRef(e.key(), e.name(), e.type()))
                            .sorted(Comparator.comparing(TeiSource.EntityRef::key)).toList(),
                    mentions,
                    doc.timexes().stream().map(t -> new TeiSource.TimexSpan(t.start(), t.end(), t.value(), t.from(), t.to()))
                            .toList(),
                    doc.quotes().stream().map(q -> new TeiSource.QuoteSpan(q.start(), q.end(), q.speakerKey())).toList(),
                    doc.noteCalls().stream().map(c -> new TeiSource.CallSpan(c.start(), c.end(), c.marker(), c.noteId()))
                            .toList(),
                    doc.notes().stream().map(n -> new TeiSource.NoteBody(n.id(), n.marker(), n.start(), n.end(), n.body()))
                            .toList()));
        }
        return out;
    }
}
