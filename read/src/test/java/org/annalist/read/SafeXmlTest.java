package org.annalist.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SafeXmlTest {

    @Test
    void plainXmlParsesNamespaceAware() throws Exception {
        Document doc = SafeXml.parse("a.xml", "<r xmlns='urn:x'><c/><d><c/></d></r>".getBytes(StandardCharsets.UTF_8));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:x");
        assertThat(SafeXml.elements(doc.getDocumentElement(), "c")).hasSize(2);
    }

    @Test
    void anyDoctypeIsRefusedEvenAHarmlessOne() {
        assertThatThrownBy(() -> SafeXml.parse("a.xml", "<!DOCTYPE r><r/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.kind()).isEqualTo(ReadException.Kind.UNSAFE))
                .hasMessageStartingWith("a.xml: XML with a DOCTYPE declaration is refused");
    }

    @Test
    void externalParameterEntityIsRefused() {
        String xml = "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY % p SYSTEM 'http://127.0.0.1:1/x.dtd'> %p;]><r/>";
        assertThatThrownBy(() -> SafeXml.parse("p.xml", xml.getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("p.xml: XML with a DOCTYPE declaration is refused");
    }

    @Test
    void xincludeIsNotFollowed() throws Exception {
        String xml = "<r xmlns:xi='http://www.w3.org/2001/XInclude'><xi:include href='file:///etc/passwd' parse='text'/></r>";
        Document doc = SafeXml.parse("x.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.getDocumentElement().getTextContent()).isEmpty();
    }
}
