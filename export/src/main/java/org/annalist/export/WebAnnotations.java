package org.annalist.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * The chronicle's spans as W3C Web Annotations (JSON-LD): one AnnotationCollection whose page
 * holds one Annotation per entity mention, temporal expression and quotation. Each target is
 * the source document with a TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector; positions count Unicode code points, as the model asks.
 */
public final class WebAnnotations {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final int CONTEXT_CHARS = 32;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WebAnnotations() {
    }

    /** {@return the JSON-LD collection of every span of {@code documents}} */
    public static String render(String title, List<DocumentSpans> documents) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", CONTEXT);
        root.put("id", "urn:annalist:annotations");
        root.put("type", "AnnotationCollection");
        root.put("label", title);
        int total = documents.stream().mapToInt(d -> d.spans().size()).sum();
        root.put("total", total);
        ObjectNode page = root.putObject("first");
        page.put("id", "urn:annalist:annotations:page1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        for (DocumentSpans d : documents) {
            String source = source(d.path());
            String slug = TimelineJs.slug(d.name());
            for (TextSpan s : d.spans()) items.add(annotation(d, source, slug, s));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write annotations", e);
        }
    }

    private static ObjectNode annotation(DocumentSpans d, String source, String slug, TextSpan s) {
        String text = d.text();
        ObjectNode a = JSON.createObjectNode();
        a.put("@context", CONTEXT);
        a.put("id", "urn:annalist:" + slug + ":" + s.kind() + ":" + s.start() + "-" + s.end());
        a.put("type", "Annotation");
        ArrayNode bodies = a.putArray("body");
        switch (s.kind()) {
            case "mention" -> {
                a.put("motivation", "identifying");
                bodies.add(body(s.label(), "identifying"));
                bodies.add(body(s.category(), "classifying"));
            }
            case "timex" -> {
                a.put("motivation", "describing");
                bodies.add(body(s.label(), "describing"));
                bodies.add(body("TIMEX3 " + s.category(), "classifying"));
            }
            default -> {
                a.put("motivation", "highlighting");
                bodies.add(body("quotation (" + s.category() + ")", "classifying"));
                if (!s.label().isEmpty()) bodies.add(body("spoken by " + s.label(), "describing"));
            }
        }
        ObjectNode target = a.putObject("target");
        target.put("source", source);
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", text.substring(s.start(), s.end()));
        quote.put("prefix", text.substring(safe(text, Math.max(0, s.start() - CONTEXT_CHARS)), s.start()));
        quote.put("suffix", text.substring(s.end(), safe(text, Math.min(text.length(), s.end() + CONTEXT_CHARS))));
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", text.codePointCount(0, s.start()));
        position.put("end", text.codePointCount(0, s.end()));
        return a;
    }

    private static ObjectNode body(String value, String purpose) {
        ObjectNode b = JSON.createObjectNode();
        b.put("type", "TextualBody");
        b.put("value", value);
        b.put("format", "text/plain");
        b.put("purpose", purpose);
        return b;
    }

    /** {@return {@code at}, moved off the middle of a surrogate pair} */
    private static int safe(String text, int at) {
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1))) {
            return at - 1;
        }
        return at;
    }

    /** {@return the document's IRI: its path as a file URI, else an annalist URN} */
    static String source(String path) {
        try {
            return Path.of(path).toAbsolutePath().toUri().toString();
        } catch (RuntimeException e) {
            return "urn:annalist:document:" + TimelineJs.slug(path);
        }
    }
}
