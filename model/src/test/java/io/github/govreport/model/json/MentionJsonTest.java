package io.github.govreport.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Amount;
import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.Change;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Fraction;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Multiple;
import io.github.govreport.core.PerMille;
import io.github.govreport.core.Percentage;
import io.github.govreport.core.PercentagePoints;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Range;
import io.github.govreport.core.Span;
import io.github.govreport.core.Unit;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of one value mention, in both modes of {@link GovReportModule}. */
class MentionJsonTest {

    static final ObjectMapper LOSSLESS = JsonMapper.builder().addModule(new GovReportModule()).build();
    static final ObjectMapper CONTRACT = JsonMapper.builder().addModule(GovReportModule.contract()).build();

    static final List<String> CONTRACT_FIELDS = List.of(
            "start", "end", "text", "kind", "change", "value", "low", "high", "unit", "dimension", "qualifier");

    static final Unit PERSON = new Unit("人", Dimension.PERSON);
    static final Unit YUAN = new Unit("元", Dimension.CURRENCY);

    /** One amount of every type, and of every form a type has. */
    static List<Amount> amounts() {
        return List.of(
                new Quantity(new BigDecimal("16600"), PERSON),
                new Quantity(new BigDecimal("69083000000"), YUAN),
                new Quantity(new BigDecimal("20000"), null),
                new Quantity(new BigDecimal("0.35"), new Unit("某新单位", Dimension.UNKNOWN)),
                new Percentage(new BigDecimal("8.1")),
                new PerMille(new BigDecimal("11")),
                new PercentagePoints(new BigDecimal("2")),
                new Multiple(new BigDecimal("1.2")),
                new Fraction(BigInteger.ONE, BigInteger.valueOf(3)),
                new Fraction(BigInteger.TWO, BigInteger.valueOf(4)),
                new CalendarDate(2018, 3, 21),
                new CalendarDate(2018, 3, null),
                CalendarDate.ofYear(2018),
                new CalendarDate(null, 2, 29),
                new CalendarDate(null, 12, null),
                new Range(new Quantity(new BigDecimal("50000"), PERSON), new Quantity(new BigDecimal("100000"), PERSON)),
                new Range(new Percentage(new BigDecimal("6")), new Percentage(new BigDecimal("6.5"))),
                new Range(CalendarDate.ofYear(2013), CalendarDate.ofYear(2017)),
                new Range(new Fraction(BigInteger.ONE, BigInteger.valueOf(3)), new Fraction(BigInteger.ONE, BigInteger.TWO)));
    }

    /** Every amount with every qualifier it can take, with no change, a change up, and a change down with a basis. */
    static Stream<Arguments> values() {
        List<Arguments> out = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        changes.add(null);
        changes.add(Change.UP);
        changes.add(new Change(Direction.DOWN, "比上年"));
        for (Amount a : amounts()) {
            EnumSet<Qualifier> qualifiers = a instanceof Range
                    ? EnumSet.of(Qualifier.RANGE)
                    : EnumSet.complementOf(EnumSet.of(Qualifier.RANGE));
            for (Qualifier q : qualifiers) {
                for (Change c : changes) {
                    out.add(Arguments.of(new Value(a, q, c)));
                }
            }
        }
        return out.stream();
    }

    static ValueMention mention(Value v) {
        String text = "x".repeat(7);
        return new ValueMention(new Span(100, 107), text, v);
    }

    @ParameterizedTest
    @MethodSource("values")
    void losslessRoundTripOfEveryAmountTypeQualifierAndChange(Value v) {
        ValueMention m = mention(v);
        String json = LOSSLESS.writeValueAsString(m);
        assertEquals(m, LOSSLESS.readValue(json, ValueMention.class), json);
        assertEquals(v, LOSSLESS.readValue(LOSSLESS.writeValueAsString(v), Value.class));
        assertEquals(v.amount(), LOSSLESS.readValue(LOSSLESS.writeValueAsString(v.amount()), Amount.class));
    }

