package io.github.govreport.core;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Writes a {@link Value} the way a report would: {@code 16600 人} as {@code 1.66万人}, {@code MORE_THAN
 * 20000 套} as {@code 2万余套}, an increase of 2 percentage points as {@code 提高2个百分点}. The parser
 * reads every form written here back to an equal value.
 */
public final class ValueFormatter {

    private static final BigDecimal TEN_THOUSAND = Magnitude.TEN_THOUSAND.multiplier();

    private ValueFormatter() {}

    /**
     * Writes the idiomatic form of {@code value}.
     *
     * @param value any value
     * @return the text, e.g. {@code 同比增长8%左右}
     * @throws NullPointerException if {@code value} is null
     */
    public static String format(Value value) {
        Amount amount = value.amount();
        if (value.qualifier() == Qualifier.MORE_THAN && amount instanceof Quantity q && magnitudeOf(q.value()) != null) {
            // 2万余套: 余 stands between the magnitude and the unit
            String text = idiomatic(q.value()) + "余" + (q.unit() == null ? "" : q.unit().symbol());
            return changePrefix(value) + text;
        }
        return write(value, idiomatic(amount));
    }

    /** Writes qualifier and change words around an amount already written. */
    static String write(Value value, String amountText) {
        StringBuilder s = new StringBuilder(changePrefix(value));
        switch (value.qualifier()) {
            case MORE_THAN -> s.append("超过").append(amountText);
            case LESS_THAN -> s.append("不足").append(amountText);
            case NEARLY -> s.append("近").append(amountText);
            case APPROX -> s.append(amountText).append("左右");
            case AT_LEAST -> s.append(amountText).append("以上");
            case AT_MOST -> s.append(amountText).append("以内");
            case EXACT, RANGE -> s.append(amountText);
        }
        return s.toString();
    }

    private static String changePrefix(Value value) {
        Change change = value.change();
        if (change == null) {
            return "";
        }
        String basis = change.basis() == null ? "" : change.basis();
        if (change.direction() == Direction.DOWN) {
            return basis + "下降";
        }
        return basis + (value.kind() == Kind.PERCENTAGE_POINT ? "提高" : "增长");
    }

    private static String idiomatic(Amount amount) {
        // Java 17 has no pattern matching for switch yet: an instanceof chain over the sealed types
        if (amount instanceof Quantity q) {
            return idiomatic(q.value()) + (q.unit() == null ? "" : q.unit().symbol());
        }
        if (amount instanceof PercentagePoints p) {
            return p.value().toPlainString() + "个百分点";
        }
        if (amount instanceof Fraction f) {
            return chinese(f.denominator()) + "分之" + chinese(f.numerator());
        }
        if (amount instanceof Range r) {
            return idiomaticLow(r) + "-" + idiomatic(r.high());
        }
        return amount.toString(); // Percentage, PerMille, Multiple, CalendarDate
    }

    /** The low end of a range, without its unit where the high end repeats it (5万-10万人). */
    private static String idiomaticLow(Range r) {
        if (r.low() instanceof Quantity q) {
            return idiomatic(q.value());
        }
        return idiomatic(r.low());
    }

    /** A whole amount of 10 000 or more gets the largest magnitude word that divides it exactly. */
    private static String idiomatic(BigDecimal v) {
        Magnitude m = magnitudeOf(v);
        if (m == null) {
            return v.toPlainString();
        }
        return Decimals.normalize(v.movePointLeft(m.exponent())).toPlainString() + m.symbol();
    }

    private static Magnitude magnitudeOf(BigDecimal v) {
        if (v.abs().compareTo(TEN_THOUSAND) < 0 || v.scale() > 0) {
            return null;
        }
        for (Magnitude m : new Magnitude[] {Magnitude.TRILLION, Magnitude.HUNDRED_MILLION, Magnitude.TEN_THOUSAND}) {
            if (v.abs().compareTo(m.multiplier()) >= 0) {
                return m;
            }
        }
        return null;
    }

    private static String chinese(BigInteger n) {
        return n.bitLength() < 63 && n.longValue() <= ChineseNumerals.MAX ? ChineseNumerals.write(n.longValue()) : n.toString();
    }
}
