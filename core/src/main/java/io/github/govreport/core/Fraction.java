package io.github.govreport.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * A fraction as written, {@code 三分之一} is 1/3. Numerator and denominator are kept exactly as the
 * text gives them (not reduced), so nothing is lost; {@link #value()} is their quotient.
 *
 * @param numerator the part, not negative
 * @param denominator the whole, positive
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Scalar {

    /**
     * The precision of {@link #value()} when the quotient does not terminate: 16 significant digits.
     */
    public static final MathContext NON_TERMINATING = MathContext.DECIMAL64;

    /**
     * Creates a fraction.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the numerator is negative or the denominator is not positive
     */
    public Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (numerator.signum() < 0 || denominator.signum() <= 0) {
            throw new IllegalArgumentException("invalid fraction " + numerator + "/" + denominator);
        }
    }

    @Override
    public Kind kind() {
        return Kind.FRACTION;
    }

    /** Always null: a fraction is dimensionless. */
    @Override
    public Unit unit() {
        return null;
    }

    /**
     * The quotient: exact where it terminates (1/4 is 0.25), else rounded to {@link #NON_TERMINATING}
     * (1/3 is 0.3333333333333333).
     */
    @Override
    public BigDecimal value() {
        BigDecimal n = new BigDecimal(numerator);
        BigDecimal d = new BigDecimal(denominator);
        try {
            return Decimals.normalize(n.divide(d));
        } catch (ArithmeticException nonTerminating) {
            return Decimals.normalize(n.divide(d, NON_TERMINATING));
        }
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
