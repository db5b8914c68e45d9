package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.annalist.store.query.Chronicle;
import org.annalist.store.query.MessageRow;
import org.annalist.store.query.SourceRef;
import org.annalist.store.query.Party;
import org.annalist.testsupport.SeedStores;
import org.annalist.testsupport.SeedStores.Backend;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class GexfTest {

    private static final String XSD = "gexf/gexf.xsd";

    @Test
    void theSeedCommunicationsMakeAValidDynamicGraphWithOneEdgePerSenderAndRecipient() throws Exception {
        Path db = SeedStores.seeds(Backend.SQLITE);
        List<MessageRow> rows = SeedStores.read(SeedStores.seeds(Backend.SQLITE), Chronicle::messages);
        List<ExportFile> files = Exporter.export(db, ExportFormat.GEXF);

        assertThat(files).extracting(ExportFile::name).containsExactly("communications.gexf");
        String xml = files.get(0).content();
        Schemas.validateXml(XSD, xml);
        Document doc = parse(xml);
        long pairs = rows.stream().mapToLong(c -> (long) c.senders().size() * c.recipients().size()).sum();
        long dated = rows.stream().filter(c -> DayInterval.of(c).isPresent())
                .mapToLong(c -> (long) c.senders().size() * c.recipients().size()).sum();
        NodeList edges = doc.getElementsByTagNameNS(Gexf.NS, "edge");
        assertThat(rows).hasSize(13);
        assertThat(edges.getLength()).isEqualTo((int) pairs).isPositive();
        int withStart = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            if (((Element) edges.item(i)).hasAttribute("start")) withStart++;
        }
        assertThat(withStart).isEqualTo((int) dated);
        assertThat(doc.getElementsByTagNameNS(Gexf.NS, "node").getLength()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void markupInNamesAndChannelsIsEscapedAndTheGraphStillValidates() throws Exception {
        Party a = new Party("k:1", "Smith & <script>alert(1)</script>", "PERSON");
        Party b = new Party("k:2", "\"Jones\" 'the elder'", "PERSON");
        MessageRow c = new MessageRow(new SourceRef(1, "A&B.txt", 3, 30), "", Optional.of("tele<gram>"),
                Optional.of("1938-08"), List.of(a), List.of(b), "", Optional.empty());

        String xml = Gexf.render("R & D <1>", List.of(c));

        Schemas.validateXml(XSD, xml);
        assertThat(xml).doesNotContain("<script>").contains("&lt;script&gt;");
        Document doc = parse(xml);
        Element first = (Element) doc.getElementsByTagNameNS(Gexf.NS, "node").item(0);
        assertThat(first.getAttribute("label")).isEqualTo("Smith & <script>alert(1)</script>");
        Element edge = (Element) doc.getElementsByTagNameNS(Gexf.NS, "edge").item(0);
        assertThat(edge.getAttribute("start")).isEqualTo("1938-08-01");
        assertThat(edge.getAttribute("end")).isEqualTo("1938-08-31");
        assertThat(doc.getElementsByTagNameNS(Gexf.NS, "description").item(0).getTextContent()).isEqualTo("R & D <1>");
    }

    @Test
    void anEdgeToAnUndeclaredNodeFailsTheSchema() {
        String xml = "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph><nodes><node id=\"a\"/></nodes>"
                + "<edges><edge id=\"e\" source=\"a\" target=\"b\"/></edges></graph></gexf>";
        assertThatThrownBy(() -> Schemas.validateXml(XSD, xml)).isInstanceOf(SAXException.class);
    }

    @Test
    void aCommunicationWithoutARecipientAddsNoNodeAndNoEdge() throws Exception {
        MessageRow c = new MessageRow(new SourceRef(1, "d", 0, 1), "", Optional.empty(),
                Optional.empty(), List.of(new Party("k", "K", "PERSON")), List.of(), "", Optional.empty());

        String xml = Gexf.render("t", List.of(c));

        Schemas.validateXml(XSD, xml);
        assertThat(parse(xml).getElementsByTagNameNS(Gexf.NS, "node").getLength()).isZero();
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
