package io.github.govreport.parser.internal.report.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Level;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.header.RegionPlaces.Region;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The region as a place of the gazetteer, on invented headers and openings that name real places. */
class RegionPlacesTest {

    private static Region inPhrase(String phrase) {
        return RegionPlaces.inPhrase(phrase, "");
    }

    @Test
    void aPhraseIsAChainOfPlacesThatRunsToItsEnd() {
        assertEquals(new Region("宁波市", "330200", Level.CITY), inPhrase("宁波市"));
        assertEquals(new Region("浙江省宁波市", "330200", Level.CITY), inPhrase("浙江省宁波市"));
        assertEquals(new Region("宁波市鄞州区", "330212", Level.COUNTY), inPhrase("宁波市鄞州区"));
        assertEquals(new Region("上海市", "310000", Level.PROVINCE), inPhrase("日上海市"), "a date's 日 left before it");
        assertEquals(new Region("连云港市", "320700", Level.CITY), inPhrase("连云港市市"), "a doubled level char");
        assertEquals(new Region("恩施州", "422800", Level.CITY), inPhrase("恩施州"), "a short name, kept as written");
        assertEquals(new Region("襄樊市", "420600", Level.CITY), inPhrase("襄樊市"), "a former name, today's code");
    }

    @Test
    void aPhraseWithNoPlaceOrAPlaceInsideANameIsNone() {
        assertNull(inPhrase("代表省"));
        assertNull(inPhrase("实施省"));
        assertNull(inPhrase("居副省"));
        assertNull(inPhrase("示例市"));
        assertNull(inPhrase("宁波生态园"), "a place inside a longer name");
        assertNull(inPhrase("示例高新区"), "a zone below the county is no division");
    }

    @Test
    void severalPlacesOfOneNameAreToldApartByTheirParentsInTheText() {
        Region gulou = RegionPlaces.inPhrase("鼓楼区", "南京市鼓楼区今年新增就业1.2万人，南京都市圈建设提速。");
        assertEquals("320106", gulou.code());
        Region unknown = RegionPlaces.inPhrase("鼓楼区", "全区新增就业1.2万人。");
        assertEquals("鼓楼区", unknown.name());
        assertNull(unknown.code(), "nothing tells the four 鼓楼区 apart");
        assertEquals(Level.COUNTY, unknown.level());
    }

    @Test
    void hongKongMacaoAndTaiwan() {
        assertEquals(new Region("香港特别行政区", "810000", Level.PROVINCE), inPhrase("香港特别行政区"));
        assertEquals(new Region("澳门特别行政区", "820000", Level.PROVINCE), inPhrase("澳门特别行政区"));
        assertEquals(new Region("桃园市", null, Level.CITY), inPhrase("桃园市"), "Taiwan's cities have no code");
    }

    @Test
    void theFirstPhraseThatNamesAPlaceWins() {
        Region r = RegionPlaces.of(List.of("代表省", "浙江省"), null, null, "");
        assertEquals("330000", r.code());
        assertEquals(RegionPlaces.NATIONAL, RegionPlaces.of(List.of("中国"), null, null, ""));
    }

    @Test
    void theSpeakersOwnWordsRuleOutAPlaceOfAnotherLevel() {
        // 我代表省人民政府 with a national meeting named in the header: not the State Council's report
        assertNull(RegionPlaces.of(List.of("中国"), Level.PROVINCE, Level.PROVINCE, ""));
        // 我代表市人民政府: a city, a county-level city or a municipality
        assertEquals("120000", RegionPlaces.of(List.of("天津市"), Level.CITY, Level.CITY, "").code());
        assertEquals("330782", RegionPlaces.of(List.of("义乌市"), Level.CITY, Level.CITY, "").code());
        assertNull(RegionPlaces.of(List.of("浙江省"), Level.CITY, Level.CITY, ""));
    }

    @Test
    void withoutAHeaderTheMostNamedPlaceAtTheReportsLevel() {
        String city = "各位代表：现在，我代表市人民政府向大会报告工作。过去一年，全市上下团结奋斗，长沙经济总量迈上新台阶，"
                + "长沙市城乡居民收入稳步增长，湖南省内排名保持前列，长沙的营商环境持续优化。";
        assertEquals("430100", RegionPlaces.of(List.of(), Level.CITY, Level.CITY, city).code());
        String province = "各位代表：过去一年，全省经济运行稳中向好，江西工业增加值增长7%，江西农业稳产增产，全省人民共同努力。";
        assertEquals("360000", RegionPlaces.of(List.of(), null, null, province).code(), "全省 gives the level");
        assertNull(RegionPlaces.of(List.of(), Level.CITY, Level.CITY, "全市经济增长5%。长沙市新增就业3万人。"),
                "named once is not enough");
        assertNull(RegionPlaces.of(List.of(), Level.COUNTY, Level.COUNTY, "全县和政府各部门通力协作，和政府采购…"),
                "a county's short name inside other words (和政 in 和政府) does not count");
    }

    @Test
    void aReportThatNamesItselfRarelyIsCountedOverItsWholeText() {
        String opening = "各位代表：过去一年，全省经济运行总体平稳，甘肃工业增加值增长6%。" + "全省上下团结奋斗，各项事业稳步推进。".repeat(600);
        String later = "甘肃农业稳产增产，甘肃文化旅游持续升温。";
        assertNull(RegionPlaces.of(List.of(), Level.PROVINCE, Level.PROVINCE, opening), "named once in all");
        assertEquals("620000", RegionPlaces.of(List.of(), Level.PROVINCE, Level.PROVINCE, opening + later).code(),
                "named once in the opening, and twice after it");
    }

    @Test
    void aReportWithoutAPlaceSaysWhichPhrasesNamedNone() {
        ReportText text = ReportText.of("政府工作报告\n\n示例县县长 林青禾\n\n各位代表：\n\n全县生产总值增长5%。\n");
        List<ReportProblem> problems = new ArrayList<>();
        Problems sink = new Problems(text, problems::add);
        MetadataReader.Header header = MetadataReader.read(text, sink);
        problems.clear();
        assertNull(RegionPlaces.of(header, text, sink));
        assertEquals(1, problems.size());
        assertEquals(ReportProblem.Type.MISSING_METADATA, problems.get(0).type());
        assertTrue(problems.get(0).message().contains("示例县: no place of the gazetteer"), problems.get(0).message());
    }
}
