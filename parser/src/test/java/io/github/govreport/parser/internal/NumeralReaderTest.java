package io.github.govreport.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.parser.internal.NumeralReader.Numeral;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The numeral reader on its own: what it reads, where it stops, and which runs of numeral chars it
 * refuses (value null, so that no malformed numeral can pass as 0); the 40-char limit on both kinds;
 * Chinese decimals with a magnitude after them (一点五万亿).
 */
class NumeralReaderTest {

    private static Numeral arabic(String text) {
        return NumeralReader.readArabic(Folding.fold(text), text, 0, text.length());
    }

    private static Numeral chinese(String text) {
        return NumeralReader.readChinese(Folding.fold(text), 0, text.length(), false);
    }

    private static String plain(Numeral n) {
        return n.value() == null ? "null" : n.value().stripTrailingZeros().toPlainString();
    }

    // ---- Arabic ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} = {1}, ends at {2}")
    @CsvSource(delimiter = '\t', textBlock = """
            7	7	1	1	false
            1234	1234	4	4	false
            1,234	1234	5	4	true
            123,456	123456	7	6	true
            1,234,567	1234567	9	7	true
            1,234.5	1234.5	7	4	true
            1234,567	1234	4	4	false
            12,34	12	2	2	false
            1,2345	1	1	1	false
            1,23	1	1	1	false
            1,x23	1	1	1	false
            8.1	8.1	3	1	false
            8.	8	1	1	false
            8.x	8	1	1	false
            8.1.2	8.1	3	1	false
            0.05	0.05	4	1	false
            """)
    void arabicNumerals(String text, String value, int end, int integerDigits, boolean grouped) {
        Numeral n = arabic(text);
        assertEquals(value, plain(n));
        assertEquals(end, n.end());
        assertEquals(integerDigits, n.integerDigits());
        assertEquals(grouped, n.grouped());
        assertFalse(n.chinese());
        assertFalse(n.positional());
        assertFalse(n.hasBigUnit());
        assertTrue(n.startsWithDigit());
    }

    @Test
    void thousandsSeparatorsOtherThanTheComma() {
        assertEquals("1234", plain(arabic("1\u202F234")), "narrow no-break space");
        assertEquals("1234", plain(arabic("1\u2009234")), "thin space");
        assertEquals("1234", plain(arabic("1\u00A0234")), "no-break space");
        assertEquals("1", plain(arabic("1 234")), "an ordinary space separates two numbers");
        assertEquals("1234", plain(arabic("１，２３４")), "a full-width comma between full-width digits");
        assertEquals(5, arabic("１，２３４").end());
        assertEquals("1", plain(arabic("1，234")), "a full-width comma after an ASCII digit is punctuation");
        assertEquals("1", plain(arabic("１，234")), "nor before one");
        assertEquals("1", plain(arabic("1，２３４")), "nor after one");
        assertEquals("9000", plain(arabic("９，０００")), "９ and ０ are full-width digits too");
    }

    @Test
    void aGroupPastTheLimitIsNotRead() {
        char[] text = Folding.fold("1,2345");
        Numeral cut = NumeralReader.readArabic(text, "1,2345", 0, 5);
        assertEquals("1234", plain(cut), "the digit after the limit does not spoil the group before it");
        Numeral short4 = NumeralReader.readArabic(text, "1,2345", 0, 4);
        assertEquals("1", plain(short4), "a group cut by the limit is no group");
        assertEquals(1, short4.end());
        Numeral decimal = NumeralReader.readArabic(Folding.fold("8.5"), "8.5", 0, 2);
        assertEquals("8", plain(decimal), "a point at the limit has no decimals");
    }

    @Test
    void arabicNumeralsUpToFortyCharsAreRead() {
        String forty = "1".repeat(40);
        assertEquals(forty, plain(arabic(forty)));
        String decimal = "1".repeat(38) + ".5";
        assertEquals(decimal, plain(arabic(decimal)));
    }

