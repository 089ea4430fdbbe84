package io.github.govreport.core;

import java.math.BigDecimal;

/**
 * A magnitude word that scales the number before it: {@code 1.66万} is 1.66 × 10<sup>4</sup>.
 * Reports combine them ({@code 万亿}); the combined forms that occur are constants of their own.
 */
public enum Magnitude {
    /** 十, 10<sup>1</sup>. */
    TEN("十", 1),
    /** 百, 10<sup>2</sup>. */
    HUNDRED("百", 2),
    /** 千, 10<sup>3</sup>. */
    THOUSAND("千", 3),
    /** 万, 10<sup>4</sup>. */
    TEN_THOUSAND("万", 4),
    /** 十万, 10<sup>5</sup>. */
    HUNDRED_THOUSAND("十万", 5),
    /** 百万, 10<sup>6</sup>. */
    MILLION("百万", 6),
    /** 千万, 10<sup>7</sup>. */
    TEN_MILLION("千万", 7),
    /** 亿, 10<sup>8</sup>. */
    HUNDRED_MILLION("亿", 8),
    /** 万亿, 10<sup>12</sup>. */
    TRILLION("万亿", 12);

    private final String symbol;
    private final int exponent;
    private final BigDecimal multiplier;

    Magnitude(String symbol, int exponent) {
        this.symbol = symbol;
        this.exponent = exponent;
        this.multiplier = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    }

    /** The word as written in Simplified Chinese, e.g. {@code 万亿}. */
    public String symbol() {
        return symbol;
    }

    /** The power of ten, e.g. 12 for {@code 万亿}. */
    public int exponent() {
        return exponent;
    }

    /** Ten to the power of {@link #exponent()}, as an exact decimal. */
    public BigDecimal multiplier() {
        return multiplier;
    }

    /**
     * Applies this magnitude: {@code TEN_THOUSAND.apply(1.66)} is 16600.
     *
     * @param number the number written before the word
     * @return the exact product, without trailing zeros
     */
    public BigDecimal apply(BigDecimal number) {
        return Decimals.normalize(number.scaleByPowerOfTen(exponent));
    }
}