    @ParameterizedTest
    @MethodSource("values")
    void contractModeWritesExactlyTheElevenFieldsInOrder(Value v) {
        JsonNode node = CONTRACT.readTree(CONTRACT.writeValueAsString(mention(v)));
        assertEquals(CONTRACT_FIELDS, List.copyOf(node.propertyNames()));
    }

    @ParameterizedTest
    @MethodSource("values")
    void contractModeReadsBackEqualExceptForBasisAndInexactFractions(Value v) {
        Value back = CONTRACT.readValue(CONTRACT.writeValueAsString(mention(v)), ValueMention.class).value();
        Change expectedChange = v.change() == null ? null : Change.of(v.change().direction());
        assertEquals(expectedChange, back.change());
        assertEquals(v.qualifier(), back.qualifier());
        assertEquals(v.kind(), back.kind());
        if (v.kind() != Kind.FRACTION) {
            assertEquals(v.amount(), back.amount());
        }
    }

    @Test
    void exactContractJsonOfAPercentChange() {
        ValueMention m = new ValueMention(
                new Span(8, 14), "增长6.5%", new Value(new Percentage(new BigDecimal("6.5")), Qualifier.EXACT, Change.UP));
        assertEquals(
                "{\"start\":8,\"end\":14,\"text\":\"增长6.5%\",\"kind\":\"PERCENT\",\"change\":\"UP\",\"value\":\"6.5\","
                        + "\"low\":null,\"high\":null,\"unit\":\"%\",\"dimension\":\"RATIO\",\"qualifier\":\"EXACT\"}",
                CONTRACT.writeValueAsString(m));
        // lossless is the same when there is no basis and no fraction
        assertEquals(CONTRACT.writeValueAsString(m), LOSSLESS.writeValueAsString(m));
    }

    @Test
    void exactJsonOfARangeOfQuantities() {
        Range r = new Range(new Quantity(new BigDecimal("50000"), PERSON), new Quantity(new BigDecimal("100000"), PERSON));
        ValueMention m = new ValueMention(new Span(0, 6), "5-10万人", Value.of(r));
        assertEquals(
                "{\"start\":0,\"end\":6,\"text\":\"5-10万人\",\"kind\":\"QUANTITY\",\"change\":null,\"value\":null,"
                        + "\"low\":\"50000\",\"high\":\"100000\",\"unit\":\"人\",\"dimension\":\"PERSON\",\"qualifier\":\"RANGE\"}",
                CONTRACT.writeValueAsString(m));
    }

    @Test
    void exactJsonOfDatesAndABareNumber() {
        assertEquals("\"2018-03-21\"", valueField(new CalendarDate(2018, 3, 21)));
        assertEquals("\"2018\"", valueField(CalendarDate.ofYear(2018)));
        assertEquals("\"--02-29\"", valueField(new CalendarDate(null, 2, 29)));
        assertEquals("\"--12\"", valueField(new CalendarDate(null, 12, null)));
        JsonNode bare = CONTRACT.readTree(CONTRACT.writeValueAsString(
                mention(Value.of(new Quantity(new BigDecimal("20000"), null)))));
        assertTrue(bare.get("unit").isNull());
        assertTrue(bare.get("dimension").isNull());
        assertEquals("20000", bare.get("value").stringValue());
    }

    private static String valueField(Amount a) {
        return CONTRACT.readTree(CONTRACT.writeValueAsString(mention(Value.of(a)))).get("value").toString();
    }

    @Test
    void bigDecimalsAreWrittenPlainAsStrings() {
        // 1.66E+4 and 6.9083E+10 are what stripTrailingZeros makes of 1.66万 and 690.83亿
        Quantity people = new Quantity(new BigDecimal("1.66").multiply(new BigDecimal("1E+4")), PERSON);
        Quantity money = new Quantity(new BigDecimal("690.83").scaleByPowerOfTen(8), YUAN);
        for (ObjectMapper mapper : List.of(CONTRACT, LOSSLESS)) {
            String p = mapper.writeValueAsString(mention(Value.of(people)));
            String m = mapper.writeValueAsString(mention(Value.of(money)));
            assertTrue(p.contains("\"value\":\"16600\""), p);
            assertTrue(m.contains("\"value\":\"69083000000\""), m);
            assertFalse(p.contains("E+") || m.contains("E+"), p + m);
        }
        Quantity back = (Quantity) LOSSLESS.readValue("{\"kind\":\"QUANTITY\",\"value\":\"69083000000\","
                + "\"unit\":\"元\",\"dimension\":\"CURRENCY\"}", Amount.class);
        assertEquals(0, back.value().compareTo(new BigDecimal("69083000000")));
        assertEquals(money, back);
    }

