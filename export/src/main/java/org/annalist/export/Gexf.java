package org.annalist.export;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.annalist.store.query.MessageRow;
import org.annalist.store.query.Party;

/**
 * The communications of a chronicle as a dynamic GEXF 1.3 graph: nodes are the entities that
 * send or receive, one directed edge per sender→recipient pair of each communication, dated
 * by the communication's day interval when it has one; edges carry channel, document and span.
 */
public final class Gexf {

    public static final String NS = "http://gexf.net/1.3";

    private Gexf() {
    }

    /** {@return the GEXF 1.3 document of {@code communications}} */
    public static String render(String title, List<MessageRow> communications) {
        Map<String, Party> nodes = new LinkedHashMap<>();
        for (MessageRow c : communications) {
            if (c.senders().isEmpty() || c.recipients().isEmpty()) continue;
            c.senders().forEach(p -> nodes.putIfAbsent(p.key(), p));
            c.recipients().forEach(p -> nodes.putIfAbsent(p.key(), p));
        }
        Map<String, String> ids = new LinkedHashMap<>();
        nodes.keySet().forEach(k -> ids.put(k, "n" + ids.size()));
        StringWriter out = new StringWriter();
        try {
            // the JDK's own writer, as in Xml: the same escaping whatever the classpath holds
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("version", "1.3");
            x.writeStartElement("meta");
            x.writeStartElement("creator");
            x.writeCharacters("annalist");
            x.writeEndElement();
            x.writeStartElement("description");
            x.writeCharacters(title);
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("graph");
            x.writeAttribute("mode", "dynamic");
            x.writeAttribute("defaultedgetype", "directed");
            x.writeAttribute("timeformat", "date");
            attributes(x, "node", new String[][] {{"type", "type"}, {"key", "key"}});
            attributes(x, "edge", new String[][] {{"channel", "channel"}, {"document", "document"},
                    {"span", "span"}, {"date", "date"}});
            x.writeStartElement("nodes");
            for (Map.Entry<String, Party> n : nodes.entrySet()) {
                x.writeStartElement("node");
                x.writeAttribute("id", ids.get(n.getKey()));
                x.writeAttribute("label", n.getValue().name());
                x.writeStartElement("attvalues");
                attvalue(x, "type", n.getValue().type());
                attvalue(x, "key", n.getKey());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeStartElement("edges");
            int edge = 0;
            for (MessageRow c : communications) {
                for (Party s : c.senders()) {
                    for (Party r : c.recipients()) {
                        x.writeStartElement("edge");
                        x.writeAttribute("id", "e" + edge++);
                        x.writeAttribute("source", ids.get(s.key()));
                        x.writeAttribute("target", ids.get(r.key()));
                        if (DayInterval.of(c).isPresent()) {
                            x.writeAttribute("start", DayInterval.of(c).get().from().toString());
                            x.writeAttribute("end", DayInterval.of(c).get().to().toString());
                        }
                        x.writeStartElement("attvalues");
                        if (c.channel().isPresent()) attvalue(x, "channel", c.channel().get());
                        attvalue(x, "document", c.source().document());
                        attvalue(x, "span", c.source().start() + "-" + c.source().end());
                        if (c.date().isPresent()) attvalue(x, "date", c.date().get());
                        x.writeEndElement();
                        x.writeEndElement();
                    }
                }
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GEXF", e);
        }
        return out.toString();
    }

    private static void attributes(XMLStreamWriter x, String cls, String[][] defs) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        x.writeAttribute("mode", "static");
        for (String[] d : defs) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", d[0]);
            x.writeAttribute("title", d[1]);
            x.writeAttribute("type", "string");
        }
        x.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", key);
        x.writeAttribute("value", value);
    }
}
