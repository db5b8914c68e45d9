package org.annalist.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/** A word of the text with its offsets; {@link #lower()} is how lexicons match it. */
record Word(Span span, String text) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[’'\\-][\\p{L}\\p{N}]+)*");

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /**
     * {@return the words of {@code text} between {@code start} and {@code end}}, none when the
     * window is empty or reversed (nested and overlapping quotes make such windows)
     */
    static List<Word> in(String text, int start, int end) {
        List<Word> out = new ArrayList<>();
        if (end <= start) return out;
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) out.add(new Word(Span.of(m.start(), m.end()), m.group()));
        return out;
    }
}
