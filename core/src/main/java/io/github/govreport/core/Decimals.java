package io.github.govreport.core;

import java.math.BigDecimal;

/**
 * The one rule every exact value in this library follows: a {@link BigDecimal} without trailing zeros
 * and never with a negative scale, so that {@code 8.10} and {@code 8.1} are one value, {@code equals}
 * works, and {@code toPlainString()} and {@code toString()} agree ({@code 16600}, never {@code 1.66E+4}).
 */
public final class Decimals {

    private Decimals() {}

    /**
     * Returns the normal form of a decimal.
     *
     * @param value any decimal
     * @return the same number, without trailing zeros and with a scale of at least zero
     * @throws NullPointerException if {@code value} is null
     */
    public static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Returns true when {@code value} is already in the normal form of {@link #normalize}. */
    public static boolean isNormal(BigDecimal value) {
        return value.scale() >= 0 && value.equals(normalize(value));
    }
}
