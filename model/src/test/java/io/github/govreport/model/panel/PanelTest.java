package io.github.govreport.model.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Amount;
import io.github.govreport.core.Change;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Percentage;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Range;
import io.github.govreport.core.Span;
import io.github.govreport.core.Unit;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Level;
import io.github.govreport.model.Metadata;
import io.github.govreport.model.NoTarget;
import io.github.govreport.model.Report;
import io.github.govreport.model.Sense;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The panel on reports built in code. Every region, name and figure is invented: 示例市, 样例县 and their
 * numbers exist nowhere else.
 */
class PanelTest {

    static final Unit PERSON = new Unit("人", Dimension.PERSON);
    static final Unit YUAN = new Unit("元", Dimension.CURRENCY);
    static final Unit FIRMS = new Unit("家", Dimension.COUNT);

    // ---- building blocks

    static ValueMention mention(String text, Amount amount, Qualifier q, Direction d) {
        return new ValueMention(new Span(0, text.length()), text, new Value(amount, q, d == null ? null : Change.of(d)));
    }

    /** A percentage change: {@code up("增长6%左右", "6", APPROX)}. */
    static ValueMention up(String text, String number, Qualifier q) {
        return mention(text, new Percentage(new BigDecimal(number)), q, Direction.UP);
    }

    static ValueMention down(String text, String number, Qualifier q) {
        return mention(text, new Percentage(new BigDecimal(number)), q, Direction.DOWN);
    }

    /** A level: a percentage ({@code 5.5%以内}) or a quantity of a unit ({@code 1.1万人以上}). */
    static ValueMention percent(String text, String number, Qualifier q) {
        return mention(text, new Percentage(new BigDecimal(number)), q, null);
    }

    static ValueMention quantity(String text, String number, Unit unit, Qualifier q) {
        return mention(text, new Quantity(new BigDecimal(number), unit), q, null);
    }

    static Target target(String name, ValueMention value, ValueMention change, int year) {
        return new Target(name, value, change, YearSpan.of(year), new Span(0, 10), true, false);
    }

    static Indicator indicator(String name, ValueMention value, ValueMention change, int year) {
        return new Indicator(name, value, change, YearSpan.of(year), new Span(0, 10));
    }

    static Metadata meta(String region, Level level, Integer year, YearSpan reviewYear) {
        return new Metadata("政府工作报告", region, null, level, year, reviewYear, null, null, null, null);
    }

    /** The report of {@code region} for {@code year}, reviewing the year before. */
    static Report report(String region, int year, List<Indicator> indicators, List<Target> targets) {
        return report(region, Level.CITY, year, indicators, targets, List.of());
    }

    static Report report(String region, Level level, int year, List<Indicator> indicators, List<Target> targets,
            List<NoTarget> noTargets) {
        return new Report(meta(region, level, year, YearSpan.of(year - 1)), List.of(), indicators, targets, List.of(),
                List.of(), List.of(), noTargets);
    }

