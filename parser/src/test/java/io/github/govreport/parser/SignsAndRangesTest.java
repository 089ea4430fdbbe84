package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.govreport.core.Direction;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
import io.github.govreport.core.ValueMention;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signs, upward ranges and counts with 大, as the value contract's hard cases say (invented sentences). */
class SignsAndRangesTest {

    private static final ValueParser PARSER = ValueParser.standard();

    private static ValueMention only(String text) {
        List<ValueMention> found = PARSER.findAll(text);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static BigDecimal number(ValueMention m) {
        return ((Scalar) m.value().amount()).value();
    }

    @Test
    void aSignAfterAChangeWordTurnsTheDirectionRound() {
        ValueMention fall = only("工业产值增长-12.7%");
        assertEquals("增长-12.7%", fall.text());
        assertEquals(Direction.DOWN, fall.value().change().direction());
        assertEquals(new BigDecimal("12.7"), number(fall));
        ValueMention rise = only("库存下降-2%");
        assertEquals(Direction.UP, rise.value().change().direction());
        assertEquals(new BigDecimal("2"), number(rise));
        ValueMention fullWidth = only("出口增长－５％");
        assertEquals(Direction.DOWN, fullWidth.value().change().direction());
        assertEquals(new BigDecimal("5"), number(fullWidth));
    }

    @Test
    void aBareSignIsANegativeLevel() {
        ValueMention level = only("利润率为-3%");
        assertNull(level.value().change());
        assertEquals(new BigDecimal("-3"), number(level));
        assertEquals("-3%", level.text());
    }

    @Test
    void aDashBetweenNumbersOrAfterACodeIsNoSign() {
        ValueMention range = only("新增5-10万人");
        assertEquals(Range.class, range.value().amount().getClass());
        List<ValueMention> two = PARSER.findAll("新建5-3家");
        assertEquals(List.of("5", "3家"), two.stream().map(ValueMention::text).toList(), "a range runs upwards");
        List<ValueMention> years = PARSER.findAll("2020-2018年");
        assertEquals(2, years.size(), "a run of years runs upwards too: " + years);
    }

    @Test
    void aCountWithDaHasNoUnit() {
        ValueMention count = only("实施3大行动");
        assertEquals("3", count.text());
        assertNull(count.value().amount().unit());
    }
}
