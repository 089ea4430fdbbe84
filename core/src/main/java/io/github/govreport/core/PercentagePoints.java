package io.github.govreport.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The number of a difference of percentages, {@code 2个百分点} is 2.
 *
 * @param value the number written, in {@link Decimals#normalize normal form}
 */
public record PercentagePoints(BigDecimal value) implements Scalar {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public PercentagePoints {
        value = Decimals.normalize(Objects.requireNonNull(value, "value"));
    }

    @Override
    public Kind kind() {
        return Kind.PERCENTAGE_POINT;
    }

    /** Always {@link Unit#PERCENTAGE_POINT}. */
    @Override
    public Unit unit() {
        return Unit.PERCENTAGE_POINT;
    }

    @Override
    public String toString() {
        return value.toPlainString() + "百分点";
    }
}
