package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.store.query.Chronicle;
import org.annalist.store.query.MessageRow;
import org.annalist.store.query.SourceRef;
import org.annalist.store.query.Party;
import org.annalist.testsupport.SeedStores;
import org.annalist.testsupport.SeedStores.Backend;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class CmifTest {

    private static final String TEI = Cmif.TEI;

    @Test
    void theSeedCorrespondenceIsWellFormedTeiWithOneCorrespDescPerCommunication() throws Exception {
        Path db = SeedStores.seeds(Backend.SQLITE);
        List<MessageRow> rows = SeedStores.read(SeedStores.seeds(Backend.SQLITE), Chronicle::messages);
        String xml = Exporter.export(db, ExportFormat.CMIF).get(0).content();

        Document doc = GexfTest.parse(xml);
        assertStructure(doc);
        NodeList descs = doc.getElementsByTagNameNS(TEI, "correspDesc");
        assertThat(descs.getLength()).isEqualTo(rows.size()).isEqualTo(13);
        int dated = 0;
        for (int i = 0; i < descs.getLength(); i++) {
            if (((Element) descs.item(i)).getElementsByTagNameNS(TEI, "date").getLength() > 0) dated++;
        }
        assertThat(dated).isEqualTo((int) rows.stream().filter(r -> DayInterval.of(r).isPresent()).count());
    }

    @Test
    void namesWithMarkupSurviveAndDatesBecomeWhenOrARange() throws Exception {
        Party a = new Party("1:e&1", "Smith & <script>x</script>", "PERSON");
        Party b = new Party("1:e2", "The Board", "ORG");
        MessageRow day = new MessageRow(new SourceRef(1, "A&B", 0, 9), "", Optional.of("letter"),
                Optional.of("1938-08-22"), List.of(a), List.of(b), "", Optional.empty());
        MessageRow undated = new MessageRow(new SourceRef(1, "A&B", 20, 29), "", Optional.empty(),
                Optional.empty(), List.of(b), List.of(a), "", Optional.empty());

        Document doc = GexfTest.parse(Cmif.render("R & D", "2026-01-01", List.of(day, undated)));

        assertStructure(doc);
        Element sent = (Element) doc.getElementsByTagNameNS(TEI, "correspAction").item(0);
        Element pers = (Element) sent.getElementsByTagNameNS(TEI, "persName").item(0);
        assertThat(pers.getTextContent()).isEqualTo("Smith & <script>x</script>");
        assertThat(pers.getAttribute("ref")).isEqualTo("urn:annalist:entity:1%3Ae%261");
        assertThat(((Element) sent.getElementsByTagNameNS(TEI, "date").item(0)).getAttribute("when")).isEqualTo("1938-08-22");
        assertThat(doc.getElementsByTagNameNS(TEI, "orgName").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagNameNS(TEI, "date").getLength()).isEqualTo(2); // publication date + one sent date
    }

    /** The CMIF rules: header parts, and in each correspDesc a source bibl, one sent and one received action with refs. */
    static void assertStructure(Document doc) {
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("TEI");
        assertThat(root.getNamespaceURI()).isEqualTo(TEI);
        for (String required : List.of("titleStmt", "publicationStmt", "sourceDesc", "profileDesc", "licence", "editor")) {
            assertThat(doc.getElementsByTagNameNS(TEI, required).getLength()).as(required).isEqualTo(1);
        }
        Set<String> bibls = new HashSet<>();
        NodeList bs = doc.getElementsByTagNameNS(TEI, "bibl");
        for (int i = 0; i < bs.getLength(); i++) {
            bibls.add(((Element) bs.item(i)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "id"));
        }
        NodeList descs = doc.getElementsByTagNameNS(TEI, "correspDesc");
        for (int i = 0; i < descs.getLength(); i++) {
            Element d = (Element) descs.item(i);
            assertThat(bibls).contains(d.getAttribute("source").substring(1));
            List<Element> actions = children(d, "correspAction");
            assertThat(actions).extracting(a -> a.getAttribute("type")).containsExactly("sent", "received");
            for (Element a : actions) {
                for (Element name : children(a, null)) {
                    if (name.getLocalName().equals("date")) {
                        assertThat(name.getAttribute("when") + name.getAttribute("notBefore"))
                                .matches("-?\\d{4}(-\\d{2}(-\\d{2})?)?");
                    } else {
                        assertThat(name.getLocalName()).isIn("persName", "orgName", "placeName");
                        assertThat(name.getAttribute("ref")).startsWith("urn:annalist:entity:");
                    }
                }
            }
        }
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new java.util.ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && TEI.equals(c.getNamespaceURI()) && (name == null || name.equals(c.getLocalName()))) {
                out.add(c);
            }
        }
        return out;
    }
}
