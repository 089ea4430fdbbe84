package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Indicator;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measure names by the rules of the contract, on invented sentences in invented mini-reports. */
class MeasureNamesTest {

    private static final ReportParser PARSER = ReportParser.builder().build();

    private static Report review(String sentence) {
        return PARSER.parse("2026年样例县政府工作报告\n一、2025年工作回顾\n" + sentence + "\n二、2026年工作安排\n全县生产总值增长6%左右。\n");
    }

    private static Report plan(String sentence) {
        return PARSER.parse("2026年样例县政府工作报告\n一、2025年工作回顾\n全县生产总值增长5.2%。\n二、2026年工作安排\n" + sentence + "\n");
    }

    private static List<String> indicators(Report r) {
        return r.indicators().stream().map(i -> i.name() + "=" + (i.change() != null ? i.change().text() : i.value().text())).toList();
    }

    private static List<String> targets(Report r) {
        return r.targets().stream().map(t -> t.name() + "=" + (t.change() != null ? t.change().text() : t.value().text())).toList();
    }

    @Test
    void aListOfTwoMeasuresGivesEachItsOwnValue() {
        // heads long enough to be measures keep their names
        assertEquals(List.of("一般公共预算收入=增长9%以上", "税收收入=12%左右"),
                targets(plan("一般公共预算收入和税收收入分别增长9%以上和12%左右。")));
        assertEquals(List.of("生产安全事故起数=下降5%", "死亡人数=8%"), targets(plan("生产安全事故起数和死亡人数分别下降5%和8%。")));
        // not a list of measures: 及 inside a word, a last part too short to be a measure of its own
        assertEquals(List.of("城市天然气普及率=95%"), targets(plan("城市天然气普及率达到95%。")));
        List<String> both = targets(plan("一般公共预算收入和支出分别增长5%和6%。"));
        assertTrue(both.stream().allMatch(n -> n.startsWith("一般公共预算收入和支出=")), both.toString());
    }

    @Test
    void theCountedNounNamesTheCountNotTheExamplesBeforeIt() {
        assertEquals(List.of("道路改造=4条"), indicators(review("完成东山路等4条道路改造。")));
        assertEquals(List.of("道路=6条"), indicators(review("新建改建东山路、西湖路等6条道路。")));
        assertEquals(List.of("新建学校=3所"), indicators(review("新建3所学校。")));
    }

    @Test
    void linkingVerbsAndRhetoricAreNoPartOfAName() {
        assertEquals(List.of("粮食产量=50万吨", "优良天数比例=92%"), indicators(review("粮食产量首次跃上50万吨，优良天数比例上升至92%。")));
        assertEquals(List.of("赤字率=3%"), targets(plan("赤字率拟按3%安排。")));
    }

    @Test
    void aListWithEnumerationCommasSharesItsTailOverTheValuesOfFenbie() {
        assertEquals(List.of("电子信息制造业增加值=增长9.4%", "新材料产业增加值=6.2%"),
                indicators(review("电子信息制造业、新材料产业增加值分别增长9.4%、6.2%。")));
        assertEquals(List.of("交通运输和仓储邮政业增加值=增长7%", "住宿和餐饮业增加值=5%"),
                indicators(review("交通运输和仓储邮政业、住宿和餐饮业增加值分别增长7%和5%。")));
        assertEquals(List.of("城镇常住居民人均消费支出=增长3.8%", "农村常住居民人均消费支出=6.1%"),
                indicators(review("城镇、农村常住居民人均消费支出分别增长3.8%、6.1%。")));
    }

    @Test
    void twoValuesAfterFenbieAreTwoMeasures() {
        Report r = plan("城乡居民基础养老金和医保补助标准分别再提高30元和5元。");
        assertEquals(List.of("城乡居民基础养老金=提高30元", "医保补助标准=5元"), targets(r));
        Target second = r.targets().stream().filter(t -> t.name().equals("医保补助标准")).findFirst().orElseThrow();
        assertEquals(io.github.govreport.core.Direction.UP, second.change().value().change().direction(), "the raise goes on over the list");
    }

    @Test
    void aNumberThatMeasuresNothingIsNoMeasure() {
        List<String> found = indicators(review("连续5年保持增长，3—5年内建成示范区，投资过10亿元的项目达到12个。"));
        assertEquals(List.of("投资过10亿元的项目=12个"), found);
    }

    @Test
    void aGlossInParenthesesStaysInTheName() {
        Indicator pm = review("细颗粒物（PM2.5）年均浓度下降到28微克/立方米。").indicators().get(0);
        assertEquals("细颗粒物（PM2.5）年均浓度", pm.name());
        assertEquals("pm25", pm.concept());
    }

    @Test
    void measuresOfOneConceptUnderManyNamesShareIt() {
        Report r = review("全县地区生产总值增长5.2%，居民消费价格上涨1.8%，城镇登记失业率3.6%。");
        assertEquals(List.of("gdp", "cpi", "registered-unemployment-rate"), r.indicators().stream().map(Indicator::concept).toList());
        Report p = plan("经济增长预期目标为6%左右，居民消费价格涨幅3%左右。");
        assertTrue(p.targets().stream().allMatch(t -> t.concept() != null), p.targets().toString());
        assertEquals(List.of("gdp", "cpi"), p.targets().stream().map(Target::concept).toList());
    }
}
