package org.annalist.export;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small wrapper of StAX: elements, attributes and text, escaped by the writer. */
final class Xml {

    /** A block that writes into an XML stream. */
    interface Body {
        void write(Xml x) throws XMLStreamException;
    }

    private final XMLStreamWriter w;

    private Xml(XMLStreamWriter w) {
        this.w = w;
    }

    /** {@return the document {@code body} writes, with an XML declaration} */
    static String document(Body body) {
        StringWriter out = new StringWriter();
        try {
            // the JDK's own writer: the same escaping whatever XML library the classpath holds (Hadoop brings Woodstox)
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(new Xml(w));
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return out.toString();
    }

    Xml start(String name) throws XMLStreamException {
        w.writeStartElement(name);
        return this;
    }

    Xml ns(String uri) throws XMLStreamException {
        w.writeDefaultNamespace(uri);
        return this;
    }

    Xml attr(String name, String value) throws XMLStreamException {
        w.writeAttribute(name, value);
        return this;
    }

    Xml xmlId(String value) throws XMLStreamException {
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "id", value);
        return this;
    }

    Xml text(String s) throws XMLStreamException {
        w.writeCharacters(clean(s));
        return this;
    }

    Xml end() throws XMLStreamException {
        w.writeEndElement();
        return this;
    }

    /** {@code <name>text</name>} */
    Xml leaf(String name, String text) throws XMLStreamException {
        return start(name).text(text).end();
    }

    /** {@return {@code s} without the characters XML 1.0 cannot hold} */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (!ok && b == null) b = new StringBuilder(s.substring(0, i));
            if (b != null && ok) b.append(c);
        }
        return b == null ? s : b.toString();
    }
}
