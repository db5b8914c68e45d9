package org.annalist.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

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

    static StreamSource source(String xml) {
        return new StreamSource(new StringReader(xml));
    }
}
