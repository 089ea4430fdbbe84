package io.github.govreport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The records of a value at the edges of what they accept, and what each says about itself: kind,
 * unit, normal form, text.
 */
class ValueRecordsTest {

    private static final Unit PERSON = new Unit("人", Dimension.PERSON);

    @Test
    void eachScalarNamesItsKindAndUnitAndPrintsItsSymbol() {
        BigDecimal v = new BigDecimal("2.50");
        assertEquals(Kind.PERCENT, new Percentage(v).kind());
        assertSame(Unit.PERCENT, new Percentage(v).unit());
        assertEquals("2.5%", new Percentage(v).toString());
        assertEquals(Kind.PERMILLE, new PerMille(v).kind());
        assertSame(Unit.PERMILLE, new PerMille(v).unit());
        assertEquals("2.5‰", new PerMille(v).toString());
        assertEquals(Kind.PERCENTAGE_POINT, new PercentagePoints(v).kind());
        assertSame(Unit.PERCENTAGE_POINT, new PercentagePoints(v).unit());
        assertEquals("2.5百分点", new PercentagePoints(v).toString());
        assertEquals(Kind.MULTIPLE, new Multiple(v).kind());
        assertSame(Unit.TIMES, new Multiple(v).unit());
        assertEquals("2.5倍", new Multiple(v).toString());
        assertEquals(Kind.QUANTITY, new Quantity(v, PERSON).kind());
        assertEquals("2.5人", new Quantity(v, PERSON).toString());
        assertEquals("2.5", new Quantity(v, null).toString());
        assertEquals(new BigDecimal("2.5"), new Multiple(v).value());
        assertEquals(new BigDecimal("2.5"), new PerMille(v).value());
        assertEquals(new BigDecimal("2.5"), new PercentagePoints(v).value());
    }

