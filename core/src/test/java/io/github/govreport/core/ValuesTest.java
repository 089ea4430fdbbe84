package io.github.govreport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value records: normal forms, validation, canonical and idiomatic text. */
class ValuesTest {

    private static final Unit PERSON = new Unit("人", Dimension.PERSON);
    private static final Unit SET = new Unit("套", Dimension.COUNT);
    private static final Unit YUAN = new Unit("元", Dimension.CURRENCY);

    @Test
    void decimalsAreKeptInNormalForm() {
        assertEquals(new Percentage(new BigDecimal("8.10")), new Percentage(new BigDecimal("8.1")));
        assertEquals("16600", new Quantity(new BigDecimal("1.66E+4"), null).value().toString());
        assertTrue(Decimals.isNormal(new Quantity(new BigDecimal("100.00"), null).value()));
        assertEquals(new BigDecimal("16600"), Magnitude.TEN_THOUSAND.apply(new BigDecimal("1.66")));
        assertEquals(12, Magnitude.TRILLION.exponent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            0	零
            10	十
            15	十五
            110	一百一十
            1023	一千零二十三
            20000	二万
            100010000	一亿零一万
            1000500000000	一万亿零五亿
            10015	一万零一十五
            """)
    void chineseNumerals(long n, String written) {
        assertEquals(written, ChineseNumerals.write(n));
    }

    @Test
    void chineseNumeralsRejectOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.write(-1));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.write(ChineseNumerals.MAX + 1));
    }

    @Test
    void canonicalAndIdiomaticForms() {
        Value people = Value.of(new Quantity(new BigDecimal("16600"), PERSON));
        assertEquals("16600人", people.toString());
        assertEquals("1.66万人", ValueFormatter.format(people));
        Value sets = new Value(new Quantity(new BigDecimal("20000"), SET), Qualifier.MORE_THAN, null);
        assertEquals("超过20000套", sets.toString());
        assertEquals("2万余套", ValueFormatter.format(sets));
        Value growth = new Value(new Percentage(new BigDecimal("8")), Qualifier.APPROX, new Change(Direction.UP, "同比"));
        assertEquals("同比增长8%左右", growth.toString());
        Value points = new Value(new PercentagePoints(BigDecimal.valueOf(2)), Qualifier.EXACT, Change.UP);
        assertEquals("提高2个百分点", ValueFormatter.format(points));
        assertEquals("69083000000元", Value.of(new Quantity(new BigDecimal("690.83E8"), YUAN)).toString());
        assertEquals("690.83亿元", ValueFormatter.format(Value.of(new Quantity(new BigDecimal("690.83E8"), YUAN))));
        assertEquals("三分之一", ValueFormatter.format(Value.of(new Fraction(BigInteger.ONE, BigInteger.valueOf(3)))));
        Range r = new Range(new Quantity(new BigDecimal("5E4"), PERSON), new Quantity(new BigDecimal("1E5"), PERSON));
        assertEquals("5万-10万人", ValueFormatter.format(Value.of(r)));
        assertEquals(Qualifier.RANGE, Value.of(r).qualifier());
    }

    @Test
    void fractionsKeepWhatWasWritten() {
        Fraction third = new Fraction(BigInteger.ONE, BigInteger.valueOf(3));
        assertEquals(new BigDecimal("0.3333333333333333"), third.value());
        assertEquals(new BigDecimal("0.75"), new Fraction(BigInteger.valueOf(3), BigInteger.valueOf(4)).value());
        assertThrows(IllegalArgumentException.class, () -> new Fraction(BigInteger.ONE, BigInteger.ZERO));
    }

    @Test
    void datesToThePrecisionGiven() {
        assertEquals("2018", CalendarDate.ofYear(2018).toIsoString());
        assertEquals("2018-03-21", new CalendarDate(2018, 3, 21).toIsoString());
        assertEquals("--03-21", new CalendarDate(null, 3, 21).toIsoString());
        assertEquals("2018年3月", new CalendarDate(2018, 3, null).toString());
        assertThrows(IllegalArgumentException.class, () -> new CalendarDate(2018, 2, 30));
        assertThrows(IllegalArgumentException.class, () -> new CalendarDate(2018, null, 3));
        assertThrows(IllegalArgumentException.class, () -> new CalendarDate(null, null, null));
    }

    @Test
    void invalidValuesAreRejectedClearly() {
        Quantity five = new Quantity(BigDecimal.valueOf(5), PERSON);
        assertThrows(IllegalArgumentException.class, () -> new Value(five, Qualifier.RANGE, null));
        assertThrows(IllegalArgumentException.class, () -> new Range(five, new Percentage(BigDecimal.TEN)));
        assertThrows(IllegalArgumentException.class, () -> new Unit(" ", Dimension.COUNT));
        assertThrows(IllegalArgumentException.class, () -> new Change(Direction.UP, ""));
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 2));
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Quantity(null, PERSON));
        assertEquals("value", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ValueMention(new Span(0, 2), "abc", Value.of(five)));
    }

    @Test
    void spans() {
        Span s = new Span(2, 5);
        assertEquals("cde", s.of("abcdefg"));
        assertEquals(3, s.length());
        assertTrue(s.contains(new Span(3, 5)));
        assertEquals("[2,5)", s.toString());
    }

    @Test
    void numbersWithoutInstanceof() {
        Unit set = new Unit("套", Dimension.COUNT);
        Value scalar = new Value(new Quantity(new BigDecimal("20000"), set), Qualifier.MORE_THAN, null);
        assertEquals(Optional.of(new BigDecimal("20000")), scalar.number());
        assertEquals(scalar.number(), scalar.low());
        assertEquals(scalar.number(), scalar.high());

        Unit firm = new Unit("家", Dimension.COUNT);
        Value range = Value.of(new Range(new Quantity(BigDecimal.valueOf(5), firm), new Quantity(BigDecimal.TEN, firm)));
        assertEquals(Optional.empty(), range.number());
        assertEquals(Optional.of(BigDecimal.valueOf(5)), range.low());
        assertEquals(Optional.of(BigDecimal.TEN), range.high());

        Value date = Value.of(CalendarDate.ofYear(2026));
        assertEquals(Optional.empty(), date.number());
        assertEquals(Optional.empty(), date.low());
        Value years = Value.of(new Range(CalendarDate.ofYear(2021), CalendarDate.ofYear(2025)));
        assertEquals(Optional.empty(), years.high());
    }
}
