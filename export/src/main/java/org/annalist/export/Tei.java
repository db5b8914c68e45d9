package org.annalist.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * One stored document as TEI P5: paragraphs (transcript turns as sp/speaker), each heading opening a div
 * nested by heading level,
 * names as persName / orgName / placeName (other mentions as rs) pointing with @ref to the
 * standOff's listPerson / listOrg / listPlace, dates with @when or @notBefore/@notAfter,
 * quotations as said (@who when the speaker is known), note calls as ref to the notes in back.
 * A span that crosses another already open (or its block), or a quotation inside a name or date
 * (where TEI admits no said), is left out of the inline markup and counted; the text is never lost.
 */
public final class Tei {

    public static final String NS = Cmif.TEI;
    private static final Pattern CALENDAR = Pattern.compile("-?\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Set<String> PLACES = Set.of("GPE", "LOC", "FAC");
    private static final int SAID = 0;
    private static final int REF = 3;

    /** The TEI document, how many inline spans it encodes and how many it left out because they cross. */
    public record Rendered(String xml, int placed, int crossing) {
    }

    /** An inline span to encode: its rank breaks ties (outer first) at the same start and end. */
    private record Inline(int start, int end, int rank, Emit open) {
    }

    private interface Emit {
        void open(Xml x) throws XMLStreamException;
    }

    private Tei() {
    }

    /** {@return the TEI of {@code doc}} */
    public static Rendered render(TeiSource doc) {
        String text = doc.text();
        String prefix = "d" + TimelineJs.slug(doc.name()).replaceAll("[^A-Za-z0-9_.-]", "_") + "-";
        Map<String, TeiSource.EntityRef> entities = new LinkedHashMap<>();
        doc.entities().forEach(e -> entities.put(e.key(), e));
        Map<String, String> ids = new HashMap<>();
        for (TeiSource.EntityRef e : doc.entities()) {
            if (!e.type().equals("MISC")) ids.put(e.key(), prefix + "e" + (ids.size() + 1));
        }
        List<Inline> inlines = new ArrayList<>();
        for (TeiSource.QuoteSpan q : doc.quotes()) {
            Optional<String> who = q.speaker().map(ids::get);
            inlines.add(new Inline(q.start(), q.end(), SAID, x -> {
                x.start("said");
                if (who.isPresent()) x.attr("who", "#" + who.get());
            }));
        }
        for (TeiSource.TimexSpan t : doc.timexes()) {
            inlines.add(new Inline(t.start(), t.end(), 1, x -> {
                x.start("date");
                if (CALENDAR.matcher(t.value()).matches()) {
                    x.attr("when", t.value());
                } else if (t.from().isPresent() && t.to().isPresent()) {
                    x.attr("notBefore", t.from().get()).attr("notAfter", t.to().get());
                }
            }));
        }
        for (TeiSource.MentionSpan m : doc.mentions()) {
            TeiSource.EntityRef e = entities.get(m.key());
            String type = e == null ? "MISC" : e.type();
            String element = !m.kind().equalsIgnoreCase("NAME") ? "rs" : type.equals("PERSON") ? "persName"
                    : type.equals("ORG") ? "orgName" : PLACES.contains(type) ? "placeName" : "name";
            String ref = ids.get(m.key());
            inlines.add(new Inline(m.start(), m.end(), 2, x -> {
                x.start(element);
                if (element.equals("rs")) x.attr("type", m.kind().toLowerCase(java.util.Locale.ROOT));
                if (ref != null) x.attr("ref", "#" + ref);
            }));
        }
        Map<String, String> noteIds = new HashMap<>();
        for (TeiSource.NoteBody n : doc.notes()) noteIds.put(n.id(), prefix + "n" + (noteIds.size() + 1));
        for (TeiSource.CallSpan c : doc.calls()) {
            Optional<String> target = c.noteId().map(noteIds::get);
            inlines.add(new Inline(c.start(), c.end(), REF, x -> {
                x.start("ref").attr("type", "noteAnchor").attr("n", c.marker());
                if (target.isPresent()) x.attr("target", "#" + target.get());
            }));
        }
        inlines.sort(Comparator.comparingInt(Inline::start).thenComparing(Comparator.comparingInt(Inline::end).reversed())
                .thenComparingInt(Inline::rank));
        int[] counts = new int[2];
        String xml = Xml.document(x -> {
            x.start("TEI").ns(NS);
            header(x, doc);
            standOff(x, doc, ids);
            x.start("text").start("body");
            TeiSource.Turn open = null;
            // TEI admits a head only at the start of a division: each heading opens a div, closing those of its level or deeper
            Deque<Integer> divs = new ArrayDeque<>();
            List<TeiSource.Block> blocks = blocks(doc);
            if (blocks.isEmpty()) x.start("p").end();
            for (TeiSource.Block b : blocks) {
                TeiSource.Turn turn = b.heading() ? null : doc.turns().stream()
                        .filter(t -> t.start() <= b.start() && b.start() < t.end()).findFirst().orElse(null);
                if (open != null && turn != open) x.end();
                if (b.heading()) {
                    while (!divs.isEmpty() && divs.peek() >= b.level()) {
                        divs.pop();
                        x.end();
                    }
                    x.start("div");
                    divs.push(b.level());
                }
                int from = b.start();
                if (turn != null && turn != open) {
                    // the label and the colon after it are the speaker; the space after them separates
                    int labelEnd = turn.labelEnd();
                    while (labelEnd < b.end() && (text.charAt(labelEnd) == ':' || text.charAt(labelEnd) == '.')) labelEnd++;
                    x.start("sp").start("speaker").text(text.substring(turn.labelStart(), labelEnd)).end();
                    if (labelEnd > from && labelEnd <= b.end()) {
                        from = labelEnd;
                        while (from < b.end() && Character.isWhitespace(text.charAt(from))) from++;
                    }
                }
                open = turn;
                if (b.heading()) x.start("head").attr("n", Integer.toString(b.level()));
                else x.start("p");
                inline(x, text, from, b.end(), inlines, counts);
                x.end();
            }
            if (open != null) x.end();
            for (int i = divs.size(); i > 0; i--) x.end();
            x.end();
            if (!doc.notes().isEmpty()) {
                x.start("back").start("div").attr("type", "notes");
                for (TeiSource.NoteBody n : doc.notes()) {
                    x.start("note").xmlId(noteIds.get(n.id())).attr("n", n.marker()).text(n.body()).end();
                }
                x.end().end();
            }
            x.end().end();
        });
        int inBlocks = 0;
        for (Inline i : inlines) {
            for (TeiSource.Block b : blocks(doc)) {
                if (b.start() <= i.start() && i.start() < b.end()) {
                    inBlocks++;
                    break;
                }
            }
        }
        return new Rendered(xml, counts[0], inBlocks - counts[0]);
    }

    /** Headings and paragraphs by offset; paragraphs inside a heading or a note are left to those. */
    static List<TeiSource.Block> blocks(TeiSource doc) {
        List<TeiSource.Block> out = new ArrayList<>();
        for (TeiSource.Block b : doc.blocks()) {
            if (b.end() <= b.start()) continue;
            boolean covered = !b.heading() && (doc.blocks().stream().anyMatch(h -> h.heading() && h.start() < b.end()
                    && b.start() < h.end()) || doc.notes().stream().anyMatch(n -> n.start() <= b.start() && b.end() <= n.end()));
            if (!covered) out.add(b);
        }
        out.sort(Comparator.comparingInt(TeiSource.Block::start));
        return out;
    }

    private static void inline(Xml x, String text, int from, int to, List<Inline> all, int[] counts)
            throws XMLStreamException {
        Deque<Inline> stack = new ArrayDeque<>();
        int cursor = from;
        for (Inline i : all) {
            if (i.start() < from || i.start() >= to) continue;
            while (!stack.isEmpty() && stack.peek().end() <= i.start()) {
                x.text(text.substring(cursor, stack.peek().end()));
                cursor = stack.pop().end();
                x.end();
            }
            int limit = stack.isEmpty() ? to : stack.peek().end();
            if (i.end() > limit || i.end() <= i.start()) continue;
            // TEI admits said (model.inter) in p, head and ref, not in a name, rs or date (macro.phraseSeq)
            if (i.rank() == SAID && stack.stream().anyMatch(o -> o.rank() != SAID && o.rank() != REF)) continue;
            x.text(text.substring(cursor, i.start()));
            cursor = i.start();
            i.open().open(x);
            stack.push(i);
            counts[0]++;
        }
        while (!stack.isEmpty()) {
            x.text(text.substring(cursor, stack.peek().end()));
            cursor = stack.pop().end();
            x.end();
        }
        x.text(text.substring(cursor, to));
    }

    private static void header(Xml x, TeiSource doc) throws XMLStreamException {
        x.start("teiHeader").start("fileDesc");
        x.start("titleStmt").leaf("title", doc.name()).end();
        x.start("publicationStmt").leaf("p", "Encoded by annalist from its store.").end();
        x.start("sourceDesc").leaf("p", doc.path()).end();
        x.end().end();
    }

    private static void standOff(Xml x, TeiSource doc, Map<String, String> ids) throws XMLStreamException {
        List<TeiSource.EntityRef> persons = doc.entities().stream().filter(e -> e.type().equals("PERSON")).toList();
        List<TeiSource.EntityRef> orgs = doc.entities().stream().filter(e -> e.type().equals("ORG")).toList();
        List<TeiSource.EntityRef> places = doc.entities().stream().filter(e -> PLACES.contains(e.type())).toList();
        if (persons.isEmpty() && orgs.isEmpty() && places.isEmpty()) return;
        x.start("standOff");
        list(x, "listPerson", "person", "persName", persons, ids);
        list(x, "listOrg", "org", "orgName", orgs, ids);
        list(x, "listPlace", "place", "placeName", places, ids);
        x.end();
    }

    private static void list(Xml x, String list, String item, String name, List<TeiSource.EntityRef> es,
                             Map<String, String> ids) throws XMLStreamException {
        if (es.isEmpty()) return;
        x.start(list);
        for (TeiSource.EntityRef e : es) {
            x.start(item).xmlId(ids.get(e.key()));
            if (e.type().equals("FAC")) x.attr("type", "facility");
            x.leaf(name, e.name()).end();
        }
        x.end();
    }
}
