package org.annalist.read;

import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;

/**
 * Reads one file format into a {@link SourceDocument}: the text every offset refers to,
 * and its structure. Implementations are stateless and thread-safe; they never return
 * null and refuse bad input with a {@link ReadException} naming the file.
 */
public interface SourceReader {

    /** {@return the format this reader reads} */
    SourceFormat format();

    /**
     * {@return the document read from {@code bytes}}
     *
     * @param name  the file's name, used in the document and in error messages
     * @param bytes the file's whole content
     */
    SourceDocument read(String name, byte[] bytes) throws ReadException;
}