    @Test
    void everyScalarRefusesANullNumber() {
        assertThrows(NullPointerException.class, () -> new Percentage(null));
        assertThrows(NullPointerException.class, () -> new PerMille(null));
        assertThrows(NullPointerException.class, () -> new PercentagePoints(null));
        assertThrows(NullPointerException.class, () -> new Multiple(null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            8.10	8.1	1
            1E+3	1000	0
            0.000	0	0
            -2.500	-2.5	1
            16600	16600	0
            """)
    void decimalsNormalFormHasNoTrailingZerosAndNoNegativeScale(String in, String plain, int scale) {
        BigDecimal normal = Decimals.normalize(new BigDecimal(in));
        assertEquals(plain, normal.toString());
        assertEquals(scale, normal.scale());
        assertTrue(Decimals.isNormal(normal));
    }

    @Test
    void onlyTheNormalFormIsNormal() {
        assertFalse(Decimals.isNormal(new BigDecimal("8.10")));
        assertFalse(Decimals.isNormal(new BigDecimal("1E+3")), "a negative scale");
        assertFalse(Decimals.isNormal(new BigDecimal("0.0")));
        assertTrue(Decimals.isNormal(BigDecimal.ZERO));
        assertTrue(Decimals.isNormal(new BigDecimal("1000")));
    }

    @Test
    void magnitudesScaleByTheirPowerOfTen() {
        for (Magnitude m : Magnitude.values()) {
            assertEquals(BigDecimal.TEN.pow(m.exponent()), m.multiplier().setScale(0), m.name());
            assertEquals(BigDecimal.TEN.pow(m.exponent()), m.apply(BigDecimal.ONE), m.name());
        }
        assertEquals("万亿", Magnitude.TRILLION.symbol());
        assertEquals("十万", Magnitude.HUNDRED_THOUSAND.symbol());
        assertEquals(5, Magnitude.HUNDRED_THOUSAND.exponent());
        assertEquals(new BigDecimal("69083000000"), Magnitude.HUNDRED_MILLION.apply(new BigDecimal("690.83")));
        BigDecimal fifteenThousand = Magnitude.TEN_THOUSAND.apply(new BigDecimal("1.5"));
        assertEquals("15000", fifteenThousand.toString(), "not 1.5E+4");
        assertEquals(0, fifteenThousand.scale());
    }

    @Test
    void fractionsAtTheirEdges() {
        Fraction none = new Fraction(BigInteger.ZERO, BigInteger.ONE);
        assertEquals(BigDecimal.ZERO, none.value());
        assertEquals(Kind.FRACTION, none.kind());
        assertNull(none.unit());
        assertEquals("0/1", none.toString());
        assertEquals(new BigDecimal("0.6666666666666667"), new Fraction(BigInteger.TWO, BigInteger.valueOf(3)).value());
        assertEquals(new BigDecimal("2"), new Fraction(BigInteger.valueOf(4), BigInteger.TWO).value(), "kept 4/2, valued 2");
        assertEquals("4/2", new Fraction(BigInteger.valueOf(4), BigInteger.TWO).toString());
        assertThrows(IllegalArgumentException.class, () -> new Fraction(BigInteger.ONE.negate(), BigInteger.ONE));
        assertThrows(IllegalArgumentException.class, () -> new Fraction(BigInteger.ONE, BigInteger.ONE.negate()));
        assertThrows(NullPointerException.class, () -> new Fraction(null, BigInteger.ONE));
        assertThrows(NullPointerException.class, () -> new Fraction(BigInteger.ONE, null));
    }

    @Test
    void rangesTakeKindAndUnitFromTheirEnds() {
        Range r = new Range(new Quantity(BigDecimal.ONE, PERSON), new Quantity(BigDecimal.TEN, PERSON));
        assertEquals(Kind.QUANTITY, r.kind());
        assertEquals(PERSON, r.unit());
        assertEquals("1人-10人", r.toString());
        Range dates = new Range(CalendarDate.ofYear(2013), CalendarDate.ofYear(2017));
        assertEquals(Kind.DATE, dates.kind());
        assertNull(dates.unit());
        assertThrows(IllegalArgumentException.class, () -> new Range(r, new Quantity(BigDecimal.TEN, PERSON)));
        assertThrows(IllegalArgumentException.class, () -> new Range(new Quantity(BigDecimal.ONE, PERSON), r));
        assertThrows(IllegalArgumentException.class,
                () -> new Range(new Quantity(BigDecimal.ONE, PERSON), new Quantity(BigDecimal.TEN, null)), "units differ");
        assertThrows(NullPointerException.class, () -> new Range(null, r.high()));
        assertThrows(NullPointerException.class, () -> new Range(r.low(), null));
    }

    @Test
    void valueCopiesAndChecks() {
        Value v = Value.of(new Percentage(BigDecimal.ONE));
        assertEquals(Qualifier.EXACT, v.qualifier());
        assertNull(v.change());
        assertEquals(Kind.PERCENT, v.kind());
        Value up = v.withChange(Change.UP);
        assertEquals(Change.UP, up.change());
        assertEquals(v.amount(), up.amount());
        assertEquals(Qualifier.EXACT, up.qualifier());
        Value about = up.withQualifier(Qualifier.APPROX);
        assertEquals(Qualifier.APPROX, about.qualifier());
        assertEquals(Change.UP, about.change());
        assertNull(about.withChange(null).change());
        assertThrows(IllegalArgumentException.class, () -> new Value(new Range(CalendarDate.ofYear(1), CalendarDate.ofYear(2)), Qualifier.EXACT, null));
        assertThrows(NullPointerException.class, () -> new Value(null, Qualifier.EXACT, null));
        assertThrows(NullPointerException.class, () -> new Value(v.amount(), null, null));
    }

    @Test
    void changes() {
        assertSame(Change.UP, Change.of(Direction.UP));
        assertSame(Change.DOWN, Change.of(Direction.DOWN));
        assertEquals(Direction.DOWN, Change.DOWN.direction());
        assertNull(Change.UP.basis());
        assertEquals("同比", new Change(Direction.UP, "同比").basis());
        assertThrows(IllegalArgumentException.class, () -> new Change(Direction.UP, " "));
        assertThrows(NullPointerException.class, () -> new Change(null, null));
    }

    @Test
    void spansAtTheirEdges() {
        assertEquals(0, new Span(0, 0).length());
        assertEquals("", new Span(4, 4).of("abcd"));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> new Span(2, 5).of("abcd"));
        Span s = new Span(2, 5);
        assertTrue(s.contains(s));
        assertTrue(s.contains(new Span(2, 2)));
        assertTrue(s.contains(new Span(5, 5)));
        assertFalse(s.contains(new Span(1, 5)));
        assertFalse(s.contains(new Span(2, 6)));
    }

    @Test
    void unitsAndMentions() {
        assertEquals("平方米", new Unit("平方米", Dimension.AREA).toString());
        assertThrows(NullPointerException.class, () -> new Unit(null, Dimension.AREA));
        assertThrows(NullPointerException.class, () -> new Unit("人", null));
        ValueMention m = new ValueMention(new Span(3, 5), "8%", Value.of(new Percentage(new BigDecimal("8"))));
        assertEquals(3, m.start());
        assertEquals(5, m.end());
        assertEquals("[3,5) 8% = 8%", m.toString());
        assertThrows(NullPointerException.class, () -> new ValueMention(null, "8%", m.value()));
        assertThrows(NullPointerException.class, () -> new ValueMention(m.span(), null, m.value()));
        assertThrows(NullPointerException.class, () -> new ValueMention(m.span(), "8%", null));
    }

    @Test
    void datesAtTheEdgesOfTheirParts() {
        assertEquals("0001", CalendarDate.ofYear(1).toIsoString());
        assertEquals("9999", CalendarDate.ofYear(9999).toIsoString());
        assertThrows(IllegalArgumentException.class, () -> CalendarDate.ofYear(0));
        assertThrows(IllegalArgumentException.class, () -> CalendarDate.ofYear(10_000));
        assertEquals("2018-01", new CalendarDate(2018, 1, null).toIsoString());
        assertEquals("2018-12", new CalendarDate(2018, 12, null).toIsoString());
        assertThrows(IllegalArgumentException.class, () -> new CalendarDate(2018, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new CalendarDate(2018, 13, null));
        assertEquals("--03", new CalendarDate(null, 3, null).toIsoString());
        assertEquals("3月", new CalendarDate(null, 3, null).toString());
        assertEquals("2月29日", new CalendarDate(null, 2, 29).toString(), "a leap day stands when the year is unknown");
        assertEquals("2020年2月29日", new CalendarDate(2020, 2, 29).toString());
        assertThrows(IllegalArgumentException.class, () -> new CalendarDate(2019, 2, 29));
        assertThrows(IllegalArgumentException.class, () -> new CalendarDate(2018, 3, 0));
        assertEquals(Month.MARCH, new CalendarDate(2018, 3, 21).monthOfYear());
        assertNull(CalendarDate.ofYear(2018).monthOfYear());
        assertEquals("2018年", CalendarDate.ofYear(2018).toString());
        assertEquals(Kind.DATE, CalendarDate.ofYear(2018).kind());
        assertNull(CalendarDate.ofYear(2018).unit());
    }
}
