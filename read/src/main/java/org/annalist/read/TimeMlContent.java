package org.annalist.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a TimeML file says: the characters of its {@code TEXT} element with the tags removed
 * and entities decoded, the {@code TIMEX3}s inside {@code TEXT} with offsets into those
 * characters, and the document creation time.
 *
 * @param name         the file's name
 * @param docId        the {@code DOCID}, when given
 * @param text         the characters of {@code TEXT}, every one kept (line breaks included)
 * @param timexes      the TIMEX3s inside {@code TEXT}, in document order
 * @param creationTime the DCT, when given
 * @param encoding     the character set the file was decoded from
 */
public record TimeMlContent(String name, Optional<String> docId, String text, List<TimeMlTimex> timexes,
                            Optional<TimeMlCreationTime> creationTime, String encoding) {
    public TimeMlContent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(encoding, "encoding");
        for (TimeMlTimex t : timexes) {
            if (t.span().end() > text.length()) {
                throw new IllegalArgumentException("timex " + t.tid() + " at " + t.span() + " beyond the text ("
                        + text.length() + " chars) of " + name);
            }
        }
    }
}
