package org.annalist.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author a plain-text file names in its front matter: a Project Gutenberg header's
 * {@code Author:} line (before the {@code *** START OF …} line), or an {@code Author:} line
 * among the first lines of a file without such a header. Several authors ({@code A and B},
 * {@code A; B}) give the first; an editor or translator line is not an author.
 */
final class AuthorLine {

    /** How far into a file without a Gutenberg header an {@code Author:} line may stand. */
    static final int FRONT_MATTER = 2_000;

    private static final Pattern START = Pattern.compile(
            "(?im)^\\*{3}\\s*START OF (?:THIS|THE) PROJECT GUTENBERG E-?BOOK");
    private static final Pattern AUTHOR = Pattern.compile("(?im)^[ \\t]*Authors?:[ \\t]*(\\S[^\\n]*?)[ \\t]*$");
    private static final Pattern SEVERAL = Pattern.compile("\\s*(?:;|\\band\\b|&)\\s*");

    private AuthorLine() {
    }

    /** {@return the author {@code text}'s front matter names}, trimmed; empty when none */
    static Optional<String> of(String text) {
        Matcher start = START.matcher(text);
        int limit = start.find() ? start.start() : Math.min(text.length(), FRONT_MATTER);
        Matcher m = AUTHOR.matcher(text).region(0, limit);
        return m.find() ? clean(m.group(1)) : Optional.empty();
    }

    /**
     * {@return the first author {@code raw} names}, its white space collapsed; empty when it
     * names none ({@code Unknown}, {@code Anonymous}, blank)
     */
    static Optional<String> clean(String raw) {
        String first = SEVERAL.split(raw.replaceAll("\\s+", " ").strip(), 2)[0].strip();
        return first.isEmpty() || first.equalsIgnoreCase("unknown") || first.equalsIgnoreCase("anonymous")
                ? Optional.empty() : Optional.of(first);
    }
}
