package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Change;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Percentage;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Value;
import io.github.govreport.parser.ValueParseException.ErrorType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ValueParser#parse}: one whole expression, or one exception that says what and where. */
class StrictParseTest {

    private final ValueParser parser = ValueParser.standard();

    @Test
    void readsOneExpressionWithBasisAndQualifier() {
        Value v = parser.parse("同比增长8%左右");
        assertEquals(new Value(new Percentage(new BigDecimal("8")), Qualifier.APPROX, new Change(Direction.UP, "同比")), v);
    }

    @Test
    void surroundingWhiteSpaceIsAllowed() {
        assertEquals(Value.of(new Quantity(new BigDecimal("16600"), parser.parse("1人").amount().unit())),
                parser.parse("  1.66万人 \n"));
    }

    @Test
    void strictReadingTakesWhatLenientReadingFiltersAsNoise() {
        // in running text a lone 三 is no value; asked to read it, the parser reads 3
        assertEquals(Value.of(new Quantity(BigDecimal.valueOf(3), null)), parser.parse("三"));
        assertTrue(parser.findAll("三").isEmpty());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '\t', nullValues = "NULL", textBlock = """
            ''	EMPTY	0
            '   '	EMPTY	0
            增长	NOT_A_VALUE	0
            稳步推进	NOT_A_VALUE	0
            十三五	NOT_A_MENTION	0
            第三次	NOT_A_MENTION	1
            “十三五”	NOT_A_MENTION	1
            全区增长8%	LEADING_TEXT	0
            8.1%，全年	TRAILING_TEXT	4
            8%和9%	TRAILING_TEXT	2
            """)
    void errorsSayWhatAndWhere(String input, ErrorType type, int index) {
        ValueParseException e = assertThrows(ValueParseException.class, () -> parser.parse(input));
        assertEquals(type, e.errorType(), e.getMessage());
        assertEquals(index, e.index(), e.getMessage());
        assertEquals(input, e.input());
        assertTrue(e.getMessage().contains("index " + index), e.getMessage());
    }

    @Test
    void nullIsRejectedClearly() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> parser.parse(null));
        assertEquals("text", e.getMessage());
    }
}
