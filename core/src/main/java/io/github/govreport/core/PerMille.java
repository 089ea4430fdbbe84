package io.github.govreport.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The number of a per-mille value, {@code 11‰} is 11.
 *
 * @param value the number written, in {@link Decimals#normalize normal form}
 */
public record PerMille(BigDecimal value) implements Scalar {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public PerMille {
        value = Decimals.normalize(Objects.requireNonNull(value, "value"));
    }

    @Override
    public Kind kind() {
        return Kind.PERMILLE;
    }

    /** Always {@link Unit#PERMILLE}. */
    @Override
    public Unit unit() {
        return Unit.PERMILLE;
    }

    @Override
    public String toString() {
        return value.toPlainString() + "‰";
    }
}
