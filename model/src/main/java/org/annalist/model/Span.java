package org.annalist.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a {@link SourceText}.
 * Every stored offset in annalist is a Span into the text the reader produced, never a
 * token index.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "start must be non-negative and end >= start; got start=" + start + ", end=" + end);
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** {@return the number of characters covered} */
    public int length() {
        return end - start;
    }

    /** {@return true when the two spans share at least one character}; an empty span overlaps nothing */
    public boolean overlaps(Span other) {
        return Math.max(start, other.start) < Math.min(end, other.end);
    }

    /** {@return true when {@code other} lies wholly inside this span} */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** {@return true when {@code offset} lies inside this span} */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** {@return the characters of {@code text} this span covers} */
    public String coveredText(SourceText text) {
        return text.slice(this);
    }

    /** {@return this span shifted by {@code delta} characters} */
    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
