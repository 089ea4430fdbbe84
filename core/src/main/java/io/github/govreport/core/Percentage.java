package io.github.govreport.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The number of a percentage, {@code 8.1%} is 8.1 (not 0.081).
 *
 * @param value the number written, in {@link Decimals#normalize normal form}
 */
public record Percentage(BigDecimal value) implements Scalar {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public Percentage {
        value = Decimals.normalize(Objects.requireNonNull(value, "value"));
    }

    @Override
    public Kind kind() {
        return Kind.PERCENT;
    }

    /** Always {@link Unit#PERCENT}. */
    @Override
    public Unit unit() {
        return Unit.PERCENT;
    }

    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
