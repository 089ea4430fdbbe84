package io.github.govreport.core;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Objects;

/**
 * The normalized meaning of one value mention: what amount it states, how the amount is qualified, and
 * whether it states a change. {@code 同比增长8%左右} is {@code Value(Percentage(8), APPROX, Change(UP, 同比))}.
 *
 * <p>{@link #toString()} is a canonical form that the parser reads back to an equal value; {@link
 * ValueFormatter} writes the idiomatic form a report would use.
 *
 * @param amount what is stated
 * @param qualifier how the amount is qualified; {@link Qualifier#RANGE} exactly when the amount is a
 *     {@link Range}
 * @param change the change stated, or null when the value is a level, not a change
 */
public record Value(Amount amount, Qualifier qualifier, Change change) {

    /**
     * Creates a value.
     *
     * @throws NullPointerException if {@code amount} or {@code qualifier} is null
     * @throws IllegalArgumentException if the qualifier is {@code RANGE} but the amount is no range, or
     *     the other way round
     */
    public Value {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(qualifier, "qualifier");
        if ((qualifier == Qualifier.RANGE) != (amount instanceof Range)) {
            throw new IllegalArgumentException("qualifier RANGE goes with a Range amount, and only with one");
        }
    }

    /** An exact level with no change: {@code 1.66万人}. */
    public static Value of(Amount amount) {
        return new Value(amount, amount instanceof Range ? Qualifier.RANGE : Qualifier.EXACT, null);
    }

    /** The kind of the amount. */
    public Kind kind() {
        return amount.kind();
    }

    /**
     * The number of a scalar amount ({@code 2万余套} gives 20000), so that callers need no {@code
     * instanceof}; empty for a range or a date.
     */
    public Optional<BigDecimal> number() {
        return amount instanceof Scalar s ? Optional.of(s.value()) : Optional.empty();
    }

    /**
     * The lower number: the low end of a range of scalars ({@code 5-10家} gives 5), or the number of a
     * scalar; empty for a date or a range of dates.
     */
    public Optional<BigDecimal> low() {
        return amount instanceof Range r ? numberOf(r.low()) : number();
    }

    /**
     * The upper number: the high end of a range of scalars ({@code 5-10家} gives 10), or the number of a
     * scalar; empty for a date or a range of dates.
     */
    public Optional<BigDecimal> high() {
        return amount instanceof Range r ? numberOf(r.high()) : number();
    }

    private static Optional<BigDecimal> numberOf(Amount end) {
        return end instanceof Scalar s ? Optional.of(s.value()) : Optional.empty();
    }

    /** Returns a copy with the given change (null for none). */
    public Value withChange(Change newChange) {
        return new Value(amount, qualifier, newChange);
    }

    /** Returns a copy with the given qualifier. */
    public Value withQualifier(Qualifier newQualifier) {
        return new Value(amount, newQualifier, change);
    }

    /**
     * The canonical form, without magnitude words, which the parser reads back to an equal value: {@code
     * 同比增长8%左右}, {@code 超过20000套}, {@code 50000人-100000人}.
     */
    @Override
    public String toString() {
        return ValueFormatter.write(this, amount.toString());
    }
}
