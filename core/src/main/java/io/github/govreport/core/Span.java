package io.github.govreport.core;

/**
 * Where something stands in a text: UTF-16 offsets (Java {@code String} indices) into the text exactly
 * as it was given, before any normalization, so that {@code text.substring(start, end)} is the thing.
 *
 * @param start the index of the first char, inclusive
 * @param end the index after the last char, exclusive
 */
public record Span(int start, int end) {

    /**
     * Creates a span.
     *
     * @throws IllegalArgumentException if {@code start} is negative or greater than {@code end}
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** The number of chars covered. */
    public int length() {
        return end - start;
    }

    /** Returns true when {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /**
     * Returns the covered text.
     *
     * @param text the text this span points into
     * @throws IndexOutOfBoundsException if the span does not lie inside {@code text}
     */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
