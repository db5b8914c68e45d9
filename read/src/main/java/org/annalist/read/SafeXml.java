package org.annalist.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML safely: DOCTYPE declarations are refused outright (so no external entity is
 * fetched and no entity is expanded: XXE and billion-laughs files fail fast), external DTDs
 * and schemas are never loaded, XInclude is off, and secure processing is on.
 */
final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SafeXml() {
    }

    /** {@return the parsed document}; a DOCTYPE or malformed XML is refused naming the file */
    static Document parse(String name, byte[] bytes) throws ReadException {
        DocumentBuilder builder = newBuilder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        try {
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            String msg = ReadException.describe(e);
            if (msg.contains("DOCTYPE") || msg.contains("doctype")) {
                throw new ReadException(name, ReadException.Kind.UNSAFE,
                        "XML with a DOCTYPE declaration is refused (no DTDs, external entities or entity expansion)",
                        e);
            }
            throw new ReadException(name, ReadException.Kind.CORRUPT,
                    "malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + msg, e);
        } catch (SAXException e) {
            throw new ReadException(name, ReadException.Kind.UNSAFE, "XML refused: " + ReadException.describe(e), e);
        } catch (IOException e) {
            throw new ReadException(name, ReadException.Kind.CORRUPT,
                    "unreadable XML: " + ReadException.describe(e), e);
        }
    }

    /**
     * {@return the elements under {@code root} (itself included) whose local name is one of
     * {@code names}, in document order}. Walks the tree without a stack or DOM node lists,
     * whose lookups grow with depth.
     */
    static java.util.List<org.w3c.dom.Element> elements(org.w3c.dom.Node root, String... names) {
        java.util.Set<String> wanted = java.util.Set.of(names);
        java.util.List<org.w3c.dom.Element> out = new java.util.ArrayList<>();
        org.w3c.dom.Node n = root;
        while (n != null) {
            if (n instanceof org.w3c.dom.Element e) {
                String local = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
                if (wanted.contains(local)) out.add(e);
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != root && n.getNextSibling() == null) n = n.getParentNode();
            n = n == root ? null : n.getNextSibling();
        }
        return out;
    }

    private static DocumentBuilder newBuilder() {
        // the JDK's own parser: a Xerces on the classpath (CoreNLP brings one) knows no JAXP access properties
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setFeature(DISALLOW_DOCTYPE, true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(true);
            f.setValidating(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "this JDK's XML parser cannot be made safe: " + ReadException.describe(e), e);
        }
    }
}
