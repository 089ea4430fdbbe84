package io.github.govreport.core;

import java.util.Objects;

/**
 * A unit of measure as a report writes it, without any magnitude word: {@code 元} (not 亿元),
 * {@code 人}, {@code 平方米}, {@code %}.
 *
 * <p>Units compare by symbol and dimension. A symbol the lexicon does not know is kept with
 * {@link Dimension#UNKNOWN}, so that nothing found in a text is silently dropped.
 *
 * @param symbol the canonical symbol, never blank
 * @param dimension what the unit measures
 */
public record Unit(String symbol, Dimension dimension) {

    /** Percent, {@code %}. */
    public static final Unit PERCENT = new Unit("%", Dimension.RATIO);
    /** Per mille, {@code ‰}. */
    public static final Unit PERMILLE = new Unit("‰", Dimension.RATIO);
    /** Percentage points, {@code 百分点}. */
    public static final Unit PERCENTAGE_POINT = new Unit("百分点", Dimension.RATIO);
    /** Times, {@code 倍}. */
    public static final Unit TIMES = new Unit("倍", Dimension.RATIO);

    /**
     * Creates a unit.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code symbol} is blank
     */
    public Unit {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(dimension, "dimension");
        if (symbol.isBlank()) {
            throw new IllegalArgumentException("unit symbol is blank");
        }
    }

    /** Returns the symbol, e.g. {@code 平方米}. */
    @Override
    public String toString() {
        return symbol;
    }
}
