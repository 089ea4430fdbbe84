package io.github.govreport.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount of a unit, the magnitude applied: {@code 1.66万人} is 16600 {@code 人}, {@code 690.83亿元}
 * is 69083000000 {@code 元}, {@code 两万} is 20000 with no unit.
 *
 * @param value the exact amount, stored in {@link Decimals#normalize normal form}
 * @param unit the unit, or null for a bare number
 */
public record Quantity(BigDecimal value, Unit unit) implements Scalar {

    /**
     * Creates a quantity.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public Quantity {
        value = Decimals.normalize(Objects.requireNonNull(value, "value"));
    }

    @Override
    public Kind kind() {
        return Kind.QUANTITY;
    }

    @Override
    public String toString() {
        return value.toPlainString() + (unit == null ? "" : unit.symbol());
    }
}
