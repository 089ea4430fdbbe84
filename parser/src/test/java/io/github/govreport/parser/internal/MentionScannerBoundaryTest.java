package io.github.govreport.parser.internal;

import static io.github.govreport.parser.internal.ScannerCases.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The amount a mention is built around, at its edges: a text that ends inside a form (百分, 翻了,
 * 三分之, 2018年3月21), the spaces allowed between a number and its unit, fractions with a slash, the
 * years 1000 and 2999, the 31st day, and ranges whose ends meet or borrow a unit, magnitude or date.
 */
class MentionScannerBoundaryTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"产值翻", "产值翻了", "产值翻一", "超过百分", "达到百分之", "得三分", "得三分之", "编号3/", "2018-04", "增长"})
    void aTextMayEndInsideAForm(String text) {
        List<String> all = found(text);
        assertFalse(all.stream().anyMatch(m -> m.contains("|FRACTION|") || m.contains("|MULTIPLE|") || m.contains("|PERCENT|")), all.toString());
        assertFalse(all.stream().anyMatch(m -> m.contains("|DATE|")), all.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            产值翻番	翻番|MULTIPLE|UP|-|2|倍|EXACT
            产值翻了一番	翻了一番|MULTIPLE|UP|-|2|倍|EXACT
            产值翻两番	翻两番|MULTIPLE|UP|-|4|倍|EXACT
            近万人	近万人|QUANTITY|-|-|10000|人|NEARLY
            近百家企业	近百家|QUANTITY|-|-|100|家|NEARLY
            逾千亿元	逾千亿元|QUANTITY|-|-|100000000000|元|MORE_THAN
            两千余万人	两千余万人|QUANTITY|-|-|20000000|人|MORE_THAN
            万分之五	万分之五|FRACTION|-|-|0.0005|-|EXACT
            3分之1	3分之1|FRACTION|-|-|0.3333333333333333|-|EXACT
            3/4	3/4|FRACTION|-|-|0.75|-|EXACT
            增长一倍	增长一倍|MULTIPLE|UP|-|1|倍|EXACT
            """)
    void specialForms(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @Test
    void aWordThatOnlyStartsLikeAFormIsNoNumeral() {
        MentionScanner s = new MentionScanner(Lexicon.standard(), "厂房翻新5处", false);
        assertEquals(List.of("5处|QUANTITY|-|-|5|处|EXACT"), s.scan().stream().map(f -> ScannerCases.describe(f.mention())).toList());
        assertNull(s.firstRejection(), "翻新 was never taken for a numeral");
        MentionScanner zero = new MentionScanner(Lexicon.standard(), "翻〇番", false);
        assertEquals(List.of(), zero.scan(), "翻 takes a digit from 一 to 九");
        assertEquals(1, zero.firstRejection().index(), "the first numeral tried is 〇, not 翻");
        assertEquals(List.of(), found("翻了〇番"), "nor after 了");
        MentionScanner years = new MentionScanner(Lexicon.standard(), "近年来经济平稳", false);
        assertEquals(List.of(), years.scan());
        assertNull(years.firstRejection(), "年 after 近 is no bare magnitude");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"3/4/5", "3/0", "1.5/2", "3/人次", "零分之三", "万分之零点五"})
    void slashesAndFenZhiThatMakeNoFraction(String text) {
        List<String> all = found(text);
        String head = text.substring(0, 3);
        assertFalse(all.stream().anyMatch(m -> m.startsWith(head) && m.contains("|FRACTION|")), all.toString());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '\t', textBlock = """
            5家	5家|QUANTITY|-|-|5|家|EXACT
            5 家	5 家|QUANTITY|-|-|5|家|EXACT
            5  家	5  家|QUANTITY|-|-|5|家|EXACT
            5   家	5|QUANTITY|-|-|5|-|EXACT
            8 %	8 %|PERCENT|-|-|8|%|EXACT
            8 ‰	8 ‰|PERMILLE|-|-|8|‰|EXACT
            '5 '	5|QUANTITY|-|-|5|-|EXACT
            5 km	5|QUANTITY|-|-|5|-|EXACT
            """)
    void atMostTwoSpacesBetweenANumberAndItsUnit(String text, String expected) {
        assertEquals(expected, found(text).get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            1000年	1000年|DATE|-|-|1000|-|EXACT
            2999年	2999年|DATE|-|-|2999|-|EXACT
            3000年	3000年|QUANTITY|-|-|3000|年|EXACT
            999年	999年|QUANTITY|-|-|999|年|EXACT
            1月	1月|DATE|-|-|--01|-|EXACT
            2018年3	2018年|DATE|-|-|2018|-|EXACT
            2018年3月21	2018年3月|DATE|-|-|2018-03|-|EXACT
            2018年3月31日	2018年3月31日|DATE|-|-|2018-03-31|-|EXACT
            2018年3月32日	2018年3月|DATE|-|-|2018-03|-|EXACT
            2018年2月30日	2018年2月|DATE|-|-|2018-02|-|EXACT
            3月21日	3月21日|DATE|-|-|--03-21|-|EXACT
            2018-4-4	2018-4-4|DATE|-|-|2018-04-04|-|EXACT
            """)
    void datesAtTheirEdges(String text, String first) {
        assertEquals(first, found(text).get(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"13月", "2018-04-045", "20180-04-04"})
    void noDateWhereAPartIsOutOfShape(String text) {
        List<String> all = found(text);
        assertFalse(all.stream().anyMatch(m -> m.contains("|DATE|")), all.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            5-10万	5-10万|QUANTITY|-|-|50000..100000|-|RANGE
            30-5万人	30-5万人|QUANTITY|-|-|30..50000|人|RANGE
            10-10万人	10-10万人|QUANTITY|-|-|100000..100000|人|RANGE
            5-5家	5-5家|QUANTITY|-|-|5..5|家|RANGE
            1000-2000年	1000-2000年|DATE|-|-|1000..2000|-|RANGE
            2018-2018年	2018-2018年|DATE|-|-|2018..2018|-|RANGE
            2999-2999年	2999-2999年|DATE|-|-|2999..2999|-|RANGE
            3-5月	3-5月|DATE|-|-|--03..--05|-|RANGE
            1-3月	1-3月|DATE|-|-|--01..--03|-|RANGE
            12-12月	12-12月|DATE|-|-|--12..--12|-|RANGE
            """)
    void rangesWhoseEndsBorrowOrMeet(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"999-2000年", "0-3月", "2020-2018年", "5-3家"})
    void noRangeWhereTheLowEndCannotBeOfTheSameKindOrRunsDown(String text) {
        List<String> all = found(text);
        assertFalse(all.stream().anyMatch(m -> m.endsWith("|RANGE")), all.toString());
    }
}
