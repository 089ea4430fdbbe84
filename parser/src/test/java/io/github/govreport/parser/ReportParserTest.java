package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Indicator;
import io.github.govreport.model.Level;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report parser on a small report written for the tests (an invented county, invented figures). */
class ReportParserTest {

    static String mini() {
        try (InputStream in = ReportParserTest.class.getResourceAsStream("/reports/mini-report.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private final Report report = ReportParser.builder().build().parse(mini());

    @Test
    void metadata() {
        var m = report.metadata();
        assertEquals("政府工作报告", m.title());
        assertNull(m.region(), "样例县 is no place of the gazetteer, so the report has no region");
        assertNull(m.regionCode());
        assertEquals(Level.COUNTY, m.level(), "the level still follows from the office (县长)");
        assertEquals(2026, m.year());
        assertEquals(YearSpan.of(2025), m.reviewYear());
        assertEquals(LocalDate.of(2026, 2, 3), m.date());
        assertEquals("陈晓川", m.speaker());
        assertEquals("县长", m.speakerTitle());
        assertEquals("样例县第九届人民代表大会第二次会议", m.meeting());
    }

    @Test
    void sections() {
        assertEquals(List.of("2025年工作回顾", "2026年工作安排", "附：名词解释"), report.sections().stream().map(s -> s.title()).toList());
        assertEquals(List.of("壮大实体经济", "办好民生实事"), report.sections().get(1).sections().stream().map(s -> s.title()).toList());
    }

    @Test
    void indicatorsPairLevelsWithTheirChanges() {
        Indicator gdp = report.indicators().get(0);
        assertEquals("地区生产总值", gdp.name());
        assertEquals("128.5亿元", gdp.value().text());
        assertEquals("增长5.9%", gdp.change().text());
        assertEquals(YearSpan.of(2025), gdp.period());
        Indicator revenue = report.indicators().get(1);
        assertEquals("一般公共预算收入", revenue.name());
        assertEquals("增长4.4%", revenue.change().text());
        assertEquals("同比", revenue.change().value().change().basis());
        assertTrue(report.indicators().stream().anyMatch(i -> i.name().equals("城镇新增就业") && i.value().text().equals("4300人")));
        assertTrue(report.indicators().stream().anyMatch(i -> i.name().equals("粮食总产量")));
    }

    @Test
    void headlineTargetsIncludeTheStretchGoal() {
        List<Target> headline = report.headlineTargets();
        assertEquals(List.of("地区生产总值", "一般公共预算收入", "一般公共预算收入", "城镇新增就业", "城镇调查失业率"),
                headline.stream().map(Target::name).toList());
        assertEquals("增长5.5%左右", headline.get(0).change().text());
        assertFalse(headline.get(1).stretch());
        assertTrue(headline.get(2).stretch());
        // 力争达到5% after 增长4%以上 aims at the same growth, higher: a change, not a level
        assertEquals("5%", headline.get(2).change().text());
        assertEquals(io.github.govreport.core.Direction.UP, headline.get(2).change().value().change().direction());
        assertEquals("5.5%以内", headline.get(4).value().text());
        assertEquals(YearSpan.of(2026), headline.get(0).period());
    }

    @Test
    void otherGoalsOfThePlanAreTargetsButNotHeadline() {
        Target firms = report.targets().stream().filter(t -> t.name().contains("规模以上企业")).findFirst().orElseThrow();
        assertFalse(firms.headline());
        assertEquals("12家", firms.value().text());
        assertTrue(report.targets().stream().noneMatch(t -> t.name().equals("地区生产总值") && !t.headline()));
    }

    @Test
    void tasksAreTheNumberedWorkItemsWithTheirTargets() {
        assertEquals(List.of("壮大实体经济", "办好民生实事"), report.tasks().stream().map(t -> t.title()).toList());
        assertEquals("2026年工作安排", report.tasks().get(0).section());
        assertEquals(2, report.tasks().get(0).targets().size());
    }

    @Test
    void annotationsAndTheirReferences() {
        assertEquals(1, report.annotations().size());
        assertEquals("三园一区", report.annotations().get(0).term());
        assertTrue(report.annotations().get(0).definition().startsWith("指县内"));
    }

    @Test
    void everyValueMentionIsKept() {
        assertEquals(ValueParser.standard().findAll(mini()), report.values());
    }

    @Test
    void problemsGoToTheSinkAndStrictParsingThrows() {
        String noPlan = "各位代表：\n\n一、2025年工作回顾\n\n全县地区生产总值增长5%。\n\n二、2026年工作安排\n\n抓好项目建设。\n";
        List<ReportProblem> problems = new ArrayList<>();
        Report lenient = ReportParser.builder().build().parse(noPlan, problems::add);
        ReportProblem noList = problems.stream().filter(p -> p.type() == ReportProblem.Type.NO_TARGET_LIST)
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(ReportProblem.Severity.WARNING, noList.severity());
        // strict mode throws on an ERROR only, by default: a missing target list is a warning
        assertTrue(problems.stream().noneMatch(p -> p.severity() == ReportProblem.Severity.ERROR), problems.toString());
        assertEquals(lenient, ReportParser.builder().strict(true).build().parse(noPlan));
        // unless the builder names it fatal: then the sink has seen it when the exception comes
        List<ReportProblem> seen = new ArrayList<>();
        ReportParser fatal = ReportParser.builder().strict(true).fatal(java.util.EnumSet.of(ReportProblem.Type.NO_TARGET_LIST)).build();
        ReportParseException e = assertThrows(ReportParseException.class, () -> fatal.parse(noPlan, seen::add));
        assertEquals(noList, e.problem());
        assertEquals(noList, seen.get(seen.size() - 1));
        assertTrue(e.getMessage().contains("WARNING NO_TARGET_LIST"), e.getMessage());
        assertTrue(e.getMessage().startsWith(noList.line() + ":" + noList.column() + " "), e.getMessage());
    }

    @Test
    void aNoteMarkerInsideAMeasureNameIsDropped() {
        String text = "各位代表：\n一、2025年工作回顾\n全县“专精特新”[2]企业达到45家，增长12%。\n";
        Report r = ReportParser.builder().build().parse(text);
        assertEquals("“专精特新”企业", r.indicators().get(0).name());
        assertEquals("45家", r.indicators().get(0).value().text());
        assertEquals("增长12%", r.indicators().get(0).change().text());
    }

    @Test
    void aBareVerbTakesTheNounAfterTheNumberAndAYearIsNoName() {
        String text = "各位代表：\n一、2025年工作回顾\n全年新建12所学校。出口总额由2020年的10亿元增加到2025年18亿元。\n";
        Report r = ReportParser.builder().build().parse(text);
        assertEquals(List.of("新建学校", "出口总额", "出口总额"), r.indicators().stream().map(Indicator::name).toList());
    }

    @Test
    void aListNameIsSplitOverTheValuesThatFollowIt() {
        String text = "各位代表：\n一、2025年工作回顾\n城乡居民人均可支配收入分别增长6.1%和7.3%；出口和进口分别下降2%、3%。\n";
        Report r = ReportParser.builder().build().parse(text);
        assertEquals(List.of("城镇居民人均可支配收入=增长6.1%", "农村居民人均可支配收入=7.3%", "出口=下降2%", "进口=3%"),
                r.indicators().stream().map(i -> i.name() + "=" + i.change().text()).toList());
        assertEquals(io.github.govreport.core.Direction.DOWN, r.indicators().get(3).change().value().change().direction());
    }

    @Test
    void itemsEnumeratedInsideAParagraphAreTasks() {
        String text = "各位代表：\n一、2025年工作回顾\n全县生产总值增长5%。\n二、2026年工作安排\n"
                + "（一）做强产业。一是扩大茶叶种植，新建茶园800亩；二是培育龙头企业，新增3家。\n";
        Report r = ReportParser.builder().build().parse(text);
        // （一）做强产业 holds items of its own: it is a section, and its items are the tasks
        assertEquals(List.of("扩大茶叶种植", "培育龙头企业"), r.tasks().stream().map(t -> t.title()).toList());
        assertEquals("做强产业", r.tasks().get(0).section());
        assertEquals(1, r.tasks().get(0).targets().size());
        assertEquals("800亩", r.tasks().get(0).targets().get(0).value().text());
    }

    @Test
    void aReportWhosePartsAreSlogansPlansInThePartThatSetsTheTargets() {
        String text = "2027年示例县政府工作报告\n\n各位代表：\n\n一、砥砺奋进，经济运行稳中向好\n\n"
                + "（一）产业发展提质增效。全县规上工业增加值增长6%。\n\n（二）城乡面貌持续改善。新建农村公路80公里。\n\n"
                + "二、乘势而上，奋力开创高质量发展新局面\n\n"
                + "今年经济社会发展的主要预期目标是：全县生产总值增长6%左右，城镇新增就业5000人。\n\n"
                + "（一）坚持产业强县，加快新型工业化\n\n推进园区提质扩容。新建标准厂房10万平方米。\n培育壮大龙头企业。新增规上工业企业20家。\n\n"
                + "（二）城乡融合发展取得新突破\n\n一是经济基础尚不牢固；二是民生短板依然存在。\n\n"
                + "三、加强政府自身建设\n\n坚持依法行政。推进政务公开。\n";
        Report r = ReportParser.builder().build().parse(text);
        // no heading names the plan: the second part sets the targets, and there a task opens with an action, so
        // the review's results (产业发展提质增效), a heading that names no action and a list of problems are none
        assertEquals(List.of("推进园区提质扩容", "培育壮大龙头企业"), r.tasks().stream().map(t -> t.title()).toList());
        assertEquals("坚持产业强县，加快新型工业化", r.tasks().get(0).section());
    }

    @Test
    void whereThePartHeadingsAreLostThePlanStartsAtTheTargetList() {
        // the part headings are lines of text (2027年：改革创新、稳中求进), so the sub-parts stand at the top, and the
        // list of main targets closes the review's last item: the review's items are no tasks, the plan's are
        String text = "2027年示例市政府工作报告\n\n各位代表：\n\n2026年：攻坚克难、奋发进取\n\n一年来，我们主要做了以下工作：\n\n"
                + "（一）坚持规划先行，引领城乡发展。全市新建道路10条。\n\n（二）大力改善民计民生，提升社会治理水平。新增就业2万人。\n\n"
                + "2027年：改革创新、稳中求进\n\n今年经济社会发展的主要预期目标是：地区生产总值增长9%，财政收入增长10%。\n\n"
                + "（一）围绕释放发展活力，着力推进改革创新。深化行政审批制度改革。推进国有企业改革。加快金融改革创新。\n\n"
                + "（二）围绕增强发展后劲，着力抓好项目建设。全年实施重点项目100个。\n";
        Report r = ReportParser.builder().build().parse(text);
        assertEquals(List.of("深化行政审批制度改革", "推进国有企业改革", "围绕增强发展后劲，着力抓好项目建设"),
                r.tasks().stream().map(t -> t.title()).toList());
    }

    @Test
    void aSubPartWhoseOpeningBracketIsLostStaysASubPart() {
        // 七) without its （ was a bare heading naming the government's own work, which swallowed the plan after it
        String text = "2027年示例市政府工作报告\n\n各位代表：\n\n一、2026年工作回顾\n\n（一）稳增长扎实推进。全市生产总值增长6%。\n\n"
                + "七)政府自身建设加强\n\n二、2027年工作安排\n\n今年全市生产总值增长6%左右。\n\n（一）加快产业升级。新建智能工厂5家。\n";
        Report r = ReportParser.builder().build().parse(text);
        assertEquals(List.of("2026年工作回顾", "2027年工作安排"), r.sections().stream().map(x -> x.title()).toList());
        assertEquals(List.of("稳增长扎实推进", "政府自身建设加强"), r.sections().get(0).sections().stream().map(x -> x.title()).toList());
        assertEquals(List.of("加快产业升级"), r.tasks().stream().map(t -> t.title()).toList());
    }

    @Test
    void aDashedListItemIsNoPartHeading() {
        // ―― 全面完成“十五五”规划目标 names a five-year plan, but as an item of a dashed list it opens no part
        String text = "2027年示例市政府工作报告\n\n各位代表：\n\n一、2026年工作回顾\n\n全市生产总值增长6%。\n\n"
                + "二、今后五年和2027年工作安排\n\n―― 全面完成“十五五”规划目标\n\n推进产业园区提质扩容。新建智能工厂5家。\n";
        Report r = ReportParser.builder().build().parse(text);
        assertEquals(List.of("2026年工作回顾", "今后五年和2027年工作安排"), r.sections().stream().map(x -> x.title()).toList());
        assertEquals(List.of("推进产业园区提质扩容"), r.tasks().stream().map(t -> t.title()).toList());
    }

    @Test
    void aReportWithoutAnAnnualPlanPlansInItsFiveYearPart() {
        String text = "2027年示例县政府工作报告\n\n各位代表：\n\n一、过去五年工作回顾\n\n五年来，全县生产总值年均增长6.5%。\n\n"
                + "二、今后五年的主要任务\n\n（一）推进产业转型升级\n加快发展先进制造业。到2031年，规上工业企业达到300家。\n"
                + "培育壮大现代服务业。新增物流园区2个。\n\n（二）产业结构更加优化\n\n三、加强政府自身建设\n\n坚持依法行政。推进政务公开。\n";
        Report r = ReportParser.builder().build().parse(text);
        assertEquals(List.of("加快发展先进制造业", "培育壮大现代服务业"), r.tasks().stream().map(t -> t.title()).toList());
        // with an annual plan part, the five-year part's items are no tasks
        Report annual = ReportParser.builder().build().parse(text.replace("三、加强政府自身建设", "三、2027年工作安排"));
        assertEquals(List.of("坚持依法行政"), annual.tasks().stream().map(t -> t.title()).toList());
    }

    @Test
    void emptyAndGarbageTextGiveAnEmptyReport() {
        Report empty = ReportParser.builder().build().parse("");
        assertTrue(empty.sections().isEmpty());
        assertNull(empty.metadata().title());
        Report garbage = ReportParser.builder().build().parse("\u0000\r\r\n<<<>>>**##\f“”");
        assertTrue(garbage.indicators().isEmpty());
    }
}