    @Test
    void longerArabicRunsAreNoNumberAndAreSkippedWhole() {
        Numeral n = arabic("1".repeat(41));
        assertNull(n.value());
        assertFalse(n.valid());
        assertFalse(n.isInteger());
        assertEquals(41, n.end());
        Numeral decimal = arabic("1".repeat(39) + ".5");
        assertNull(decimal.value());
        Numeral tail = arabic("1".repeat(41) + ".5,3.7x");
        assertNull(tail.value());
        assertEquals(47, tail.end(), "digits, points and commas after the run belong to it");
    }

    // ---- Chinese ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            十	10
            十五	15
            二十	20
            二十五	25
            三百	300
            一百零一	101
            一百一十	110
            一百一	110
            三百五	350
            一千二	1200
            一千零二	1002
            一千零十	1010
            一千零二十三	1023
            两千	2000
            三万	30000
            三万五	35000
            十万	100000
            二十五万	250000
            二十万零三	200003
            三千万五千	30005000
            一万零一百五	10150
            一千零二十三万	10230000
            一亿二	120000000
            一万亿	1000000000000
            壹仟贰佰叁拾肆	1234
            """)
    void chineseNumeralsWithUnits(String text, String value) {
        Numeral n = chinese(text);
        assertEquals(value, plain(n));
        assertEquals(text.length(), n.end());
        assertTrue(n.chinese());
        assertFalse(n.positional());
        assertTrue(n.isInteger());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            五	5	false
            二〇一八	2018	true
            一九	19	true
            〇五	5	true
            """)
    void digitsAloneArePositional(String text, String value, boolean positional) {
        Numeral n = chinese(text);
        assertEquals(value, plain(n));
        assertEquals(positional, n.positional());
        assertEquals(text.length(), n.integerDigits());
        assertFalse(n.hasBigUnit());
    }

    @Test
    void positionalRunsUpToEighteenDigits() {
        String eighteen = "九".repeat(18);
        assertEquals("9".repeat(18), plain(chinese(eighteen)));
        Numeral nineteen = chinese("九".repeat(19));
        assertNull(nineteen.value());
        assertEquals(19, nineteen.end());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            三点五	3.5
            十二点五	12.5
            三点零五	3.05
            零点五	0.5
            一点五万	15000
            三点五万	35000
            一点五亿	150000000
            一点五万亿	1500000000000
            二十点零一万亿	20010000000000
            """)
    void chineseDecimalsAndTheMagnitudeAfterThem(String text, String value) {
        Numeral n = chinese(text);
        assertEquals(value, plain(n));
        assertEquals(text.length(), n.end());
        assertEquals(text.endsWith("万") || text.endsWith("亿"), n.hasBigUnit(), "a magnitude after the decimals is a big unit");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"一点五千", "一点五十", "一点五百", "一点五万五", "一点五亿万", "一点五万亿五"})
    void decimalsTakeOnlyAMagnitudeOfTenThousandOrMoreAndNothingAfterIt(String text) {
        Numeral n = chinese(text);
        assertNull(n.value(), "read as " + n.value());
        assertEquals(text.length(), n.end(), "the whole run is skipped");
    }

    @Test
    void aPointMustHaveADigitAfterIt() {
        Numeral n = chinese("三点");
        assertEquals("3", plain(n));
        assertEquals(1, n.end());
        assertEquals(0, chinese("点五").end(), "a numeral does not start with 点");
        Numeral beforeWord = chinese("三点钟");
        assertEquals("3", plain(beforeWord));
        assertEquals(1, beforeWord.end());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "十三五", // two digits in a row inside a unit numeral
        "三十五零", // a digit, then 零 with no unit between
        "三百五千", // a smaller unit before a larger one within a section
        "五十百",
        "三十三十", // the same small unit twice in a section
        "百", // a bare 百 where no leading unit is allowed
        "千万",
        "万",
        "亿",
    })
    void malformedChineseNumeralsAreNoNumberRatherThanZero(String text) {
        Numeral n = chinese(text);
        assertNull(n.value(), "read as " + n.value());
        assertFalse(n.valid());
        assertEquals(text.length(), n.end(), "the scanner resumes after the whole run");
    }

    @Test
    void aLeadingUnitOnlyWhereAllowedAndOnlyAtTheStart() {
        char[] hundred = Folding.fold("百");
        assertEquals("100", plain(NumeralReader.readChinese(hundred, 0, 1, true)));
        assertEquals("10000", plain(NumeralReader.readChinese(Folding.fold("万"), 0, 1, true)));
        assertEquals("1000000", plain(NumeralReader.readChinese(Folding.fold("百万"), 0, 2, true)));
        assertNull(NumeralReader.readChinese(Folding.fold("三千百"), 0, 3, true).value(), "百 after 千 is not at the start");
        assertEquals("100000000", plain(NumeralReader.readChinese(Folding.fold("亿"), 0, 1, true)), "亿元以上: a magnitude alone");
        assertNull(NumeralReader.readChinese(Folding.fold("亿"), 0, 1, false).value(), "亿 alone where no leading unit is allowed");
        assertNull(NumeralReader.readChinese(Folding.fold("三千亿亿"), 0, 4, true).value(), "a second 亿 with nothing before it");
    }

    @Test
    void startsWithDigitAndBigUnit() {
        assertTrue(chinese("五十").startsWithDigit());
        assertFalse(chinese("十五").startsWithDigit());
        assertFalse(chinese("零点五").startsWithDigit(), "零 is no leading digit");
        assertTrue(chinese("三百").hasBigUnit());
        assertFalse(chinese("三十").hasBigUnit());
        assertTrue(chinese("三万").hasBigUnit());
    }

    @Test
    void chineseNumeralsUpToFortyCharsAreRead() {
        String forty = "一点" + "五".repeat(38);
        Numeral n = chinese(forty);
        assertEquals("1." + "5".repeat(38), plain(n));
        assertEquals(40, n.end());
        Numeral fortyOne = chinese(forty + "五");
        assertNull(fortyOne.value());
        assertEquals(41, fortyOne.end());
    }

    @Test
    void theRunStopsAtTheLimitGiven() {
        Numeral n = NumeralReader.readChinese(Folding.fold("三十五万"), 0, 3, false);
        assertEquals("35", plain(n));
        assertEquals(3, n.end());
        Numeral mid = NumeralReader.readChinese(Folding.fold("共三十五人"), 1, 5, false);
        assertEquals("35", plain(mid));
        assertEquals(4, mid.end());
    }

    // ---- chars ------------------------------------------------------------------------------------

    @Test
    void digitAndUnitChars() {
        assertEquals(0, NumeralReader.chineseDigit('〇'));
        assertEquals(0, NumeralReader.chineseDigit('零'));
        assertEquals(2, NumeralReader.chineseDigit('两'));
        assertEquals(2, NumeralReader.chineseDigit('贰'));
        assertEquals(9, NumeralReader.chineseDigit('玖'));
        assertEquals(-1, NumeralReader.chineseDigit('十'));
        assertEquals(-1, NumeralReader.chineseDigit('5'));
        assertEquals(10L, NumeralReader.chineseUnit('拾'));
        assertEquals(100L, NumeralReader.chineseUnit('佰'));
        assertEquals(1000L, NumeralReader.chineseUnit('仟'));
        assertEquals(10_000L, NumeralReader.chineseUnit('万'));
        assertEquals(100_000_000L, NumeralReader.chineseUnit('亿'));
        assertEquals(0L, NumeralReader.chineseUnit('五'));
        assertTrue(NumeralReader.isChineseNumeralChar('亿'));
        assertTrue(NumeralReader.isChineseNumeralChar('〇'));
        assertFalse(NumeralReader.isChineseNumeralChar('点'));
        assertFalse(NumeralReader.isChineseNumeralChar('x'));
        assertTrue(NumeralReader.isAsciiDigit('0'));
        assertTrue(NumeralReader.isAsciiDigit('9'));
        assertFalse(NumeralReader.isAsciiDigit('/'));
        assertFalse(NumeralReader.isAsciiDigit(':'));
        assertFalse(NumeralReader.isAsciiDigit('５'), "full-width digits are folded first");
    }

    @Test
    void integerOrNot() {
        assertTrue(arabic("8").isInteger());
        assertFalse(arabic("8.5").isInteger());
        assertTrue(arabic("8").valid());
        assertEquals(new BigDecimal("8.5"), arabic("8.5").value());
    }
}
