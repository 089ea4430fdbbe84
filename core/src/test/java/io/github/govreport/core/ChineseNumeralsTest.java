package io.github.govreport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where ChineseNumerals writes 零 and where it leaves it out: zeros inside a group of four digits,
 * whole groups of zeros, a group below 1000 after a higher one, and the 十 that drops its 一 only at the
 * very start; and the two ends of the range it accepts.
 */
class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            1	一
            2	二
            9	九
            11	十一
            20	二十
            100	一百
            101	一百零一
            1000	一千
            1001	一千零一
            1010	一千零一十
            1100	一千一百
            9999	九千九百九十九
            """)
    void withinOneGroup(long n, String written) {
        assertEquals(written, ChineseNumerals.write(n));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            10000	一万
            10001	一万零一
            10011	一万零一十一
            10100	一万零一百
            10110	一万零一百一十
            11000	一万一千
            100000	十万
            100010	十万零一十
            110000	十一万
            1000000	一百万
            10000000	一千万
            100000000	一亿
            100000001	一亿零一
            100001000	一亿零一千
            100100000	一亿零一十万
            101000000	一亿零一百万
            110001000	一亿一千万一千
            1000000000	十亿
            1000000000000	一万亿
            1000000000010	一万亿零一十
            1000000010000	一万亿零一万
            1000100010000	一万亿零一亿零一万
            1000010001000	一万亿零一千万一千
            100000000000000	一百万亿
            """)
    void acrossGroups(long n, String written) {
        assertEquals(written, ChineseNumerals.write(n));
    }

    @Test
    void theLargestNumberIsWrittenInFull() {
        assertEquals(9_999_999_999_999_999L, ChineseNumerals.MAX);
        assertEquals("九千九百九十九万亿九千九百九十九亿九千九百九十九万九千九百九十九", ChineseNumerals.write(ChineseNumerals.MAX));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {-1L, Long.MIN_VALUE, ChineseNumerals.MAX + 1, Long.MAX_VALUE})
    void outOfRangeIsRejectedWithTheNumber(long n) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.write(n));
        assertEquals("out of range for Chinese numerals: " + n, e.getMessage());
    }
}
