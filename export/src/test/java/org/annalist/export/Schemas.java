package org.annalist.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The test resources' schemas and the validators that apply them. */
final class Schemas {

    static final ObjectMapper JSON = new ObjectMapper();

    private Schemas() {
    }

    /** {@return the messages of validating {@code json} against the JSON Schema resource {@code name}} */
    static List<String> jsonErrors(String name, String json) throws IOException {
        try (InputStream in = Schemas.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("no schema resource " + name);
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            Set<com.networknt.schema.ValidationMessage> errors = schema.validate(JSON.readTree(json));
            return errors.stream().map(Object::toString).toList();
        }
    }

    static JsonNode tree(String json) throws IOException {
        return JSON.readTree(json);
    }

    /** Validates {@code xml} against the XSD resource {@code name}; throws the first error. */
    static void validateXml(String name, String xml) throws SAXException, IOException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        javax.xml.validation.Schema schema = f.newSchema(Schemas.class.getResource(name));
        Validator v = schema.newValidator();
        v.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * {@return the messages (with line and column) of validating {@code xml} with Jing against the RELAX NG
     * compact-syntax resource {@code name}; empty when valid}
     */
    static List<String> rngErrors(String name, String xml) throws SAXException, IOException {
        URL url = Schemas.class.getResource(name);
        if (url == null) throw new IllegalStateException("no schema resource " + name);
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(
                props.toPropertyMap(), CompactSchemaReader.getInstance());
        if (!driver.loadSchema(new InputSource(url.toExternalForm()))) {
            throw new IllegalStateException("schema " + name + " does not load: " + errors);
        }
        InputSource in = new InputSource(new StringReader(xml));
        in.setSystemId("urn:annalist:test");
        boolean valid = driver.validate(in);
        if (valid != errors.isEmpty()) throw new IllegalStateException("validity " + valid + " with errors " + errors);
        return errors;
    }

    static StreamSource source(String xml) {
        return new StreamSource(new StringReader(xml));
    }
}
