package org.annalist.annotate.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/** A naive sentence splitter for tests: a sentence ends at {@code . ! ?} before a blank, or at a line break. */
final class TestSentences {

    private static final Pattern SENTENCE = Pattern.compile("[^\\s][^\\n]*?(?:[.!?][”’\"]?(?=\\s|$)|(?=\\n)|$)");

    private TestSentences() {
    }

    static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) out.add(Span.of(m.start(), m.end()));
        }
        return out;
    }
}
