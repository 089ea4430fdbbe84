package io.github.govreport.model;

/**
 * One year or a run of years, inclusive: {@code 2017}, or {@code 2013-2017} for a five-year review.
 *
 * @param first the first year
 * @param last the last year, not before {@code first}
 */
public record YearSpan(int first, int last) {

    /**
     * Creates a span of years.
     *
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public YearSpan {
        if (last < first) {
            throw new IllegalArgumentException("year span ends before it starts: " + first + "-" + last);
        }
    }

    /** The single year {@code year}. */
    public static YearSpan of(int year) {
        return new YearSpan(year, year);
    }

    /**
     * Reads the form {@link #toString()} writes.
     *
     * @throws IllegalArgumentException if {@code text} is not {@code YYYY} or {@code YYYY-YYYY}
     */
    public static YearSpan parse(String text) {
        try {
            int dash = text.indexOf('-', 1);
            return dash < 0 ? of(Integer.parseInt(text)) : new YearSpan(
                    Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a year or year span: " + text, e);
        }
    }

    /** {@code 2017} or {@code 2013-2017}. */
    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
