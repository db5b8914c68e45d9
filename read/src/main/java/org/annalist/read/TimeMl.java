package org.annalist.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Parses TimeML (TempEval-3's {@code .tml}) safely, as {@link SafeXml} does: the text is the
 * characters of the {@code TEXT} element with every tag removed and entities decoded, kept
 * whole (line breaks included, nothing collapsed), so offsets into it are those of the
 * TempEval-3 tools, which read only {@code TEXT}. The {@code TIMEX3}s inside {@code TEXT} are
 * the document's timexes; the creation time (DCT) is the first {@code TIMEX3} marked
 * {@code functionInDocument="CREATION_TIME"}, else the one inside {@code <DCT>}.
 *
 * <p>Used by {@link TimeMlReader} and by the TimeML gold converter of the eval module, so both
 * see the same characters.
 */
public final class TimeMl {

    private TimeMl() {
    }

    /** {@return what the TimeML file {@code name} says}; not TimeML, unsafe or malformed XML is refused */
    public static TimeMlContent parse(String name, byte[] bytes) throws ReadException {
        Document doc = SafeXml.parse(name, bytes);
        Element root = doc.getDocumentElement();
        if (!localName(root).equals("TimeML")) {
            throw new ReadException(name, ReadException.Kind.UNSUPPORTED,
                    "not a TimeML document (root element <" + localName(root) + ">, expected <TimeML>)");
        }
        Element text = null;
        Element docId = null;
        Element dctTimex = null;
        Element creation = null;
        for (Element e : SafeXml.elements(root, "TEXT", "DOCID", "DCT", "TIMEX3")) {
            switch (localName(e)) {
                case "TEXT" -> text = text == null ? e : text;
                case "DOCID" -> docId = docId == null ? e : docId;
                case "DCT" -> {
                    List<Element> inner = SafeXml.elements(e, "TIMEX3");
                    if (dctTimex == null && !inner.isEmpty()) dctTimex = inner.get(0);
                }
                default -> {
                    if (creation == null && e.getAttribute("functionInDocument").equals("CREATION_TIME")) creation = e;
                }
            }
        }
        if (text == null) {
            throw new ReadException(name, ReadException.Kind.UNSUPPORTED, "TimeML document has no <TEXT> element");
        }
        Extraction x = new Extraction();
        x.walk(text);
        String chars = x.out.toString();
        if (chars.isBlank()) throw new ReadException(name, ReadException.Kind.EMPTY, "TimeML <TEXT> is empty");
        Element dct = creation != null ? creation : dctTimex;
        Optional<TimeMlCreationTime> creationTime = dct == null ? Optional.empty()
                : Optional.of(new TimeMlCreationTime(dct.getAttribute("tid"), dct.getAttribute("type"),
                        dct.getAttribute("value").strip(), dct.getTextContent()));
        String encoding = doc.getInputEncoding() != null ? doc.getInputEncoding() : "UTF-8";
        return new TimeMlContent(name,
                docId == null || docId.getTextContent().isBlank() ? Optional.empty()
                        : Optional.of(docId.getTextContent().strip()),
                chars, x.timexes, creationTime, encoding);
    }

    private static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    /** One pass over {@code TEXT}, without recursion: hostile nesting costs no stack. */
    private static final class Extraction {
        private record Frame(Node node, boolean exit, int start) {
        }

        final StringBuilder out = new StringBuilder();
        final List<TimeMlTimex> timexes = new ArrayList<>();

        void walk(Element text) {
            Deque<Frame> stack = new ArrayDeque<>();
            pushChildren(stack, text);
            while (!stack.isEmpty()) {
                Frame f = stack.pop();
                Node n = f.node();
                if (f.exit()) {
                    Element e = (Element) n;
                    Span span = Span.of(f.start(), out.length());
                    String anchor = e.getAttribute("anchorTimeID");
                    timexes.add(new TimeMlTimex(e.getAttribute("tid"), span, out.substring(f.start(), out.length()),
                            e.getAttribute("type"), e.getAttribute("value").strip(),
                            anchor.isBlank() ? Optional.empty() : Optional.of(anchor),
                            e.getAttribute("functionInDocument")));
                } else if (n instanceof CharacterData c && !(c instanceof Comment)) {
                    out.append(c.getData()); // text and CDATA
                } else if (n instanceof Element e) {
                    if (localName(e).equals("TIMEX3")) stack.push(new Frame(e, true, out.length()));
                    pushChildren(stack, e);
                }
            }
            timexes.sort((a, b) -> a.span().compareTo(b.span()));
        }

        private static void pushChildren(Deque<Frame> stack, Node parent) {
            for (Node c = parent.getLastChild(); c != null; c = c.getPreviousSibling()) stack.push(new Frame(c, false, 0));
        }
    }
}
