package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.testsupport.SeedStores;
import org.annalist.testsupport.SeedStores.Backend;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TeiTest {

    private static final String NS = Tei.NS;
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    @Test
    void eachSeedDocumentIsWellFormedTeiWhoseParagraphsKeepTheirTextAndWhosePointersResolve() throws Exception {
        Path db = SeedStores.seeds(Backend.SQLITE);
        List<TeiSource> docs = SeedStores.read(SeedStores.seeds(Backend.SQLITE), Exporter::teiSources);
        assertThat(docs).hasSize(2);
        for (TeiSource d : docs) {
            Tei.Rendered r = Tei.render(d);
            Document doc = GexfTest.parse(r.xml());
            assertPointersResolve(doc);
            List<TeiSource.Block> blocks = Tei.blocks(d);
            NodeList ps = doc.getElementsByTagNameNS(NS, "p");
            NodeList heads = doc.getElementsByTagNameNS(NS, "head");
            // the publicationStmt and sourceDesc hold one p each
            assertThat(ps.getLength() - 2 + heads.getLength()).isEqualTo(blocks.size());
            int p = 2;
            int h = 0;
            for (TeiSource.Block b : blocks) {
                Element e = (Element) (b.heading() ? heads.item(h++) : ps.item(p++));
                String block = d.text().substring(b.start(), b.end());
                Element speaker = e.getPreviousSibling() instanceof Element s && s.getLocalName().equals("speaker") ? s
                        : null;
                if (speaker == null) {
                    assertThat(e.getTextContent()).isEqualTo(block);
                } else {
                    String label = speaker.getTextContent();
                    assertThat(block).startsWith(label);
                    assertThat(label + e.getTextContent()).isEqualTo(block.replaceFirst("^(\\Q" + label + "\\E)\\s*", "$1"));
                }
            }
            int encoded = 0;
            for (String name : List.of("persName", "orgName", "placeName", "rs", "name", "said", "date", "ref")) {
                NodeList all = doc.getElementsByTagNameNS(NS, name);
                for (int i = 0; i < all.getLength(); i++) {
                    if (!"standOff".equals(ancestorName((Element) all.item(i)))) encoded++;
                }
            }
            assertThat(encoded).isEqualTo(r.placed());
            assertThat(r.placed()).as(d.name() + " crossing " + r.crossing()).isGreaterThan(9 * r.crossing()).isPositive();
            assertThat(doc.getElementsByTagNameNS(NS, "listPerson").getLength()).isEqualTo(1);
            // names in the running text, beside those of the standOff
            assertThat(doc.getElementsByTagNameNS(NS, "persName").getLength())
                    .isGreaterThan(doc.getElementsByTagNameNS(NS, "person").getLength());
            assertThat(doc.getElementsByTagNameNS(NS, "date").getLength()).isPositive();
        }
    }

    @Test
    void markupTurnsNotesAndCrossingSpansAreEncodedWithoutLosingText() throws Exception {
        String text = "Q: Smith & <script>said</script> \"go\" in May 1938.1\n1 A note & more.";
        int smith = text.indexOf("Smith");
        int quote = text.indexOf("\"go\"");
        int may = text.indexOf("May 1938");
        int call = text.indexOf(".1") + 1;
        int note = text.indexOf("\n1 ") + 1;
        TeiSource d = new TeiSource("a&b <doc>", "/x & y", text,
                List.of(new TeiSource.Block(0, note - 1, false, 0), new TeiSource.Block(note, text.length(), false, 0)),
                List.of(new TeiSource.Turn(0, note - 1, 0, 2, "Q")),
                List.of(new TeiSource.EntityRef("k1", "Smith & Co", "PERSON")),
                List.of(new TeiSource.MentionSpan(smith, smith + 5, "k1", "NAME")),
                List.of(new TeiSource.TimexSpan(may, may + 8, "1938-05", Optional.of("1938-05-01"), Optional.of("1938-05-31")),
                        new TeiSource.TimexSpan(quote + 2, may + 3, "XXXX", Optional.empty(), Optional.empty())),
                List.of(new TeiSource.QuoteSpan(quote, quote + 4, Optional.of("k1"))),
                List.of(new TeiSource.CallSpan(call, call + 1, "1", Optional.of("n1"))),
                List.of(new TeiSource.NoteBody("n1", "1", note, text.length(), "A note & more.")));

        Tei.Rendered r = Tei.render(d);

        Document doc = GexfTest.parse(r.xml());
        assertPointersResolve(doc);
        assertThat(r.placed()).isEqualTo(4);
        assertThat(r.crossing()).isEqualTo(1);
        Element sp = (Element) doc.getElementsByTagNameNS(NS, "sp").item(0);
        assertThat(sp.getElementsByTagNameNS(NS, "speaker").item(0).getTextContent()).isEqualTo("Q:");
        assertThat(sp.getTextContent()).isEqualTo(text.substring(0, note - 1).replace("Q: ", "Q:"));
        assertThat(r.xml()).contains("&lt;script&gt;").doesNotContain("<script>");
        Element pers = (Element) doc.getElementsByTagNameNS(NS, "persName").item(1); // the first is the standOff's
        assertThat(pers.getTextContent()).isEqualTo("Smith");
        Element said = (Element) doc.getElementsByTagNameNS(NS, "said").item(0);
        assertThat(said.getAttribute("who")).isEqualTo(pers.getAttribute("ref"));
        Element date = (Element) doc.getElementsByTagNameNS(NS, "date").item(0);
        assertThat(date.getAttribute("when")).isEqualTo("1938-05");
        Element ref = (Element) doc.getElementsByTagNameNS(NS, "ref").item(0);
        Element noteEl = (Element) doc.getElementsByTagNameNS(NS, "note").item(0);
        assertThat(ref.getAttribute("target")).isEqualTo("#" + noteEl.getAttributeNS(XML_NS, "id"));
        assertThat(noteEl.getTextContent()).isEqualTo("A note & more.");
        assertThat(doc.getElementsByTagNameNS(NS, "title").item(0).getTextContent()).isEqualTo("a&b <doc>");
    }

    @Test
    void documentsWhoseNamesMakeTheSameFileNameGetDistinctFiles() {
        TeiSource a = new TeiSource("a b.txt", "/1", "x", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        TeiSource b = new TeiSource("a-b.txt", "/2", "y", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());

        assertThat(Exporter.tei(List.of(a, b))).extracting(ExportFile::name)
                .containsExactly("a-b-txt.tei.xml", "a-b-txt-2.tei.xml");
    }

    /** Every xml:id is unique and every local pointer (@ref, @who, @target) names one. */
    static void assertPointersResolve(Document doc) {
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("TEI");
        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttributeNS(XML_NS, "id");
            if (!id.isEmpty()) assertThat(ids.add(id)).as("unique xml:id " + id).isTrue();
        }
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String a : List.of("ref", "who", "target")) {
                String v = e.getAttribute(a);
                if (v.startsWith("#")) assertThat(ids).as(e.getLocalName() + "/@" + a).contains(v.substring(1));
            }
        }
    }

    private static String ancestorName(Element e) {
        for (org.w3c.dom.Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            if (p.getLocalName().equals("standOff")) return "standOff";
        }
        return "";
    }
}
