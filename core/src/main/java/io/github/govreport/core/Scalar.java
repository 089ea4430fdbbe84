package io.github.govreport.core;

import java.math.BigDecimal;

/** An amount that is one exact number: everything but a date or a range. */
public sealed interface Scalar extends Amount
        permits Quantity, Percentage, PerMille, PercentagePoints, Multiple, Fraction {

    /**
     * The exact number, in {@link Decimals#normalize normal form}: 16600 for {@code 1.66万人}, 8.1 for
     * {@code 8.1%}. A {@link Fraction} whose decimal does not terminate rounds here; it keeps its exact
     * numerator and denominator.
     */
    BigDecimal value();
}
