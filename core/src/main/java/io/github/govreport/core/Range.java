package io.github.govreport.core;

import java.util.Objects;

/**
 * Two amounts of one kind and unit that bound a value: {@code 5-10万人} is 50000–100000 {@code 人}. Both ends
 * carry the unit and the magnitude, whichever end the text writes them on.
 *
 * @param low the lower end
 * @param high the upper end
 */
public record Range(Amount low, Amount high) implements Amount {

    /**
     * Creates a range.
     *
     * @throws NullPointerException if an end is null
     * @throws IllegalArgumentException if an end is itself a range, or the ends differ in kind or unit
     */
    public Range {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low instanceof Range || high instanceof Range) {
            throw new IllegalArgumentException("a range end cannot be a range");
        }
        if (low.kind() != high.kind() || !Objects.equals(low.unit(), high.unit())) {
            throw new IllegalArgumentException("range ends differ: " + low + " and " + high);
        }
    }

    @Override
    public Kind kind() {
        return low.kind();
    }

    @Override
    public Unit unit() {
        return low.unit();
    }

    @Override
    public String toString() {
        return low + "-" + high;
    }
}
