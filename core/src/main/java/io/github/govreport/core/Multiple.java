package io.github.govreport.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The number of a multiple, {@code 1.2倍} is 1.2 and {@code 翻番} is 2.
 *
 * @param value the number written, in {@link Decimals#normalize normal form}
 */
public record Multiple(BigDecimal value) implements Scalar {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public Multiple {
        value = Decimals.normalize(Objects.requireNonNull(value, "value"));
    }

    @Override
    public Kind kind() {
        return Kind.MULTIPLE;
    }

    /** Always {@link Unit#TIMES}. */
    @Override
    public Unit unit() {
        return Unit.TIMES;
    }

    @Override
    public String toString() {
        return value.toPlainString() + "倍";
    }
}