    @Test
    void losslessAddsBasisAndFractionOnlyWhereTheyApply() {
        Value withBasis = new Value(new Percentage(new BigDecimal("8")), Qualifier.APPROX, new Change(Direction.UP, "同比"));
        JsonNode b = LOSSLESS.readTree(LOSSLESS.writeValueAsString(mention(withBasis)));
        List<String> expected = new ArrayList<>(CONTRACT_FIELDS);
        expected.add("basis");
        assertEquals(expected, List.copyOf(b.propertyNames()));
        assertEquals("同比", b.get("basis").stringValue());

        Value third = Value.of(new Fraction(BigInteger.ONE, BigInteger.valueOf(3)));
        JsonNode f = LOSSLESS.readTree(LOSSLESS.writeValueAsString(mention(third)));
        assertEquals("1/3", f.get("fraction").stringValue());
        assertEquals("0.3333333333333333", f.get("value").stringValue());
        assertFalse(f.has("basis"));

        Range thirdToHalf = new Range(new Fraction(BigInteger.ONE, BigInteger.valueOf(3)), new Fraction(BigInteger.ONE, BigInteger.TWO));
        JsonNode r = LOSSLESS.readTree(LOSSLESS.writeValueAsString(mention(Value.of(thirdToHalf))));
        List<String> rangeFields = new ArrayList<>(CONTRACT_FIELDS);
        rangeFields.addAll(List.of("lowFraction", "highFraction"));
        assertEquals(rangeFields, List.copyOf(r.propertyNames()));
        assertEquals("1/3", r.get("lowFraction").stringValue());
        assertEquals("1/2", r.get("highFraction").stringValue());
        assertEquals(CONTRACT_FIELDS, List.copyOf(CONTRACT.readTree(
                CONTRACT.writeValueAsString(mention(Value.of(thirdToHalf)))).propertyNames()));

        JsonNode plain = LOSSLESS.readTree(LOSSLESS.writeValueAsString(mention(Value.of(new Multiple(new BigDecimal("2"))))));
        assertEquals(CONTRACT_FIELDS, List.copyOf(plain.propertyNames()));
    }

    @Test
    void contractFractionReadsBackFromItsDecimal() {
        Value half = Value.of(new Fraction(BigInteger.ONE, BigInteger.TWO));
        Fraction back = (Fraction) CONTRACT.readValue(CONTRACT.writeValueAsString(mention(half)), ValueMention.class)
                .value().amount();
        assertEquals(new Fraction(BigInteger.valueOf(5), BigInteger.TEN), back);
        assertEquals(new BigDecimal("0.5"), back.value());
    }

    @Test
    void standaloneCoreTypesRoundTrip() {
        for (Object o : List.of(
                new Change(Direction.DOWN, "同比"), Change.UP, PERSON, new Span(3, 9), Unit.PERCENT)) {
            assertEquals(o, LOSSLESS.readValue(LOSSLESS.writeValueAsString(o), o.getClass()));
        }
        assertEquals("{\"direction\":\"DOWN\",\"basis\":\"同比\"}",
                LOSSLESS.writeValueAsString(new Change(Direction.DOWN, "同比")));
        assertEquals("{\"symbol\":\"人\",\"dimension\":\"PERSON\"}", LOSSLESS.writeValueAsString(PERSON));
        assertEquals("{\"start\":3,\"end\":9}", LOSSLESS.writeValueAsString(new Span(3, 9)));
        for (Amount a : amounts()) {
            assertEquals(a, LOSSLESS.readValue(LOSSLESS.writeValueAsString(a), a.getClass()));
        }
    }