    /** The panel of one target set in 示例市's 2025 report against the outcomes of its 2026 report. */
    static PanelRow judge(Target target, Indicator... outcomes) {
        Report plan = report("示例市", 2025, List.of(), List.of(target));
        Report review = report("示例市", 2026, List.of(outcomes), List.of());
        List<PanelRow> rows = Panel.of(List.of(new PanelSource("a-2025.txt", plan), new PanelSource("a-2026.txt", review)));
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    static void assertRow(Status status, String difference, PanelRow row) {
        assertEquals(status, row.status(), row.toString());
        assertEquals(difference == null ? null : new BigDecimal(difference), row.difference(), row.toString());
    }

    // ---- verdicts

    @Test
    void aTargetWithoutAQualifierIsReachedAsItsSenseSays() {
        ValueMention rate = percent("5.5%", "5.5", Qualifier.EXACT);
        Indicator lower = indicator("城镇调查失业率", percent("5.2%", "5.2", Qualifier.EXACT), null, 2025);
        Target ceiling = new Target("城镇调查失业率", rate, null, YearSpan.of(2025), new Span(0, 10), true, false, null, Sense.CEILING);
        assertRow(Status.REACHED, "-0.3", judge(ceiling, lower));
        Target floor = new Target("城镇调查失业率", rate, null, YearSpan.of(2025), new Span(0, 10), true, false, null, Sense.FLOOR);
        assertRow(Status.MISSED, "-0.3", judge(floor, lower));
        assertRow(Status.MISSED, "-0.3", judge(target("城镇调查失业率", rate, null, 2025), lower)); // no sense: a level is a floor
        // a rise of prices wanted low: 上涨3% against 上涨2.1% is reached
        Target prices = new Target("居民消费价格", null, up("上涨3%", "3", Qualifier.EXACT), YearSpan.of(2025), new Span(0, 10), true,
                false, null, Sense.CEILING);
        assertRow(Status.REACHED, "-0.9", judge(prices, indicator("居民消费价格", null, up("上涨2.1%", "2.1", Qualifier.EXACT), 2025)));
        // a fall wanted (a ceiling on the signed change): 下降3% against 下降2.5% is missed, against 下降3.2% reached
        Target energy = new Target("单位地区生产总值能耗", null, down("下降3%", "3", Qualifier.EXACT), YearSpan.of(2025), new Span(0, 10),
                true, false, null, Sense.CEILING);
        assertRow(Status.MISSED, "0.5", judge(energy, indicator("单位地区生产总值能耗", null, down("下降2.5%", "2.5", Qualifier.EXACT), 2025)));
        assertRow(Status.REACHED, "-0.2", judge(energy, indicator("单位地区生产总值能耗", null, down("下降3.2%", "3.2", Qualifier.EXACT), 2025)));
        // a qualifier outweighs the sense
        Target atLeast = new Target("城镇调查失业率", percent("5.5%以上", "5.5", Qualifier.AT_LEAST), null, YearSpan.of(2025), new Span(0, 10),
                true, false, null, Sense.CEILING);
        assertRow(Status.MISSED, "-0.3", judge(atLeast, lower));
    }

    @Test
    void atLeastIsReachedAtOrAbove() {
        Target jobs = target("城镇新增就业", quantity("1.1万人以上", "11000", PERSON, Qualifier.AT_LEAST), null, 2025);
        PanelRow reached = judge(jobs, indicator("城镇新增就业", quantity("1.23万人", "12300", PERSON, Qualifier.EXACT), null, 2025));
        assertRow(Status.REACHED, "1300", reached);
        assertEquals("城镇新增就业", reached.outcome().name());
        assertEquals("a-2025.txt", reached.targetFile());
        assertEquals("a-2026.txt", reached.outcomeFile());
        assertSame(jobs, reached.target());
        assertNull(reached.note());
        assertRow(Status.REACHED, "0",
                judge(jobs, indicator("城镇新增就业", quantity("1.1万人", "11000", PERSON, Qualifier.EXACT), null, 2025)));
        assertRow(Status.MISSED, "-700",
                judge(jobs, indicator("城镇新增就业", quantity("1.03万人", "10300", PERSON, Qualifier.EXACT), null, 2025)));
        // 超过 reads like 以上
        Target moreThan = target("新增市场主体", quantity("超过5000家", "5000", FIRMS, Qualifier.MORE_THAN), null, 2025);
        assertRow(Status.REACHED, "0",
                judge(moreThan, indicator("新增市场主体", quantity("5000家", "5000", FIRMS, Qualifier.EXACT), null, 2025)));
        assertRow(Status.MISSED, "-1",
                judge(moreThan, indicator("新增市场主体", quantity("4999家", "4999", FIRMS, Qualifier.EXACT), null, 2025)));
    }

    @Test
    void atMostIsReachedAtOrBelow() {
        Target jobless = target("城镇调查失业率", percent("5.5%以内", "5.5", Qualifier.AT_MOST), null, 2025);
        assertRow(Status.REACHED, "-0.3", judge(jobless, indicator("城镇调查失业率", percent("5.2%", "5.2", Qualifier.EXACT), null, 2025)));
        assertRow(Status.REACHED, "0", judge(jobless, indicator("城镇调查失业率", percent("5.5%", "5.5", Qualifier.EXACT), null, 2025)));
        assertRow(Status.MISSED, "0.2", judge(jobless, indicator("城镇调查失业率", percent("5.7%", "5.7", Qualifier.EXACT), null, 2025)));
        Target lessThan = target("城镇登记失业率", percent("低于4%", "4", Qualifier.LESS_THAN), null, 2025);
        assertRow(Status.REACHED, "-0.4", judge(lessThan, indicator("城镇登记失业率", percent("3.6%", "3.6", Qualifier.EXACT), null, 2025)));
        assertRow(Status.MISSED, "0.1", judge(lessThan, indicator("城镇登记失业率", percent("4.1%", "4.1", Qualifier.EXACT), null, 2025)));
    }

    @Test
    void aPlainFigureIsReachedAtOrBeyondItInItsDirection() {
        Target investment = target("固定资产投资", null, up("增长8%", "8", Qualifier.EXACT), 2025);
        assertRow(Status.REACHED, "0.4", judge(investment, indicator("固定资产投资", null, up("增长8.4%", "8.4", Qualifier.EXACT), 2025)));
        assertRow(Status.MISSED, "-10.3", judge(investment, indicator("固定资产投资", null, down("下降2.3%", "2.3", Qualifier.EXACT), 2025)));
        Target cut = target("主要污染物排放总量", null, down("下降2%", "2", Qualifier.EXACT), 2025);
        assertRow(Status.REACHED, "-0.2", judge(cut, indicator("主要污染物排放总量", null, down("下降2.2%", "2.2", Qualifier.EXACT), 2025)));
        assertRow(Status.MISSED, "0.5", judge(cut, indicator("主要污染物排放总量", null, down("下降1.5%", "1.5", Qualifier.EXACT), 2025)));
        // a level without direction: at or above
        Target forest = target("森林覆盖率", percent("46%", "46", Qualifier.EXACT), null, 2025);
        assertRow(Status.REACHED, "0.2", judge(forest, indicator("森林覆盖率", percent("46.2%", "46.2", Qualifier.EXACT), null, 2025)));
        assertRow(Status.MISSED, "-1", judge(forest, indicator("森林覆盖率", percent("45%", "45", Qualifier.EXACT), null, 2025)));
    }

    @Test
    void approxGivesTheDifferenceAndNoVerdict() {
        Target gdp = target("地区生产总值", null, up("增长6%左右", "6", Qualifier.APPROX), 2025);
        PanelRow above = judge(gdp, indicator("地区生产总值", null, up("增长6.5%", "6.5", Qualifier.EXACT), 2025));
        assertRow(Status.APPROX, "0.5", above);
        assertRow(Status.APPROX, "-0.7", judge(gdp, indicator("地区生产总值", null, up("增长5.3%", "5.3", Qualifier.EXACT), 2025)));
        assertRow(Status.APPROX, "-7", judge(gdp, indicator("地区生产总值", null, down("下降1%", "1", Qualifier.EXACT), 2025)));
        // 近 draws no sharp line either
        Target nearly = target("粮食产量", quantity("近10万吨", "100000", new Unit("吨", Dimension.MASS), Qualifier.NEARLY), null, 2025);
        PanelRow n = judge(nearly, indicator("粮食产量", quantity("9.8万吨", "98000", new Unit("吨", Dimension.MASS), Qualifier.EXACT), null, 2025));
        assertRow(Status.APPROX, "-2000", n);
        assertTrue(n.note().contains("NEARLY"), n.note());
    }

    @Test
    void aFallOfAtLeastIsReachedByALargerFall() {
        // 下降3%以上: at least a 3% fall
        Target energy = target("单位地区生产总值能耗", null, down("下降3%以上", "3", Qualifier.AT_LEAST), 2025);
        assertRow(Status.REACHED, "-0.1", judge(energy, indicator("单位地区生产总值能耗", null, down("下降3.1%", "3.1", Qualifier.EXACT), 2025)));
        assertRow(Status.REACHED, "0", judge(energy, indicator("单位地区生产总值能耗", null, down("下降3%", "3", Qualifier.EXACT), 2025)));
        assertRow(Status.MISSED, "0.5", judge(energy, indicator("单位地区生产总值能耗", null, down("下降2.5%", "2.5", Qualifier.EXACT), 2025)));
        assertRow(Status.MISSED, "4", judge(energy, indicator("单位地区生产总值能耗", null, up("上升1%", "1", Qualifier.EXACT), 2025)));
        // 下降不超过2%: a fall of at most 2%
        Target atMost = target("耕地面积", null, down("下降不超过2%", "2", Qualifier.AT_MOST), 2025);
        assertRow(Status.REACHED, "1", judge(atMost, indicator("耕地面积", null, down("下降1%", "1", Qualifier.EXACT), 2025)));
        assertRow(Status.MISSED, "-0.5", judge(atMost, indicator("耕地面积", null, down("下降2.5%", "2.5", Qualifier.EXACT), 2025)));
    }

    @Test
    void aRangeWrittenApartFromItsGrowthWordIsARiseAgainstTheOutcome() {
        // 生产总值增长保持在6%-6.5%区间: the range is the level of a name that ends with 增长
        ValueMention range = mention("6%-6.5%", new Range(new Percentage(new BigDecimal("6")), new Percentage(new BigDecimal("6.5"))),
                Qualifier.RANGE, null);
        Target gdp = new Target("生产总值增长", range, null, YearSpan.of(2025), new Span(0, 10), true, false, "gdp", Sense.FLOOR);
        PanelRow below = judge(gdp, new Indicator("生产总值", null, up("增长5.8%", "5.8", Qualifier.EXACT), YearSpan.of(2025),
                new Span(0, 10), "gdp"));
        assertRow(Status.MISSED, "-0.2", below);
    }

    @Test
    void aPriceIndexGivenAsALevelIsARise() {
        Indicator index = new Indicator("居民消费价格指数", percent("102.4%", "102.4", Qualifier.EXACT), null, YearSpan.of(2025),
                new Span(0, 10), "cpi");
        Target approx = new Target("居民消费价格涨幅", percent("3%左右", "3", Qualifier.APPROX), null, YearSpan.of(2025), new Span(0, 10),
                true, false, "cpi", Sense.CEILING);
        assertRow(Status.APPROX, "-0.6", judge(approx, index));
        Target rise = new Target("居民消费价格", null, up("上涨3%", "3", Qualifier.EXACT), YearSpan.of(2025), new Span(0, 10), true, false,
                "cpi", Sense.CEILING);
        Indicator bare = new Indicator("居民消费价格总指数", quantity("102.1", "102.1", null, Qualifier.EXACT), null, YearSpan.of(2025),
                new Span(0, 10), "cpi");
        assertRow(Status.REACHED, "-0.9", judge(rise, bare));
        Indicator fall = new Indicator("居民消费价格指数", percent("99.2%", "99.2", Qualifier.EXACT), null, YearSpan.of(2025),
                new Span(0, 10), "cpi");
        assertRow(Status.REACHED, "-3.8", judge(rise, fall));
        // a level that is no index stays a level: 生产总值指数 is none of the price words
        assertEquals(null, Comparison.priceIndexAsRise("生产总值指数", percent("106%", "106", Qualifier.EXACT)));
        assertEquals(null, Comparison.priceIndexAsRise("居民消费价格指数", percent("3%", "3", Qualifier.EXACT)));
    }

    @Test
    void aRangeIsReachedWithinItsEnds() {
        ValueMention range = mention("增长5%-5.5%",
                new Range(new Percentage(new BigDecimal("5")), new Percentage(new BigDecimal("5.5"))), Qualifier.RANGE, Direction.UP);
        Target gdp = target("地区生产总值", null, range, 2025);
        assertRow(Status.REACHED, "0", judge(gdp, indicator("地区生产总值", null, up("增长5.2%", "5.2", Qualifier.EXACT), 2025)));
        assertRow(Status.REACHED, "0", judge(gdp, indicator("地区生产总值", null, up("增长5.5%", "5.5", Qualifier.EXACT), 2025)));
        PanelRow below = judge(gdp, indicator("地区生产总值", null, up("增长4.8%", "4.8", Qualifier.EXACT), 2025));
        assertRow(Status.MISSED, "-0.2", below);
        assertTrue(below.note().contains("below the range"), below.note());
        PanelRow above = judge(gdp, indicator("地区生产总值", null, up("增长6%", "6", Qualifier.EXACT), 2025));
        assertRow(Status.MISSED, "0.5", above);
        assertTrue(above.note().contains("above the range"), above.note());
        // a range of levels: 新增高新技术企业5-10家
        ValueMention firms = mention("5-10家", new Range(new Quantity(BigDecimal.valueOf(5), FIRMS),
                new Quantity(BigDecimal.TEN, FIRMS)), Qualifier.RANGE, null);
        Target t = target("新增高新技术企业", firms, null, 2025);
        assertRow(Status.REACHED, "0", judge(t, indicator("新增高新技术企业", quantity("7家", "7", FIRMS, Qualifier.EXACT), null, 2025)));
        assertRow(Status.MISSED, "2", judge(t, indicator("新增高新技术企业", quantity("12家", "12", FIRMS, Qualifier.EXACT), null, 2025)));
        // a range of falls, 下降2%-3%, runs from -3 to -2
        ValueMention falls = mention("下降2%-3%", new Range(new Percentage(new BigDecimal("2")),
                new Percentage(new BigDecimal("3"))), Qualifier.RANGE, Direction.DOWN);
        Target cut = target("煤炭消费量", null, falls, 2025);
        assertRow(Status.REACHED, "0", judge(cut, indicator("煤炭消费量", null, down("下降2.4%", "2.4", Qualifier.EXACT), 2025)));
        assertRow(Status.MISSED, "-0.5", judge(cut, indicator("煤炭消费量", null, down("下降3.5%", "3.5", Qualifier.EXACT), 2025)));
    }

    @Test
    void aRateOfGrowthIsARise() {
        // 居民消费价格涨幅3%左右 names a rate of growth: the outcome 上涨0.4% is compared with it as a rise
        Indicator low = new Indicator("居民消费价格", null, up("上涨0.4%", "0.4", Qualifier.EXACT), YearSpan.of(2025), new Span(0, 10), "cpi");
        Indicator high = new Indicator("居民消费价格", null, up("上涨3.5%", "3.5", Qualifier.EXACT), YearSpan.of(2025), new Span(0, 10), "cpi");
        assertRow(Status.APPROX, "-2.6", judge(cpi(percent("3%左右", "3", Qualifier.APPROX)), low));
        assertRow(Status.REACHED, "-2.6", judge(cpi(percent("3%以内", "3", Qualifier.AT_MOST)), low));
        assertRow(Status.MISSED, "0.5", judge(cpi(percent("3%以内", "3", Qualifier.AT_MOST)), high));
    }

    private static Target cpi(ValueMention level) {
        return new Target("居民消费价格涨幅", level, null, YearSpan.of(2025), new Span(0, 10), true, false, "cpi");
    }

    @Test
    void aLevelAgainstAChangeIsNotComparable() {
        Target urban = target("城镇化率", percent("60%", "60", Qualifier.EXACT), null, 2025);
        PanelRow r = judge(urban, indicator("城镇化率", null, up("提高1.2%", "1.2", Qualifier.EXACT), 2025));
        assertRow(Status.NOT_COMPARABLE, null, r);
        assertEquals("the target is a level, the outcome a change", r.note());
        assertEquals("城镇化率", r.outcome().name());

        Target growth = target("一般公共预算收入", null, up("增长5%以上", "5", Qualifier.AT_LEAST), 2025);
        PanelRow level = judge(growth, indicator("一般公共预算收入", quantity("28.4亿元", "2840000000", YUAN, Qualifier.EXACT), null, 2025));
        assertRow(Status.NOT_COMPARABLE, null, level);
        assertEquals("the target is a change, the outcome a level", level.note());

        // changes of different kinds: a percentage against an amount of money
        PanelRow kinds = judge(growth, indicator("一般公共预算收入", null,
                mention("增加2亿元", new Quantity(new BigDecimal("200000000"), YUAN), Qualifier.EXACT, Direction.UP), 2025));
        assertRow(Status.NOT_COMPARABLE, null, kinds);
        assertTrue(kinds.note().startsWith("the changes differ in kind or unit"), kinds.note());
        assertTrue(kinds.note().contains("增加2亿元 (QUANTITY, 元)"), kinds.note());
    }

    @Test
    void theFirstComparableOutcomeInTextOrderIsTaken() {
        Target growth = target("一般公共预算收入", null, up("增长5%以上", "5", Qualifier.AT_LEAST), 2025);
        Indicator levelOnly = indicator("一般公共预算收入", quantity("28.4亿元", "2840000000", YUAN, Qualifier.EXACT), null, 2025);
        Indicator first = indicator("一般公共预算收入", null, up("增长7.2%", "7.2", Qualifier.EXACT), 2025);
        Indicator second = indicator("一般公共预算收入", null, up("增长3%", "3", Qualifier.EXACT), 2025);
        PanelRow r = judge(growth, levelOnly, first, second);
        assertRow(Status.REACHED, "2.2", r);
        assertSame(first, r.outcome());
        // with both a level and a change, the changes are compared
        Indicator both = indicator("一般公共预算收入", quantity("28.4亿元", "2840000000", YUAN, Qualifier.EXACT),
                up("增长4%", "4", Qualifier.EXACT), 2025);
        assertRow(Status.MISSED, "-1", judge(growth, both, first));
    }

    @Test
    void anOutcomeStatedWithAQualifierSaysSo() {
        Target jobs = target("城镇新增就业", quantity("1.1万人以上", "11000", PERSON, Qualifier.AT_LEAST), null, 2025);
        PanelRow r = judge(jobs, indicator("城镇新增就业", quantity("超过1.2万人", "12000", PERSON, Qualifier.MORE_THAN), null, 2025));
        assertRow(Status.REACHED, "1000", r);
        assertTrue(r.note().contains("MORE_THAN"), r.note());
    }

    // ---- pairing

    @Test
    void noOutcomeWhenTheNextReportIsAbsent() {
        Report plan = report("示例市", 2025, List.of(),
                List.of(target("地区生产总值", null, up("增长6%左右", "6", Qualifier.APPROX), 2025)));
        List<PanelRow> rows = Panel.of(List.of(new PanelSource("a.txt", plan)));
        assertEquals(1, rows.size());
        PanelRow r = rows.get(0);
        assertRow(Status.NO_OUTCOME, null, r);
        assertNull(r.outcome());
        assertNull(r.outcomeFile());
        assertEquals("no report given reviews 2025 for 示例市", r.note());
        assertEquals("示例市", r.region());
        assertEquals(Level.CITY, r.level());
        assertEquals(2025, r.year());
    }

    @Test
    void noOutcomeWhenTheNextReportLacksTheMeasure() {
        Target grain = target("粮食产量", quantity("30万吨以上", "300000", new Unit("吨", Dimension.MASS), Qualifier.AT_LEAST), null, 2025);
        PanelRow r = judge(grain, indicator("地区生产总值", null, up("增长6.1%", "6.1", Qualifier.EXACT), 2025));
        assertRow(Status.NO_OUTCOME, null, r);
        assertEquals("no annual outcome for 粮食产量 in the report reviewing 2025 (a-2026.txt)", r.note());
    }

    @Test
    void aMultiYearIndicatorIsNoOutcome() {
        Target jobs = target("城镇新增就业", quantity("1.1万人以上", "11000", PERSON, Qualifier.AT_LEAST), null, 2025);
        Indicator term = new Indicator("城镇新增就业", quantity("5.8万人", "58000", PERSON, Qualifier.EXACT), null,
                new YearSpan(2021, 2025), new Span(0, 10));
        Indicator noPeriod = new Indicator("城镇新增就业", quantity("1.2万人", "12000", PERSON, Qualifier.EXACT), null,
                null, new Span(0, 10));
        PanelRow r = judge(jobs, term, noPeriod);
        assertRow(Status.NO_OUTCOME, null, r);
        // and the annual one is found among them
        Indicator annual = indicator("城镇新增就业", quantity("1.2万人", "12000", PERSON, Qualifier.EXACT), null, 2025);
        assertSame(annual, judge(jobs, term, annual).outcome());

        // the report for 2026 reviews the term 2021-2025 and states 2025's figure inside it: that is the outcome
        Report plan = report("示例市", 2025, List.of(), List.of(jobs));
        Report termReview = new Report(meta("示例市", Level.CITY, 2026, new YearSpan(2021, 2025)), List.of(),
                List.of(term, annual), List.of(), List.of(), List.of(), List.of());
        List<PanelRow> rows = Panel.of(List.of(new PanelSource("a.txt", plan), new PanelSource("b.txt", termReview)));
        assertSame(annual, rows.get(0).outcome(), "the year's figure, never the term's");
        assertRow(Status.REACHED, "1000", rows.get(0));
        // only where it plans for the year after the term: a report for 2027 that reviews 2021-2025 is not 2025's
        Report late = new Report(meta("示例市", Level.CITY, 2027, new YearSpan(2021, 2025)), List.of(),
                List.of(annual), List.of(), List.of(), List.of(), List.of());
        List<PanelRow> none = Panel.of(List.of(new PanelSource("a.txt", plan), new PanelSource("c.txt", late)));
        assertRow(Status.NO_OUTCOME, null, none.get(0));
        assertTrue(none.get(0).note().startsWith("no report given reviews 2025"), none.get(0).note());
    }

    @Test
    void onlyAnnualTargetsOfThePlannedYearMakeRows() {
        Target annual = target("城镇新增就业", quantity("1.1万人以上", "11000", PERSON, Qualifier.AT_LEAST), null, 2025);
        Target horizon = new Target("森林覆盖率", percent("50%", "50", Qualifier.EXACT), null, YearSpan.of(2030),
                new Span(20, 30), false, false);
        Target term = new Target("城镇新增就业", quantity("6万人", "60000", PERSON, Qualifier.EXACT), null,
                new YearSpan(2026, 2030), new Span(40, 50), false, false);
        Target unknown = new Target("新建道路", quantity("6条", "6", FIRMS, Qualifier.EXACT), null, null,
                new Span(60, 70), false, false);
        Report plan = report("示例市", 2025, List.of(), List.of(annual, horizon, term, unknown));
        List<PanelRow> rows = Panel.of(List.of(new PanelSource("a.txt", plan)));
        assertEquals(List.of(annual), rows.stream().map(PanelRow::target).toList());
    }

    @Test
    void oneRowPerMeasureTheFirstTargetCounts() {
        Target floor = target("一般公共预算收入", null, up("增长5%以上", "5", Qualifier.AT_LEAST), 2025);
        Target stretch = new Target("一般公共预算收入", null, up("力争达到6%", "6", Qualifier.EXACT), YearSpan.of(2025),
                new Span(11, 20), true, true);
        Target restated = new Target("一般公共预算收入", null, up("增长5%以上", "5", Qualifier.AT_LEAST),
                YearSpan.of(2025), new Span(50, 60), false, false);
        Target gdp = new Target("地区生产总值", null, up("增长6%左右", "6", Qualifier.APPROX), YearSpan.of(2025),
                new Span(70, 80), true, false, "gdp");
        Target sameConcept = new Target("经济增长", null, up("增长6%", "6", Qualifier.EXACT), YearSpan.of(2025),
                new Span(90, 99), false, false, "gdp");
        Report plan = report("示例市", 2025, List.of(), List.of(floor, stretch, restated, gdp, sameConcept));
        Report review = report("示例市", 2026, List.of(
                indicator("一般公共预算收入", null, up("增长5.6%", "5.6", Qualifier.EXACT), 2025)), List.of());
        List<PanelRow> rows = Panel.of(List.of(new PanelSource("a.txt", plan), new PanelSource("b.txt", review)));
        assertEquals(List.of(floor, gdp), rows.stream().map(PanelRow::target).toList());
        assertRow(Status.REACHED, "0.6", rows.get(0));
        assertEquals("gdp", rows.get(1).measure());
        assertEquals("一般公共预算收入", rows.get(0).measure());
    }

    @Test
    void conceptsMatchAcrossNamesAndNamesMatchWithoutThem() {
        Target gdp = new Target("经济增长", null, up("增长6%左右", "6", Qualifier.APPROX), YearSpan.of(2025),
                new Span(0, 10), true, false, "gdp");
        Indicator byConcept = new Indicator("地区生产总值", null, up("增长6.2%", "6.2", Qualifier.EXACT), YearSpan.of(2025),
                new Span(0, 10), "gdp");
        PanelRow r = judge(gdp, byConcept);
        assertRow(Status.APPROX, "0.2", r);
        assertEquals("gdp", r.concept());
        assertEquals("经济增长", r.name());
        assertEquals("地区生产总值", r.outcome().name());
        // an indicator of another concept is not matched by name
        Indicator otherConcept = new Indicator("经济增长", null, up("增长9%", "9", Qualifier.EXACT), YearSpan.of(2025),
                new Span(0, 10), "gdp-per-capita");
        assertRow(Status.NO_OUTCOME, null, judge(gdp, otherConcept));
        // where the indicator has no concept, the name decides
        Indicator sameName = indicator("经济增长", null, up("增长5.9%", "5.9", Qualifier.EXACT), 2025);
        assertRow(Status.APPROX, "-0.1", judge(gdp, sameName));
        // a concept match wins over a name match later or earlier in the text
        assertSame(byConcept, judge(gdp, sameName, byConcept).outcome());
        // a target without a concept matches by name only
        Target plain = target("地区生产总值", null, up("增长6%左右", "6", Qualifier.APPROX), 2025);
        assertSame(byConcept, judge(plain, byConcept).outcome());
        assertRow(Status.NO_OUTCOME, null, judge(plain, sameName));
    }

    @Test
    void regionsMatchAcrossSpellingsAndLevelsMustAgree() {
        Target jobs = target("城镇新增就业", quantity("1.1万人以上", "11000", PERSON, Qualifier.AT_LEAST), null, 2025);
        Indicator outcome = indicator("城镇新增就业", quantity("1.2万人", "12000", PERSON, Qualifier.EXACT), null, 2025);
        Report national = report("中国（国务院）", Level.NATIONAL, 2025, List.of(), List.of(jobs), List.of());
        Report nationalNext = report("中国", Level.NATIONAL, 2026, List.of(outcome), List.of(), List.of());
        Report county = report(" 样例县 (试点) ", Level.COUNTY, 2025, List.of(), List.of(jobs), List.of());
        Report countyNext = report("样例县\u3000", Level.COUNTY, 2026, List.of(outcome), List.of(), List.of());
        // the same name at another level is another government
        Report cityOfSameName = report("样例县", Level.CITY, 2026, List.of(outcome), List.of(), List.of());
        Report noRegion = report(null, Level.CITY, 2025, List.of(), List.of(jobs), List.of());
        List<PanelRow> rows = Panel.of(List.of(
                new PanelSource("cn-2025.txt", national),
                new PanelSource("county-2026.txt", countyNext),
                new PanelSource("city-2026.txt", cityOfSameName),
                new PanelSource("none.txt", noRegion),
                new PanelSource("cn-2026.txt", nationalNext),
                new PanelSource("county-2025.txt", county)));
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("中国", rows.get(0).region());
        assertEquals(Level.NATIONAL, rows.get(0).level());
        assertEquals("cn-2026.txt", rows.get(0).outcomeFile());
        assertRow(Status.REACHED, "1000", rows.get(0));
        // regions in the order first given: the county's 2026 report came before the 2025 one
        assertEquals("样例县", rows.get(1).region());
        assertEquals(Level.COUNTY, rows.get(1).level());
        assertEquals("county-2025.txt", rows.get(1).targetFile());
        assertEquals("county-2026.txt", rows.get(1).outcomeFile());
    }

    @Test
    void regionNamesAreNormalized() {
        assertEquals("中国", Panel.normalizeRegion("中国（国务院）"));
        assertEquals("示例市示例区", Panel.normalizeRegion(" 示例市 示例区\t"));
        assertEquals("样例县", Panel.normalizeRegion("样例县(试点)\u3000"));
        assertEquals("某某省", Panel.normalizeRegion("某某省（（嵌套）说明）"));
        assertNull(Panel.normalizeRegion("（ ）"));
        assertNull(Panel.normalizeRegion(null));
    }

    @Test
    void yearsAreInOrderAndEachYearUsesItsOwnNextReport() {
        Target t24 = target("城镇新增就业", quantity("1万人以上", "10000", PERSON, Qualifier.AT_LEAST), null, 2024);
        Target t25 = target("城镇新增就业", quantity("1.1万人以上", "11000", PERSON, Qualifier.AT_LEAST), null, 2025);
        Report r24 = report("示例市", 2024, List.of(), List.of(t24));
        Report r25 = report("示例市", 2025,
                List.of(indicator("城镇新增就业", quantity("0.9万人", "9000", PERSON, Qualifier.EXACT), null, 2024)), List.of(t25));
        Report r26 = report("示例市", 2026,
                List.of(indicator("城镇新增就业", quantity("1.2万人", "12000", PERSON, Qualifier.EXACT), null, 2025)), List.of());
        List<PanelRow> rows = Panel.builder().add("26.txt", r26).add("25.txt", r25).add("24.txt", r24).build();
        assertEquals(List.of(2024, 2025), rows.stream().map(PanelRow::year).toList());
        assertRow(Status.MISSED, "-1000", rows.get(0));
        assertEquals("25.txt", rows.get(0).outcomeFile());
        assertRow(Status.REACHED, "1000", rows.get(1));
        assertEquals("26.txt", rows.get(1).outcomeFile());
    }

    // ---- no target set

    @Test
    void noTargetSetShowsTheOutcomeOfTheNextReport() {
        NoTarget none = new NoTarget("经济增速", new Span(100, 118));
        Target jobs = target("城镇新增就业", quantity("1万人以上", "10000", PERSON, Qualifier.AT_LEAST), null, 2020);
        Report plan = report("示例市", Level.CITY, 2020, List.of(), List.of(jobs), List.of(none));
        Indicator gdp = indicator("地区生产总值", quantity("300亿元", "30000000000", YUAN, Qualifier.EXACT),
                up("增长2.1%", "2.1", Qualifier.EXACT), 2020);
        Report review = report("示例市", Level.CITY, 2021, List.of(gdp), List.of(), List.of());
        List<PanelRow> rows = Panel.of(List.of(new PanelSource("20.txt", plan), new PanelSource("21.txt", review)));
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(Status.NO_OUTCOME, rows.get(0).status());
        PanelRow r = rows.get(1);
        assertEquals(Status.NO_TARGET_SET, r.status());
        assertEquals("gdp", r.concept());
        assertEquals("经济增速", r.name());
        assertSame(none, r.noTarget());
        assertNull(r.target());
        assertSame(gdp, r.outcome());
        assertEquals("20.txt", r.targetFile());
        assertEquals("21.txt", r.outcomeFile());
        assertNull(r.difference());
        assertEquals("the report for 2020 sets no target for 经济增速", r.note());

        // an indicator with the concept is found whatever its name; without a next report the row stays
        Indicator byConcept = new Indicator("经济总量", null, up("增长2.4%", "2.4", Qualifier.EXACT), YearSpan.of(2020),
                new Span(0, 9), "gdp");
        Report review2 = report("示例市", Level.CITY, 2021, List.of(byConcept), List.of(), List.of());
        assertSame(byConcept, Panel.of(List.of(new PanelSource("20.txt", plan), new PanelSource("21.txt", review2)))
                .get(1).outcome());
        PanelRow alone = Panel.of(List.of(new PanelSource("20.txt", plan))).get(1);
        assertEquals(Status.NO_TARGET_SET, alone.status());
        assertNull(alone.outcome());
        assertTrue(alone.note().contains("no report given reviews 2020"), alone.note());
    }

    @Test
    void noTargetConceptsCanComeFromTheCaller() {
        NoTarget none = new NoTarget("工业增速", new Span(0, 12));
        Report plan = report("示例市", Level.CITY, 2020, List.of(), List.of(), List.of(none));
        Indicator industry = new Indicator("规模以上工业增加值", null, up("增长4%", "4", Qualifier.EXACT),
                YearSpan.of(2020), new Span(0, 9), "industrial-value-added");
        Report review = report("示例市", Level.CITY, 2021, List.of(industry), List.of(), List.of());
        List<PanelSource> sources = List.of(new PanelSource("20.txt", plan), new PanelSource("21.txt", review));
        PanelRow byDefault = Panel.of(sources).get(0);
        assertNull(byDefault.concept(), "工业增速 is not in the default map");
        assertNull(byDefault.outcome());
        assertTrue(byDefault.note().endsWith("; no annual outcome for 工业增速 in the report reviewing 2020 (21.txt)"),
                byDefault.note());
        PanelRow mapped = Panel.builder()
                .addAll(sources)
                .noTargetConcepts(m -> m.equals("工业增速") ? "industrial-value-added" : null)
                .build()
                .get(0);
        assertEquals("industrial-value-added", mapped.concept());
        assertSame(industry, mapped.outcome());
        assertEquals(Panel.GDP, Panel.NO_TARGET_CONCEPTS.get("经济增长"));
    }

    @Test
    void aTargetAndANoTargetOfOneConceptGiveOneRow() {
        Target gdp = new Target("地区生产总值", null, up("增长5%左右", "5", Qualifier.APPROX), YearSpan.of(2020),
                new Span(0, 10), true, false, "gdp");
        Report plan = report("示例市", Level.CITY, 2020, List.of(), List.of(gdp),
                List.of(new NoTarget("经济增速", new Span(20, 30)), new NoTarget("经济增长", new Span(40, 50))));
        List<PanelRow> rows = Panel.of(List.of(new PanelSource("20.txt", plan)));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(Status.NO_OUTCOME, rows.get(0).status());
    }

    @Test
    void rowsCheckTheirOwnConsistency() {
        Target t = target("城镇新增就业", quantity("1万人以上", "10000", PERSON, Qualifier.AT_LEAST), null, 2025);
        Indicator i = indicator("城镇新增就业", quantity("1.2万人", "12000", PERSON, Qualifier.EXACT), null, 2025);
        NoTarget n = new NoTarget("经济增速", new Span(0, 4));
        assertThrows(IllegalArgumentException.class, () -> new PanelRow("示例市", null, null, 2025, null, "x", null, t, n,
                null, null, Status.NO_OUTCOME, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PanelRow("示例市", null, null, 2025, null, "x", null, t, null,
                null, null, Status.REACHED, BigDecimal.ONE, null));
        assertThrows(IllegalArgumentException.class, () -> new PanelRow("示例市", null, null, 2025, null, "x", null, t, null,
                "b.txt", i, Status.NOT_COMPARABLE, BigDecimal.ONE, null));
        assertThrows(IllegalArgumentException.class, () -> new PanelRow("示例市", null, null, 2025, null, "x", null, null, n,
                "b.txt", null, Status.NO_TARGET_SET, null, null));
        assertThrows(NullPointerException.class, () -> new PanelRow(null, null, null, 2025, null, "x", null, t, null,
                null, null, Status.NO_OUTCOME, null, null));
        assertThrows(NullPointerException.class, () -> new PanelSource("a.txt", null));
        assertEquals("x", new PanelRow("示例市", null, null, 2025, null, "x", null, t, null, "b.txt", i, Status.REACHED,
                BigDecimal.ONE, null).measure());
    }
}
