package io.github.govreport.parser.internal;

import static io.github.govreport.parser.internal.ScannerCases.found;
import static io.github.govreport.parser.internal.ScannerCases.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.govreport.parser.internal.MentionScanner.Found;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the text around a numeral decides, at its edges: how far an opening quote reaches, ASCII
 * letters before a number, spaces and 了 between a change word and its number, a minus sign, a list
 * governed by 分别 and where such a list ends, 上下 before 游, list numbers in brackets, 一 as an article.
 */
class MentionScannerContextTest {

    private static final String FIVE = "5家|QUANTITY|-|-|5|家|EXACT";

    @Test
    void anOpeningQuoteReachesTwentyFourCharsOnly() {
        String opening = "某某某某某“";
        assertEquals(List.of(), found(opening + "甲".repeat(23) + "5家"), "24 chars after the quote: a name");
        assertEquals(List.of(FIVE), found(opening + "甲".repeat(24) + "5家"), "25 chars after it: a value");
    }

    @Test
    void asciiQuotesOpenAndClose() {
        assertEquals(List.of("5亿元|QUANTITY|-|-|500000000|元|EXACT"), found("实施\"3个一\"工程，投资5亿元"));
        assertEquals(List.of(), found("\"3个一\""));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a5家", "z5家", "A5家", "Z5家", "B三项", "X-5家"})
    void aNumberAfterAnAsciiLetterIsPartOfACode(String text) {
        assertEquals(List.of(), found(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"`5家", "{5家", "@5家", "[5家"})
    void theCharsBesideTheLettersAreNoLetters(String text) {
        assertEquals(List.of(FIVE), found(text));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '\t', textBlock = """
            增长12%	增长12%|PERCENT|UP|-|12|%|EXACT
            增长 12%	增长 12%|PERCENT|UP|-|12|%|EXACT
            增长  12%	增长  12%|PERCENT|UP|-|12|%|EXACT
            增长   12%	12%|PERCENT|-|-|12|%|EXACT
            增长了12%	增长了12%|PERCENT|UP|-|12|%|EXACT
            提高了 3个百分点	提高了 3个百分点|PERCENTAGE_POINT|UP|-|3|百分点|EXACT
            """)
    void atMostTwoSpacesAndOneLeBetweenAChangeWordAndItsNumber(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            -3%	-3%|PERCENT|-|-|-3|%|EXACT
            -3	-3|QUANTITY|-|-|-3|-|EXACT
            增长-3%	增长-3%|PERCENT|DOWN|-|3|%|EXACT
            """)
    void aMinusSignRightBeforeTheNumber(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @Test
    void aDashBetweenTwoNumbersIsNoMinus() {
        assertEquals(List.of("5|QUANTITY|-|-|5|-|EXACT", "3家|QUANTITY|-|-|3|家|EXACT"), found("5-3家"));
    }

    @Test
    void aDistributedChangeKeepsItsBasisAndStartsAtFenBie() {
        List<Found> all = scan("分别比上年增长5%和6%");
        assertEquals(List.of("增长5%|PERCENT|UP|比上年|5|%|EXACT", "6%|PERCENT|UP|比上年|6|%|EXACT"),
                all.stream().map(f -> ScannerCases.describe(f.mention())).toList());
        assertEquals(0, all.get(0).expressionStart());
        assertEquals(5, all.get(0).mention().start());
    }

    @Test
    void aDistributedListMayHaveSpacesAndEndsAtOtherText() {
        assertEquals(List.of("增长5%|PERCENT|UP|-|5|%|EXACT", "6%|PERCENT|UP|-|6|%|EXACT"), found("分别增长5%、 6%"));
        assertEquals(List.of("增长5%|PERCENT|UP|-|5|%|EXACT", "6%|PERCENT|UP|-|6|%|EXACT",
                        "8亿元|QUANTITY|-|-|800000000|元|EXACT"),
                found("分别增长5%和6%。全年8亿元"));
    }

    @Test
    void jinInZuiJinAndFuJinIsNoQualifier() {
        assertEquals(List.of("5公里|QUANTITY|-|-|5|公里|EXACT"), found("附近5公里"));
        assertEquals(List.of("5公里|QUANTITY|-|-|5|公里|EXACT"), found("最近5公里"));
        assertEquals(List.of("近5公里|QUANTITY|-|-|5|公里|NEARLY"), found("近5公里"));
    }

    @Test
    void shangXiaBeforeYouIsNoQualifier() {
        assertEquals(List.of(FIVE), found("带动5家上下游企业"));
        assertEquals(List.of("增长6%上下|PERCENT|UP|-|6|%|APPROX"), found("增长6%上下，"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(5,6)", "第5家企业", "建成一个中心"})
    void listNumbersOrdinalsAndArticlesAreNoValues(String text) {
        assertEquals(List.of(), found(text));
    }

    @Test
    void aChineseNumeralTakesAKnownUnitOfUnknownDimension() {
        assertEquals(List.of("三十微克/立方米|QUANTITY|-|-|30|微克/立方米|EXACT"), found("浓度三十微克/立方米"));
    }
}
