package io.github.govreport.core;

/**
 * What a value mention states, without its qualifier or change: a number with its unit, a date, or a
 * range of either. The permitted types are the whole vocabulary; on Java 17 test them with {@code
 * instanceof} patterns ({@code if (amount instanceof Scalar s)}), or ask {@link Value#number()}, {@link
 * Value#low()} and {@link Value#high()} for the numbers without testing at all.
 */
public sealed interface Amount permits Scalar, CalendarDate, Range {

    /** The kind of mention this amount makes. */
    Kind kind();

    /**
     * The unit, or null where there is none: a bare number ({@code 两万}), a fraction or a date.
     */
    Unit unit();
}
