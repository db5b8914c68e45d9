package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Region;
import org.annalist.model.Span;

/**
 * Finds a Project Gutenberg header (from the start of the text up to and including the
 * {@code *** START OF THIS PROJECT GUTENBERG EBOOK … ***} line) and footer (from the
 * {@code End of the Project Gutenberg EBook} line or the {@code *** END OF …} line,
 * whichever comes first, to the end of the text). Both are returned as
 * {@link Region.Kind#BOILERPLATE} regions.
 */
final class GutenbergBoilerplate {

    private static final Pattern START = Pattern.compile(
            "(?im)^\\*{3}\\s*START OF (?:THIS|THE) PROJECT GUTENBERG E-?BOOK[^\\n]*$");
    private static final Pattern END = Pattern.compile(
            "(?im)^(?:\\*{3}\\s*END OF (?:THIS|THE) PROJECT GUTENBERG E-?BOOK|End of (?:the )?Project Gutenberg(?:'s)? E-?Book)");

    private GutenbergBoilerplate() {
    }

    /** {@return the header and footer regions of {@code text}, in order; empty when there are none} */
    static List<Region> find(String text) {
        List<Region> regions = new ArrayList<>();
        int bodyStart = 0;
        Matcher start = START.matcher(text);
        if (start.find()) {
            int end = start.end() < text.length() ? start.end() + 1 : start.end();
            regions.add(new Region(Span.of(0, end), Region.Kind.BOILERPLATE));
            bodyStart = end;
        }
        Matcher end = END.matcher(text);
        if (end.find(bodyStart)) {
            regions.add(new Region(Span.of(end.start(), text.length()), Region.Kind.BOILERPLATE));
        }
        return List.copyOf(regions);
    }
}