    @Test
    void readingAnAmountAsTheWrongTypeFails() {
        String percent = LOSSLESS.writeValueAsString(new Percentage(BigDecimal.TEN));
        MismatchedInputException e =
                assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue(percent, Quantity.class));
        assertTrue(e.getMessage().contains("expected a Quantity, found Percentage"), e.getMessage());
    }

    @Test
    void invalidMentionsFailNamingTheField() {
        String good = CONTRACT.writeValueAsString(mention(Value.of(new Quantity(new BigDecimal("16600"), PERSON))));
        assertInvalid(good.replace("\"16600\"", "\"1.66E+4\""), "value: expected a plain decimal");
        assertInvalid(good.replace("\"16600\"", "16600"), "value: expected a string");
        assertInvalid(good.replace("\"16600\"", "\"１６６００\""), "value: expected a plain decimal");
        assertInvalid(good.replace("\"QUANTITY\"", "\"AREA\""), "kind: expected one of");
        assertInvalid(good.replace("\"PERSON\"", "null"), "dimension: missing");
        assertInvalid(good.replace("\"EXACT\"", "\"RANGE\""), "qualifier RANGE goes with a Range");
        assertInvalid(good.replace("\"end\":107", "\"end\":99"), "invalid span");
        assertInvalid(good.replace("\"kind\":\"QUANTITY\"", "\"kind\":\"PERCENT\""), "unit 人 (PERSON) does not go with PERCENT");
        assertInvalid(good.replace("\"low\":null", "\"low\":\"1\""), "a range has both low and high");
        String date = CONTRACT.writeValueAsString(mention(Value.of(new CalendarDate(2018, 2, 28))));
        assertInvalid(date.replace("2018-02-28", "2018-02-30"), "value: no such day");
        String fraction = LOSSLESS.writeValueAsString(mention(Value.of(new Fraction(BigInteger.ONE, BigInteger.TWO))));
        assertInvalid(fraction.replace("\"1/2\"", "\"1/3\""), "fraction: 1/3 does not match the value 0.5");
        String fractions = LOSSLESS.writeValueAsString(mention(Value.of(new Range(
                new Fraction(BigInteger.ONE, BigInteger.valueOf(4)), new Fraction(BigInteger.ONE, BigInteger.TWO)))));
        assertInvalid(fractions.replace("\"1/2\"", "\"2/3\""), "highFraction: 2/3 does not match the value 0.5");
        assertInvalid(good.replace("\"qualifier\"", "\"lowFraction\":\"1/2\",\"qualifier\""), "lowFraction: only a range has it");
    }

    private static void assertInvalid(String json, String expectedMessagePart) {
        MismatchedInputException e =
                assertThrows(MismatchedInputException.class, () -> LOSSLESS.readValue(json, ValueMention.class), json);
        assertTrue(e.getMessage().contains(expectedMessagePart), e.getMessage());
    }

    @Test
    void unknownFieldsAreIgnoredUnlessTheMapperSaysOtherwise() {
        Value v = Value.of(new Percentage(new BigDecimal("8.1")));
        String json = CONTRACT.writeValueAsString(mention(v)).replace("{", "{\"file\":\"a.txt\",");
        assertEquals(v, LOSSLESS.readValue(json, ValueMention.class).value());
        ObjectMapper strict = JsonMapper.builder()
                .addModule(new GovReportModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        MismatchedInputException e =
                assertThrows(MismatchedInputException.class, () -> strict.readValue(json, ValueMention.class));
        assertTrue(e.getMessage().contains("file: unknown field"), e.getMessage());
    }

    @Test
    void theCasesCoverEveryKindAndQualifier() {
        EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
        EnumSet<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
        values().forEach(a -> {
            Value v = (Value) a.get()[0];
            kinds.add(v.kind());
            qualifiers.add(v.qualifier());
        });
        assertEquals(EnumSet.allOf(Kind.class), kinds);
        assertEquals(EnumSet.allOf(Qualifier.class), qualifiers);
    }
}
