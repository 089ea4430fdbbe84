package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Fraction;
import io.github.govreport.core.ValueMention;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The examples of the value contract the team works to, one assertion each. The contract is written up
 * for users, in the project's own words and with examples of its own, in {@code docs/values.md}, whose
 * tables {@link DocsValuesTableTest} checks.
 */
class SpecExamplesTest {

    private final ValueParser parser = ValueParser.standard();

    private List<String> all(String text) {
        return parser.findAll(text).stream().map(Mentions::describe).toList();
    }

    /** The table "A mention": input, then text|kind|change|basis|value|low|high|unit|dimension|qualifier. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            690.83亿元	690.83亿元|QUANTITY|-|-|69083000000|-|-|元|CURRENCY|EXACT
            增长8.1%	增长8.1%|PERCENT|UP|-|8.1|-|-|%|RATIO|EXACT
            1.66万人	1.66万人|QUANTITY|-|-|16600|-|-|人|PERSON|EXACT
            2万余套	2万余套|QUANTITY|-|-|20000|-|-|套|COUNT|MORE_THAN
            近50万平方米	近50万平方米|QUANTITY|-|-|500000|-|-|平方米|AREA|NEARLY
            增长8%左右	增长8%左右|PERCENT|UP|-|8|-|-|%|RATIO|APPROX
            4%以内	4%以内|PERCENT|-|-|4|-|-|%|RATIO|AT_MOST
            90%以上	90%以上|PERCENT|-|-|90|-|-|%|RATIO|AT_LEAST
            5-10家	5-10家|QUANTITY|-|-|-|5|10|家|COUNT|RANGE
            提高2个百分点	提高2个百分点|PERCENTAGE_POINT|UP|-|2|-|-|百分点|RATIO|EXACT
            减少2天	减少2天|QUANTITY|DOWN|-|2|-|-|天|TIME|EXACT
            增长1.2倍	增长1.2倍|MULTIPLE|UP|-|1.2|-|-|倍|RATIO|EXACT
            实现翻番	翻番|MULTIPLE|UP|-|2|-|-|倍|RATIO|EXACT
            翻两番	翻两番|MULTIPLE|UP|-|4|-|-|倍|RATIO|EXACT
            11‰以内	11‰以内|PERMILLE|-|-|11|-|-|‰|RATIO|AT_MOST
            百分之八	百分之八|PERCENT|-|-|8|-|-|%|RATIO|EXACT
            三分之一	三分之一|FRACTION|-|-|0.3333333333333333|-|-|-|-|EXACT
            两万	两万|QUANTITY|-|-|20000|-|-|-|-|EXACT
            一千零二十三	一千零二十三|QUANTITY|-|-|1023|-|-|-|-|EXACT
            ８.１％	８.１％|PERCENT|-|-|8.1|-|-|%|RATIO|EXACT
            1,234.5万元	1,234.5万元|QUANTITY|-|-|12345000|-|-|元|CURRENCY|EXACT
            """)
    void mentionTable(String input, String expected) {
        assertEquals(List.of(expected), all(input));
    }

    @Test
    void oneThirdKeepsNumeratorAndDenominator() {
        ValueMention m = parser.findAll("三分之一").get(0);
        assertEquals(new Fraction(BigInteger.ONE, BigInteger.valueOf(3)), m.value().amount());
    }

    @Test
    void qualifiers() {
        assertEquals("约30万人|QUANTITY|-|-|300000|-|-|人|PERSON|APPROX", all("约30万人").get(0));
        assertEquals("6%上下|PERCENT|-|-|6|-|-|%|RATIO|APPROX", all("6%上下").get(0));
        assertEquals("不低于95%|PERCENT|-|-|95|-|-|%|RATIO|AT_LEAST", all("不低于95%").get(0));
        assertEquals("至少10所|QUANTITY|-|-|10|-|-|所|COUNT|AT_LEAST", all("至少10所").get(0));
        assertEquals("超过2万人|QUANTITY|-|-|20000|-|-|人|PERSON|MORE_THAN", all("超过2万人").get(0));
        assertEquals("100多家|QUANTITY|-|-|100|-|-|家|COUNT|MORE_THAN", all("100多家").get(0));
        assertEquals("3%以下|PERCENT|-|-|3|-|-|%|RATIO|AT_MOST", all("3%以下").get(0));
        assertEquals("不足1%|PERCENT|-|-|1|-|-|%|RATIO|LESS_THAN", all("不足1%").get(0));
        assertEquals("将近2000人|QUANTITY|-|-|2000|-|-|人|PERSON|NEARLY", all("将近2000人").get(0));
        assertEquals("5%|PERCENT|-|-|5|-|-|%|RATIO|EXACT", all("最近5%").get(0), "近 of 最近 is no qualifier");
    }

    @Test
    void rangesTakeUnitAndMagnitudeFromEitherEnd() {
        assertEquals("5-10万人|QUANTITY|-|-|-|50000|100000|人|PERSON|RANGE", all("5-10万人").get(0));
        assertEquals("增长5%-5.5%|PERCENT|UP|-|-|5|5.5|%|RATIO|RANGE", all("增长5%-5.5%").get(0));
        assertEquals("4.5%—5%|PERCENT|-|-|-|4.5|5|%|RATIO|RANGE", all("4.5%—5%").get(0));
        assertEquals("5至10家|QUANTITY|-|-|-|5|10|家|COUNT|RANGE", all("5至10家").get(0));
        assertEquals("5到10家|QUANTITY|-|-|-|5|10|家|COUNT|RANGE", all("5到10家").get(0));
        assertEquals("5~10家|QUANTITY|-|-|-|5|10|家|COUNT|RANGE", all("5~10家").get(0));
        assertEquals("5000-1万元|QUANTITY|-|-|-|5000|10000|元|CURRENCY|RANGE", all("5000-1万元").get(0));
    }

    @Test
    void changeBasisIsKeptOutsideTheSpan() {
        assertEquals("增长7.7%|PERCENT|UP|同比|7.7|-|-|%|RATIO|EXACT", all("同比增长7.7%").get(0));
        assertEquals("增长6.5%|PERCENT|UP|比上年|6.5|-|-|%|RATIO|EXACT", all("比上年增长6.5%").get(0));
        assertEquals("增长6%|PERCENT|UP|比上年同期|6|-|-|%|RATIO|EXACT", all("比上年同期增长6%").get(0));
    }

    @Test
    void levelVerbsGiveLevelsNotChanges() {
        assertEquals(List.of("6.9%|PERCENT|-|-|6.9|-|-|%|RATIO|EXACT"), all("回落至6.9%"));
        assertEquals(List.of("95%|PERCENT|-|-|95|-|-|%|RATIO|EXACT"), all("提高至95%"));
        assertEquals(List.of("4%以内|PERCENT|-|-|4|-|-|%|RATIO|AT_MOST"), all("控制在4%以内"));
        assertEquals(List.of("8家|QUANTITY|-|-|8|-|-|家|COUNT|EXACT"), all("新增8家"));
        assertEquals(List.of("3.2%|PERCENT|-|-|3.2|-|-|%|RATIO|EXACT"), all("下降到3.2%"));
    }

    @Test
    void distributedChangeWordsGovernEveryListedNumber() {
        assertEquals(List.of("增长7.8%|PERCENT|UP|-|7.8|-|-|%|RATIO|EXACT", "8.6%|PERCENT|UP|-|8.6|-|-|%|RATIO|EXACT"),
                all("分别增长7.8%和8.6%"));
        assertEquals(List.of("下降3%|PERCENT|DOWN|-|3|-|-|%|RATIO|EXACT", "2%|PERCENT|DOWN|-|2|-|-|%|RATIO|EXACT"),
                all("分别下降3%和2%"));
        assertEquals(List.of("增长5%|PERCENT|UP|同比|5|-|-|%|RATIO|EXACT", "6%|PERCENT|UP|同比|6|-|-|%|RATIO|EXACT",
                        "7%|PERCENT|UP|同比|7|-|-|%|RATIO|EXACT"),
                all("同比分别增长5%、6%和7%"));
        // without 分别 the change word governs only the number it touches
        assertEquals(List.of("增长5%|PERCENT|UP|-|5|-|-|%|RATIO|EXACT", "6%|PERCENT|-|-|6|-|-|%|RATIO|EXACT"),
                all("增长5%，占比6%"));
        // the qualifier belongs to the number it touches
        assertEquals(List.of("5%|PERCENT|-|-|5|-|-|%|RATIO|EXACT", "6%左右|PERCENT|-|-|6|-|-|%|RATIO|APPROX"),
                all("分别为5%、6%左右"));
    }

    @Test
    void runTogetherNumbersWithLostPunctuation() {
        assertEquals(List.of("80%|PERCENT|-|-|80|-|-|%|RATIO|EXACT",
                        "1000平方米以上|QUANTITY|-|-|1000|-|-|平方米|AREA|AT_LEAST",
                        "50%|PERCENT|-|-|50|-|-|%|RATIO|EXACT"),
                all("达到80%1000平方米以上的达到50%"));
    }

    @Test
    void perUnitDenominatorsAreNotMagnitudes() {
        assertEquals(List.of("3.2人|QUANTITY|-|-|3.2|-|-|人|PERSON|EXACT"), all("每千人口拥有医师3.2人"));
        assertEquals(List.of("45张|QUANTITY|-|-|45|-|-|张|COUNT|EXACT"), all("每10万人拥有病床45张"));
    }

    @Test
    void unitsMustBeAdjacent() {
        assertEquals(List.of("7个|QUANTITY|-|-|7|-|-|个|COUNT|EXACT"), all("7个重大项目"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            1.66万	16600
            3000余	3000
            2万余	20000
            一千二百万	12000000
            两千	2000
            〇点五	0.5
            一百一	110
            三万五	35000
            壹仟贰佰	1200
            """)
    void mixedNumerals(String input, String value) {
        List<ValueMention> m = parser.findAll(input);
        assertEquals(1, m.size(), input);
        assertEquals(input, m.get(0).text());
        assertEquals(value, Mentions.plain(m.get(0).value().amount()));
    }

    @Test
    void fullWidthAndNoBreakSpaces() {
        assertEquals(List.of("１，２３４．５万元|QUANTITY|-|-|12345000|-|-|元|CURRENCY|EXACT"), all("１，２３４．５万元"));
        assertEquals(List.of("3\u202F300人|QUANTITY|-|-|3300|-|-|人|PERSON|EXACT"), all("3\u202F300人"));
        assertEquals(List.of("1\u00A0234人|QUANTITY|-|-|1234|-|-|人|PERSON|EXACT"), all("1\u00A0234人"));
        assertEquals(List.of("55 亿元|QUANTITY|-|-|5500000000|-|-|元|CURRENCY|EXACT"), all("55 亿元"));
        // a full-width comma between ASCII digits is punctuation, not a thousands separator
        assertEquals(2, parser.findAll("分别为100，200").size());
    }

    @Test
    void traditionalMeansTheSameAsSimplified() {
        assertEquals(List.of("增長8%|PERCENT|UP|-|8|-|-|%|RATIO|EXACT", "3億元|QUANTITY|-|-|300000000|-|-|元|CURRENCY|EXACT",
                        "2萬人|QUANTITY|-|-|20000|-|-|人|PERSON|EXACT"),
                all("增長8%，3億元，2萬人"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            “12345”战略
            “13710”督办制度
            “六个百分百”
            “四个意识”
            “五升三降”
            “最多跑一次”
            第三次会议
            五届人大三次会议
            十九大
            十九届二中、三中全会
            第二次全国污染源普查
            第四次全国经济普查
            “十三五”
            “七五”普法
            十三五规划
            索引号 001-TOO-1-2018-0001
            14A
            5G基站
            一是进一步统一思想
            万众一心千方百计
            （1）推进改革
            1.加快发展
            [3]
            """)
    void notMentions(String input) {
        assertEquals(List.of(), all(input));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            2018年	2018
            2018年3月21日	2018-03-21
            2018-04-04	2018-04-04
            一九八四年	1984
            二〇一八年	2018
            2017年12月	2017-12
            12月5日	--12-05
            """)
    void datesAreDates(String input, String iso) {
        List<ValueMention> m = parser.findAll(input);
        assertEquals(1, m.size());
        assertEquals(input, m.get(0).text());
        assertEquals("DATE", m.get(0).value().kind().name());
        assertEquals(iso, Mentions.plain(m.get(0).value().amount()));
    }

    @Test
    void yearRangeIsARangeOfDates() {
        assertEquals(List.of("2013—2017年|DATE|-|-|-|2013|2017|-|-|RANGE"), all("2013—2017年"));
    }

    @Test
    void unknownUnitIsReportedNotDropped() {
        assertEquals(List.of("300万羽|QUANTITY|-|-|3000000|-|-|羽|UNKNOWN|EXACT"), all("家禽出栏300万羽"));
    }
}
