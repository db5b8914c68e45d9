package org.annalist.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.BlockQuote;
import org.annalist.model.CallStyle;
import org.annalist.model.Heading;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;
import org.annalist.read.structure.PlainTextStructure;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a TEI P5 document (root {@code TEI} or {@code teiCorpus}) with a safe XML parser
 * ({@link SafeXml}: a DOCTYPE is refused). The text is that of {@code text} (front, body,
 * back; the {@code teiHeader} is left out). {@code head} gives a Heading (level = the
 * number of enclosing divisions), {@code p}/{@code ab} a paragraph, block-level
 * {@code quote}/{@code cit} a BlockQuote, {@code sp} with a {@code speaker} a
 * TranscriptTurn. Each {@code note} is taken out of the running text: its marker
 * ({@code @n}, or a running number) stands in its place as a {@link CallStyle#MARKUP} call,
 * and the notes follow the text as a notes section ({@code "1. body"}), set aside as
 * NOTES and linked to their calls. A note that a {@code ref} or {@code ptr} points to
 * ({@code target="#id"}) is called there instead (the ref's text, or the marker for a ptr).
 * {@code lb} is a line break unless {@code break="no"}. Traversal is iterative, so nesting depth is no risk.
 */
public final class TeiReader implements SourceReader {

    private final ReadLimits limits;

    public TeiReader(ReadLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    public TeiReader() {
        this(ReadLimits.DEFAULT);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.TEI;
    }

    @Override
    public SourceDocument read(String name, byte[] bytes) throws ReadException {
        limits.checkSize(name, format(), bytes.length);
        Document doc = SafeXml.parse(name, bytes);
        Element root = doc.getDocumentElement();
        String rootName = localName(root);
        if (!isTeiRoot(rootName)) {
            throw new ReadException(name, ReadException.Kind.UNSUPPORTED,
                    "not a TEI document (root element <" + rootName + ">, expected <TEI>)");
        }
        Extraction x = new Extraction();
        x.findReferencedNotes(doc);
        x.walk(root);
        x.writeNotes();
        String extracted = x.out.text();
        if (extracted.isBlank()) throw new ReadException(name, ReadException.Kind.EMPTY, "TEI document has no text");
        String encoding = doc.getInputEncoding() != null ? doc.getInputEncoding() : "UTF-8";
        SourceText text = new SourceText(name, extracted, SourceFormat.TEI, encoding, false);
        return new SourceDocument(text,
                StructureMerge.mergeMarkup(x.structure(extracted), PlainTextStructure.detect(extracted)))
                .withAuthor(author(root));
    }

    /** {@return the first {@code <author>} of the header's {@code <titleStmt>}}, if any */
    private static Optional<String> author(Element root) {
        for (Element header : SafeXml.elements(root, "teiHeader")) {
            for (Element title : SafeXml.elements(header, "titleStmt")) {
                for (Element author : SafeXml.elements(title, "author")) return AuthorLine.clean(author.getTextContent());
            }
        }
        return Optional.empty();
    }

    /** {@return true for the root element names of TEI documents} */
    static boolean isTeiRoot(String localName) {
        return localName.equals("TEI") || localName.equals("teiCorpus") || localName.equals("TEI.2");
    }

    private static final Set<String> SKIPPED = Set.of("teiHeader", "fw", "facsimile", "sourceDoc", "standOff",
            "figDesc", "interp", "interpGrp", "link", "linkGrp", "join", "alt", "certainty", "respons");
    /** read instead the regularised, expanded or corrected reading of a {@code choice} */
    private static final Set<String> CHOICE_SKIPPED = Set.of("sic", "orig", "abbr");
    private static final Set<String> BLOCKS = Set.of("text", "front", "body", "back", "group", "div", "div1", "div2",
            "div3", "div4", "div5", "div6", "div7", "head", "p", "ab", "lg", "list", "item", "table", "row", "sp",
            "castList", "castItem", "closer", "opener", "salute", "signed", "dateline", "byline", "docTitle",
            "titlePage", "titlePart", "docAuthor", "docImprint", "argument", "epigraph", "trailer", "floatingText",
            "postscript", "listBibl", "bibl", "stage", "label");
    private static final Set<String> BLOCK_PARENTS = Set.of("text", "front", "body", "back", "group", "div", "div1",
            "div2", "div3", "div4", "div5", "div6", "div7", "sp", "lg", "epigraph", "floatingText", "argument",
            "opener", "closer", "postscript", "item");

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private static String localName(Node n) {
        String local = n.getLocalName();
        return local != null ? local : n.getNodeName();
    }

    /** one pass over the document, then the notes */
    private static final class Extraction {
        private record Frame(Node node, boolean exit, int start) {
        }

        private record PendingNote(Element element, String id, String marker) {
        }

        final TextBuilder out = new TextBuilder();
        private final List<Heading> headings = new ArrayList<>();
        private final List<BlockQuote> quotes = new ArrayList<>();
        private final List<TranscriptTurn> turns = new ArrayList<>();
        private final List<NoteCall> calls = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private final Deque<PendingNote> pending = new ArrayDeque<>();
        private final Set<String> usedIds = new HashSet<>();
        private final java.util.Map<String, Element> referencedNotes = new java.util.HashMap<>();
        private final java.util.Map<Element, PendingNote> pendingByNote = new java.util.IdentityHashMap<>();
        private int noteCount;
        private int quoteDepth;
        private Span speakerLabel;

        /** Finds the notes that {@code ref} or {@code ptr} elements point to; those calls stand for them. */
        void findReferencedNotes(Document doc) {
            java.util.Map<String, Element> notesById = new java.util.HashMap<>();
            List<Element> refs = new ArrayList<>();
            for (Element e : SafeXml.elements(doc.getDocumentElement(), "note", "ref", "ptr")) {
                if (localName(e).equals("note")) {
                    String id = e.getAttributeNS(XML_NS, "id");
                    if (!id.isEmpty()) notesById.put(id, e);
                } else {
                    refs.add(e);
                }
            }
            for (Element ref : refs) {
                String id = targetId(ref);
                if (notesById.containsKey(id)) referencedNotes.put(id, notesById.get(id));
            }
        }

        private static String targetId(Element ref) {
            String target = ref.getAttribute("target").strip();
            return target.startsWith("#") && !target.contains(" ") ? target.substring(1) : "";
        }

        void walk(Node root) {
            Deque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(root, false, 0));
            while (!stack.isEmpty()) {
                Frame f = stack.pop();
                if (f.exit()) {
                    exit((Element) f.node(), f.start());
                    continue;
                }
                Node node = f.node();
                if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                    out.append(node.getNodeValue(), false);
                    continue;
                }
                if (node.getNodeType() != Node.ELEMENT_NODE) continue;
                Element e = (Element) node;
                if (!enter(e)) continue;
                stack.push(new Frame(e, true, out.length()));
                NodeList children = e.getChildNodes();
                for (int i = children.getLength() - 1; i >= 0; i--) stack.push(new Frame(children.item(i), false, 0));
            }
        }

        /** {@return false when the element's content is to be skipped} */
        private boolean enter(Element e) {
            String tag = localName(e);
            if (SKIPPED.contains(tag)) return false;
            if (CHOICE_SKIPPED.contains(tag) && e.getParentNode() != null
                    && localName(e.getParentNode()).equals("choice")) return false;
            switch (tag) {
                case "note" -> {
                    if (referencedNotes.containsKey(e.getAttributeNS(XML_NS, "id"))) pendingFor(e);
                    else call(e);
                    return false;
                }
                case "ptr" -> {
                    Element note = referencedNotes.get(targetId(e));
                    if (note != null) {
                        PendingNote p = pendingFor(note);
                        out.trimTrailingSpaces();
                        int start = out.length();
                        out.append(p.marker(), true);
                        calls.add(new NoteCall(Span.of(start, out.length()), p.marker(), CallStyle.MARKUP,
                                Optional.of(p.id())));
                    }
                    return false;
                }
                case "lb" -> {
                    if (!e.getAttribute("break").equals("no")) out.lineBreak();
                }
                case "l" -> out.lineBreak();
                case "cell" -> out.space();
                case "speaker" -> speakerLabel = null;
                case "p", "ab" -> {
                    if (insideTurn(e)) {
                        if (isFirstAfterSpeaker(e)) out.space();
                        else out.lineBreak();
                        return true;
                    }
                }
                default -> {
                }
            }
            if (BLOCKS.contains(tag) || isBlockQuote(e)) out.paragraphBreak();
            if (isBlockQuote(e)) quoteDepth++;
            return true;
        }

        private void exit(Element e, int start) {
            String tag = localName(e);
            switch (tag) {
                case "head" -> out.close(start).ifPresent(span -> headings.add(new Heading(span, level(e),
                        collapse(out.substring(span.start(), span.end())))));
                case "speaker" -> {
                    Optional<Span> label = out.close(start);
                    label.ifPresent(span -> {
                        String text = out.substring(span.start(), span.end());
                        int end = text.endsWith(":") || text.endsWith(".") ? span.end() - 1 : span.end();
                        speakerLabel = Span.of(span.start(), Math.max(span.start(), end));
                        out.append(text.endsWith(":") ? " " : ": ", true);
                    });
                }
                case "sp" -> {
                    if (speakerLabel != null) {
                        Span label = speakerLabel;
                        out.close(start).ifPresent(span -> {
                            if (span.contains(label) && label.length() > 0) {
                                turns.add(new TranscriptTurn(span, label,
                                        speakerName(out.substring(label.start(), label.end()))));
                            }
                        });
                    }
                    speakerLabel = null;
                }
                case "l" -> out.lineBreak();
                case "ref" -> {
                    Element note = referencedNotes.get(targetId(e));
                    if (note != null) {
                        PendingNote p = pendingFor(note);
                        Optional<Span> span = out.close(start);
                        if (span.isPresent()) {
                            String marker = out.substring(span.get().start(), span.get().end())
                                    .replaceAll("^\\[|\\]$", "");
                            calls.add(new NoteCall(span.get(), marker.isEmpty() ? p.marker() : marker,
                                    CallStyle.MARKUP, Optional.of(p.id())));
                        }
                    }
                }
                default -> {
                }
            }
            if (isBlockQuote(e)) {
                quoteDepth--;
                if (quoteDepth == 0) out.close(start).ifPresent(span -> quotes.add(new BlockQuote(span)));
            }
            boolean pInTurn = (tag.equals("p") || tag.equals("ab")) && insideTurn(e);
            if ((BLOCKS.contains(tag) && !pInTurn) || isBlockQuote(e)) out.paragraphBreak();
        }

        private void call(Element note) {
            PendingNote p = pendingFor(note);
            out.trimTrailingSpaces();
            int start = out.length();
            out.append(p.marker(), true);
            calls.add(new NoteCall(Span.of(start, out.length()), p.marker(), CallStyle.MARKUP, Optional.of(p.id())));
        }

        /** {@return the queued note for {@code note}}, queued with its marker and id on first sight */
        private PendingNote pendingFor(Element note) {
            PendingNote known = pendingByNote.get(note);
            if (known != null) return known;
            String n = note.getAttribute("n").strip();
            noteCount++;
            String marker = n.isEmpty() || n.length() > 8 ? Integer.toString(noteCount) : n;
            String xmlId = note.getAttributeNS(XML_NS, "id");
            PendingNote p = new PendingNote(note, uniqueId(xmlId.isEmpty() ? "n" + marker : xmlId), marker);
            pendingByNote.put(note, p);
            pending.add(p);
            return p;
        }

        /** Appends the notes section; notes found inside notes join the queue. */
        void writeNotes() {
            while (!pending.isEmpty()) {
                PendingNote p = pending.poll();
                out.paragraphBreak();
                int start = out.length();
                out.append(p.marker() + ". ", true);
                int bodyStart = out.length();
                NodeList children = p.element().getChildNodes();
                for (int i = 0; i < children.getLength(); i++) walk(children.item(i));
                out.trimTrailingSpaces();
                Optional<Span> span = out.close(start);
                if (span.isEmpty()) continue;
                Span whole = span.get();
                Span body = Span.of(Math.min(bodyStart, whole.end()), whole.end());
                notes.add(new Note(p.id(), p.marker(), whole, body));
            }
        }

        Structure structure(String text) {
            return Structure.EMPTY.withParagraphs(TextBuilder.paragraphs(text)).withHeadings(headings)
                    .withBlockQuotes(quotes).withTurns(turns).withNoteCalls(calls).withNotes(notes)
                    .withSetAside(TextBuilder.noteRegions(text, notes));
        }

        private boolean isBlockQuote(Element e) {
            String tag = localName(e);
            if (!tag.equals("quote") && !tag.equals("cit")) return false;
            Node parent = e.getParentNode();
            if (parent != null && BLOCK_PARENTS.contains(localName(parent))) return true;
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                String name = localName(c);
                if (c.getNodeType() == Node.ELEMENT_NODE && (name.equals("p") || name.equals("lg")
                        || name.equals("l") || name.equals("ab"))) return true;
            }
            return false;
        }

        private static boolean insideTurn(Element e) {
            Node parent = e.getParentNode();
            return parent != null && localName(parent).equals("sp");
        }

        private static boolean isFirstAfterSpeaker(Element e) {
            for (Node s = e.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                if (s.getNodeType() != Node.ELEMENT_NODE) continue;
                return localName(s).equals("speaker");
            }
            return true;
        }

        private static int level(Element head) {
            int level = 0;
            int climbed = 0;
            // stops at level 6 or after 200 ancestors: hostile nesting costs no more
            for (Node n = head.getParentNode(); n != null && level < 6 && climbed++ < 200; n = n.getParentNode()) {
                String name = localName(n);
                if (name.equals("div")) level++;
                else if (name.matches("div[1-7]")) level = Math.max(level, name.charAt(3) - '0');
            }
            return Math.min(6, Math.max(1, level));
        }

        private String uniqueId(String base) {
            String id = base;
            for (int k = 2; !usedIds.add(id); k++) id = base + "-" + k;
            return id;
        }
    }

    /** {@return the label as a name}: {@code STALIN} → {@code Stalin}; mixed case is kept */
    static String speakerName(String label) {
        String s = collapse(label).replaceAll("[:.]$", "");
        if (!s.equals(s.toUpperCase(Locale.ROOT))) return s;
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return b.toString();
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
