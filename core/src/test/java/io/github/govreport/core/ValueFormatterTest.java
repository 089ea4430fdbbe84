package io.github.govreport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ValueFormatter's choices: which magnitude word a whole amount gets (none below 10 000, 万 from 10 000,
 * 亿 from 10<sup>8</sup>, 万亿 from 10<sup>12</sup>, never for a decimal), where 余 goes, the word for each
 * qualifier and direction, and how fractions and ranges are written.
 */
class ValueFormatterTest {

    private static final Unit PERSON = new Unit("人", Dimension.PERSON);
    private static final Unit SET = new Unit("套", Dimension.COUNT);

    private static String idiomatic(String number) {
        return ValueFormatter.format(Value.of(new Quantity(new BigDecimal(number), null)));
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            9999	9999
            10000	1万
            -9999	-9999
            -10000	-1万
            -20000	-2万
            12345	1.2345万
            99999999	9999.9999万
            100000000	1亿
            123456789	1.23456789亿
            999999999999	9999.99999999亿
            1000000000000	1万亿
            25000000000000	25万亿
            10000.5	10000.5
            123456.78	123456.78
            0	0
            """)
    void magnitudeWordAtEachBoundary(String number, String written) {
        assertEquals(written, idiomatic(number));
    }

    @Test
    void moreThanPutsYuBetweenMagnitudeAndUnit() {
        assertEquals("2万余套", ValueFormatter.format(new Value(new Quantity(new BigDecimal("20000"), SET), Qualifier.MORE_THAN, null)));
        assertEquals("2万余", ValueFormatter.format(new Value(new Quantity(new BigDecimal("20000"), null), Qualifier.MORE_THAN, null)));
        assertEquals("比上年增长3万余人", ValueFormatter.format(new Value(
                new Quantity(new BigDecimal("30000"), PERSON), Qualifier.MORE_THAN, new Change(Direction.UP, "比上年"))));
    }

    @Test
    void moreThanWithoutMagnitudeIsChaoGuo() {
        assertEquals("超过500套", ValueFormatter.format(new Value(new Quantity(new BigDecimal("500"), SET), Qualifier.MORE_THAN, null)));
        assertEquals("超过9999套", ValueFormatter.format(new Value(new Quantity(new BigDecimal("9999"), SET), Qualifier.MORE_THAN, null)));
        assertEquals("超过5%", ValueFormatter.format(new Value(new Percentage(new BigDecimal("5")), Qualifier.MORE_THAN, null)));
        assertEquals("超过10000.5套", ValueFormatter.format(new Value(new Quantity(new BigDecimal("10000.5"), SET), Qualifier.MORE_THAN, null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            EXACT	6%
            APPROX	6%左右
            AT_LEAST	6%以上
            MORE_THAN	超过6%
            AT_MOST	6%以内
            LESS_THAN	不足6%
            NEARLY	近6%
            """)
    void everyQualifierHasItsWord(Qualifier qualifier, String written) {
        Value v = new Value(new Percentage(new BigDecimal("6")), qualifier, null);
        assertEquals(written, ValueFormatter.format(v));
        assertEquals(written, v.toString(), "a percentage has no magnitude, so both forms agree");
    }

    @Test
    void directionAndBasis() {
        Percentage three = new Percentage(new BigDecimal("3"));
        assertEquals("同比下降3%", ValueFormatter.format(new Value(three, Qualifier.EXACT, new Change(Direction.DOWN, "同比"))));
        assertEquals("下降3%", ValueFormatter.format(new Value(three, Qualifier.EXACT, Change.DOWN)));
        assertEquals("同比增长3%", ValueFormatter.format(new Value(three, Qualifier.EXACT, new Change(Direction.UP, "同比"))));
        PercentagePoints half = new PercentagePoints(new BigDecimal("0.5"));
        assertEquals("下降0.5个百分点", ValueFormatter.format(new Value(half, Qualifier.EXACT, Change.DOWN)));
        assertEquals("比上年提高0.5个百分点", ValueFormatter.format(new Value(half, Qualifier.EXACT, new Change(Direction.UP, "比上年"))));
        assertEquals("0.5个百分点", ValueFormatter.format(Value.of(half)));
        assertEquals("增长1.2倍", ValueFormatter.format(new Value(new Multiple(new BigDecimal("1.2")), Qualifier.EXACT, Change.UP)));
        assertEquals("增长1.2万人左右", ValueFormatter.format(
                new Value(new Quantity(new BigDecimal("12000"), PERSON), Qualifier.APPROX, Change.UP)));
    }

    @Test
    void fractionsInChineseNumeralsUpToTheirLimit() {
        assertEquals("四分之三", ValueFormatter.format(Value.of(new Fraction(BigInteger.valueOf(3), BigInteger.valueOf(4)))));
        assertEquals("一万分之零", ValueFormatter.format(Value.of(new Fraction(BigInteger.ZERO, BigInteger.valueOf(10_000)))));
        BigInteger max = BigInteger.valueOf(ChineseNumerals.MAX);
        assertEquals(ChineseNumerals.write(ChineseNumerals.MAX) + "分之一",
                ValueFormatter.format(Value.of(new Fraction(BigInteger.ONE, max))));
        assertEquals("10000000000000000分之一", ValueFormatter.format(Value.of(new Fraction(BigInteger.ONE, max.add(BigInteger.ONE)))));
        BigInteger beyondLong = BigInteger.TWO.pow(64);
        assertEquals(beyondLong + "分之一", ValueFormatter.format(Value.of(new Fraction(BigInteger.ONE, beyondLong))));
    }

    @Test
    void rangesWriteTheUnitOnceForQuantitiesAndOnBothEndsOtherwise() {
        Range people = new Range(new Quantity(new BigDecimal("50000"), PERSON), new Quantity(new BigDecimal("100000"), PERSON));
        assertEquals("5万-10万人", ValueFormatter.format(Value.of(people)));
        assertEquals("50000人-100000人", Value.of(people).toString());
        Range bare = new Range(new Quantity(new BigDecimal("3"), null), new Quantity(new BigDecimal("20000"), null));
        assertEquals("3-2万", ValueFormatter.format(Value.of(bare)));
        Range percent = new Range(new Percentage(new BigDecimal("5")), new Percentage(new BigDecimal("5.5")));
        assertEquals("5%-5.5%", ValueFormatter.format(Value.of(percent)));
        Range years = new Range(CalendarDate.ofYear(2013), CalendarDate.ofYear(2017));
        assertEquals("2013年-2017年", ValueFormatter.format(Value.of(years)));
        assertEquals("增长5%-5.5%", ValueFormatter.format(new Value(percent, Qualifier.RANGE, Change.UP)));
    }

    @Test
    void datesAndOtherAmountsAsTheyPrintThemselves() {
        assertEquals("2018年3月", ValueFormatter.format(Value.of(new CalendarDate(2018, 3, null))));
        assertEquals("11‰", ValueFormatter.format(Value.of(new PerMille(new BigDecimal("11")))));
        assertEquals("2倍", ValueFormatter.format(Value.of(new Multiple(new BigDecimal("2")))));
    }
}
