package io.github.govreport.parser.internal.report.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.report.ReportWordsTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog of concepts: every row's example reads back to its id, every alias to its concept, every
 * modifier's example to no concept (or its own), and a list name whose one value is each member's (均) is
 * read as its members.
 */
class ConceptsTest {

    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final Concepts CONCEPTS = Concepts.standard();

    static Stream<Row> rows() {
        return CONCEPTS.rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void exampleReadsBackToItsConcept(Row row) {
        String id = row.columns().get(0);
        String example = row.columns().get(6);
        String text = ReportWordsTest.reportWith("PLAN", example);
        Report report = PARSER.parse(text);
        int from = text.indexOf(example);
        ValueMention last = report.values().stream().filter(m -> m.start() >= from && m.end() <= from + example.length())
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no value in " + example));
        Target t = report.targets().stream().filter(x -> last.equals(x.value()) || last.equals(x.change())).findFirst()
                .orElseThrow(() -> new AssertionError("no target for " + last + " in " + report.targets()));
        assertEquals(id, t.concept(), t.name());
    }

    static Stream<Row> modifierRows() {
        return CONCEPTS.modifierRows().stream();
    }

    /**
     * A modifier row's example, as a target of the plan, gets the concept the row says (none, mostly),
     * though its name ends with an alias: without the modifier it would be another concept, so the row is
     * what changes it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modifierRows")
    void aModifierBeforeTheAliasMakesTheNameAnotherThing(Row row) {
        String word = row.columns().get(0);
        String expected = row.columns().get(1).equals("-") ? null : row.columns().get(1);
        String example = row.columns().get(2);
        Target t = targetOf(example);
        assertTrue(t.name().contains(word), "the measure's name holds the modifier: " + t.name());
        assertEquals(expected, t.concept(), t.name());
        String plain = CONCEPTS.ignoringModifiers(t.name());
        assertNotNull(plain, "without modifiers the name must be a concept, else the row tests nothing: " + t.name());
        assertNotEquals(expected, plain, t.name());
        assertFalse(row.columns().get(3).isBlank(), "every modifier says why");
    }

    private static Target targetOf(String example) {
        String text = ReportWordsTest.reportWith("PLAN", example);
        Report report = PARSER.parse(text);
        int from = text.indexOf(example);
        return report.targets().stream().filter(x -> x.span().start() >= from && x.span().end() <= from + example.length())
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no target in " + example + ": " + report.targets()));
    }

    @Test
    void aModifierInsideTheAliasIsTheAliasOwnWord() {
        assertEquals("gdp", CONCEPTS.of("国内生产总值"), "国内 of 国内旅游 would not count inside the alias");
        assertEquals("gdp-per-capita", CONCEPTS.of("全市人均地区生产总值"), "人均 starts the alias");
        assertEquals("rd-intensity", CONCEPTS.of("全社会研发经费支出占地区生产总值比重"), "占 inside the alias");
        assertEquals("foreign-trade", CONCEPTS.of("货物贸易进出口总额"), "goods are the whole of customs trade");
        assertEquals("tourist-arrivals", CONCEPTS.of("接待国内外游客"));
        assertNull(CONCEPTS.of("城镇居民人均可支配收入和农民人均纯收入"), "a list is not its last member");
        assertNull(CONCEPTS.of("数字经济增长"), "is not GDP growth");
        assertEquals("pm25", CONCEPTS.of("地级及以上城市细颗粒物平均浓度"), "及以上 is a scope, not a list");
        assertEquals("gdp", CONCEPTS.ignoringModifiers("海洋经济生产总值"));
        assertNull(CONCEPTS.of("海洋经济生产总值"));
    }

    @Test
    void anAliasWrittenWithEqualsIsItsConceptOnlyAsTheWholeName() {
        assertEquals("gdp", CONCEPTS.of("经济总量"));
        assertEquals("gdp", CONCEPTS.of("2025年经济总量"), "a leading year is no part of the name");
        assertNull(CONCEPTS.of("泸州经济总量"), "another place's GDP");
        assertNull(CONCEPTS.of("会展经济总量"), "a part of the economy");
    }

    @Test
    void aCountOfDaysAndARatioOfDaysAreTwoConcepts() {
        assertEquals("good-air-day-count", CONCEPTS.of("空气质量优良天数"));
        assertEquals("good-air-days", CONCEPTS.of("空气质量优良天数比例"));
        assertEquals("high-value-patents-per-10k", CONCEPTS.of("每万人口高价值发明专利拥有量"), "the longer alias wins");
        assertEquals("patents-per-10k", CONCEPTS.of("每万人口发明专利拥有量"));
        assertEquals("industrial-output", CONCEPTS.of("全县规模以上工业总产值"), "above-scale output, as for value added");
        assertEquals("total-industrial-output", CONCEPTS.of("全县工业总产值"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyAliasIsItsConceptAndTheDimensionIsKnown(Row row) {
        String id = row.columns().get(0);
        for (String alias : row.columns().get(5).split("\\|")) {
            String bare = alias.startsWith("=") ? alias.substring(1) : alias;
            assertEquals(id, CONCEPTS.of(bare), alias);
        }
        assertEquals(id, CONCEPTS.of(row.columns().get(1)), "the canonical name is an alias");
        io.github.govreport.core.Dimension.valueOf(row.columns().get(2));
        assertTrue(List.of("yes", "no").contains(row.columns().get(3)), row.toString());
    }

    @Test
    void namesAreMatchedWithoutYearsAndGrowthWordsButNotAsPartOfAnotherThing() {
        Map<String, String> cases = Map.of(
                "2025年国内生产总值", "gdp",
                "到2030年城镇化率", "urbanization-rate",
                "地区生产总值增速", "gdp",
                "全市规模以上工业增加值", "industrial-value-added",
                "单位地区生产总值能耗", "energy-intensity",
                "出口", "exports",
                "全縣生產總值", "gdp",
                "單位ＧＤＰ能耗", "energy-intensity");
        cases.forEach((name, id) -> assertEquals(id, CONCEPTS.of(name), name));
        assertNull(CONCEPTS.of("高技术产品出口"), "a short alias matches only the whole name");
        assertNull(CONCEPTS.of("第一产业增加值占生产总值比重"), "a share of GDP is not GDP");
        assertNull(CONCEPTS.of("推进重大项目"));
    }

    private static List<String> targets(String sentence) {
        Report r = PARSER.parse(ReportWordsTest.reportWith("PLAN", sentence));
        return r.targets().stream().filter(t -> !t.name().equals("全县生产总值"))
                .map(t -> t.name() + "=" + t.concept() + "=" + (t.change() != null ? t.change().text() : t.value().text())).toList();
    }

    @Test
    void aListNameWhoseOneValueIsEachMembersIsItsMembers() {
        assertEquals(List.of("城镇居民人均可支配收入=urban-disposable-income=增长6.8%", "农村居民人均可支配收入=rural-disposable-income=增长6.8%"),
                targets("城乡居民人均可支配收入均增长6.8%。"));
        assertEquals(List.of("城镇居民收入=urban-disposable-income=增长7%", "农村居民收入=rural-disposable-income=增长7%"),
                targets("城镇和农村居民收入均增长7%。"));
        assertEquals(List.of("城镇低保标准=urban-minimum-living-allowance=提高5%", "农村低保标准=rural-minimum-living-allowance=提高5%"),
                targets("城乡低保标准均提高5%。"));
        assertEquals(List.of("出口总额=exports=增长4%", "进口总额=imports=增长4%"), targets("出口总额和进口总额均比上年增长4%。"));
    }

    @Test
    void aListNameWithDistributedValuesIsItsMembersInTurn() {
        assertEquals(List.of("城镇居民人均可支配收入=urban-disposable-income=增长6.3%", "农村居民人均可支配收入=rural-disposable-income=7.6%"),
                targets("城乡居民人均可支配收入分别增长6.3%和7.6%。"));
    }

    @Test
    void anAverageOrAWholeIsNoList() {
        assertEquals(List.of("城乡居民人均可支配收入=disposable-income=增长6.5%"), targets("城乡居民人均可支配收入年均增长6.5%。"),
                "年均 is an average over years");
        assertEquals(List.of("城乡居民人均可支配收入=disposable-income=增长5.7%"), targets("城乡居民人均可支配收入增长5.7%。"),
                "without 均 or 分别 the figure is the residents' as a whole");
        assertEquals(List.of("居民人均可支配收入=disposable-income=增长5.9%"), targets("居民人均可支配收入均增长5.9%。"),
                "均 after a name that is no list changes nothing");
        assertEquals(List.of("城乡基本公共服务均等化水平=null=90%"), targets("城乡基本公共服务均等化水平达到90%。"), "the 均 of 均等 is no link");
        assertEquals(List.of("城乡居民基础养老金=basic-pension=提高20元"), targets("城乡居民基础养老金均提高20元。"),
                "one scheme: its halves would be the same concept again");
        assertEquals(List.of("游客人数和旅游总收入=null=增长12%"), targets("游客人数和旅游总收入均增长12%。"),
                "a member that is no concept may be a bad cut (游客人数入), so the list stays whole");
        assertEquals(List.of("二氧化硫排放量=so2-emissions=下降4%", "化学需氧量=cod-emissions=下降4%"),
                targets("二氧化硫排放量和化学需氧量均下降4%。"));
    }
}
