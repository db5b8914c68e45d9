package org.annalist.annotate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Region;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Structure;
import org.annalist.model.layer.Layer;

/**
 * A source document with the layers added so far. Immutable: {@link #with(Layer)} returns
 * a new instance.
 *
 * <p>{@link #maskedText()} is what NLP stages read: the source with every note call,
 * note and set-aside region blanked by spaces (line breaks kept), so offsets stay true and
 * no stage ever sees {@code casualties.217} as the number 0.217 or a sentence end.
 */
public final class AnnotatedText {

    private final SourceDocument document;
    private final String masked;
    private final Map<Class<? extends Layer>, Layer> layers;

    private AnnotatedText(SourceDocument document, String masked, Map<Class<? extends Layer>, Layer> layers) {
        this.document = document;
        this.masked = masked;
        this.layers = layers;
    }

    public static AnnotatedText of(SourceDocument document) {
        Objects.requireNonNull(document, "document");
        return new AnnotatedText(document, mask(document), Map.of());
    }

    public SourceDocument document() {
        return document;
    }

    public SourceText source() {
        return document.text();
    }

    public Structure structure() {
        return document.structure();
    }

    /** {@return the source text with note calls, notes and set-aside regions blanked} */
    public String maskedText() {
        return masked;
    }

    /** {@return the layer of type {@code type}}; throws when no stage has added it */
    public <L extends Layer> L layer(Class<L> type) {
        Layer l = layers.get(type);
        if (l == null) {
            throw new IllegalStateException("layer " + type.getSimpleName() + " has not been added; have "
                    + layers.keySet().stream().map(Class::getSimpleName).toList());
        }
        return type.cast(l);
    }

    public boolean has(Class<? extends Layer> type) {
        return layers.containsKey(type);
    }

    /** {@return a copy with {@code layer} added}; a layer type is written once */
    public AnnotatedText with(Layer layer) {
        Objects.requireNonNull(layer, "layer");
        if (layers.containsKey(layer.getClass())) {
            throw new IllegalStateException("layer " + layer.getClass().getSimpleName() + " was already added");
        }
        Map<Class<? extends Layer>, Layer> next = new LinkedHashMap<>(layers);
        next.put(layer.getClass(), layer);
        return new AnnotatedText(document, masked, java.util.Collections.unmodifiableMap(next));
    }

    private static String mask(SourceDocument document) {
        char[] chars = document.text().text().toCharArray();
        Structure s = document.structure();
        for (NoteCall c : s.noteCalls()) blank(chars, c.span().start(), c.span().end());
        for (Note n : s.notes()) blank(chars, n.span().start(), n.span().end());
        for (Region r : s.setAside()) blank(chars, r.span().start(), r.span().end());
        return new String(chars);
    }

    private static void blank(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
        }
    }
}
