package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Indicator;
import io.github.govreport.model.Report;
import io.github.govreport.model.Section;
import io.github.govreport.model.Target;
import io.github.govreport.model.Task;
import io.github.govreport.model.YearSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every measure in its time: results against goals, the period each value describes, and headline
 * targets in every form, on invented mini-reports (an invented county, invented figures).
 */
class MeasureTimeTest {

    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final String TITLE = "2026年样例县政府工作报告\n\n";

    private static Report parse(String text) {
        return PARSER.parse(text);
    }

    private static Indicator indicator(Report r, String valueText) {
        return r.indicators().stream().filter(i -> has(i.value(), i.change(), valueText)).findFirst().orElse(null);
    }

    private static Target target(Report r, String valueText) {
        return r.targets().stream().filter(t -> has(t.value(), t.change(), valueText)).findFirst().orElse(null);
    }

    private static boolean has(io.github.govreport.core.ValueMention value, io.github.govreport.core.ValueMention change, String text) {
        return value != null && value.text().equals(text) || change != null && change.text().equals(text);
    }

    @Test
    void aReviewWhoseHeadingSaysNotReviewStatesResults() {
        for (String heading : List.of("一、2025年主要工作情况", "一、县九届人大二次会议确定的目标任务执行情况", "一、过去一年的工作")) {
            Report r = parse(TITLE + heading + "\n全县生产总值增长5.2%，粮食产量达到31万吨。\n二、2026年工作安排\n全县生产总值增长6%左右。\n");
            assertNotNull(indicator(r, "增长5.2%"), heading);
            assertEquals(YearSpan.of(2025), indicator(r, "31万吨").period(), heading);
            assertNull(target(r, "增长5.2%"), heading);
            assertNotNull(target(r, "增长6%左右"), heading);
        }
    }

    @Test
    void aFigureForRunOfMonthsIsNoWholeYears() {
        Report r = parse(TITLE + "一、2025年工作回顾\n2025年1—11月全县规模以上工业增加值增长7.3%，前10个月出口增长4%；"
                + "全年生产总值增长5.2%，连续8个季度保持增长，投资增长6%。\n二、2026年工作安排\n全县生产总值增长6%左右。\n");
        assertNull(indicator(r, "增长7.3%").period(), "1—11月");
        assertNull(indicator(r, "增长4%").period(), "前10个月");
        assertEquals(YearSpan.of(2025), indicator(r, "增长5.2%").period(), "全年, a later clause");
        assertEquals(YearSpan.of(2025), indicator(r, "增长6%").period(), "8个季度 is a streak, not a quarter");
        Report december = parse("2025年12月样例县政府工作报告\n一、2025年工作回顾\n12月全县新增就业800人，全年新增就业9000人。\n");
        assertNotNull(indicator(december, "800人").period(), "a single month dates an event and is left alone");
    }

    @Test
    void aPlanWhoseHeadingIsASloganFollowsTheReview() {
        Report r = parse(TITLE + "一、2025年工作回顾\n全县生产总值增长5.2%。\n二、以实干精神推动高质量发展\n全县生产总值增长6%左右，新建学校3所。\n");
        assertEquals(YearSpan.of(2026), target(r, "增长6%左右").period());
        assertNotNull(target(r, "3所"));
        assertNull(indicator(r, "增长6%左右"));
    }

    @Test
    void aPlanHeadingThatNamesTheFiveYearPlanItOpensIsTheYearsPlan() {
        Report r = parse(TITLE + "一、2025年工作回顾\n全县生产总值增长5.2%。\n二、扎实抓好“十五五”开局之年工作\n"
                + "（一）壮大县域经济。新建产业园区2个，工业投资增长8%。\n（二）办好民生实事。新增养老床位300张。\n");
        assertEquals(YearSpan.of(2026), target(r, "2个").period());
        assertEquals(2, r.tasks().size(), r.tasks().toString());
        assertEquals(2026, r.metadata().year());
    }

    @Test
    void aHeadingThatMixesReviewAndPlanLetsEachSentenceDecide() {
        Report r = parse(TITLE + "一、2025年工作回顾和2026年工作目标\n去年全县生产总值增长5.2%，财政收入增长3%。\n"
                + "今年全县经济发展的主要预期目标是：生产总值增长6%左右，城镇新增就业5000人以上。\n");
        assertEquals(YearSpan.of(2025), indicator(r, "增长5.2%").period());
        assertNotNull(indicator(r, "增长3%"));
        assertEquals(List.of("生产总值", "城镇新增就业"), r.headlineTargets().stream().map(Target::name).toList());
    }

    @Test
    void aFiveYearOutlookAndAnnualProposalsIsTheYearsPlan() {
        Report r = parse(TITLE + "一、2025年工作回顾\n全县生产总值增长5.2%。\n二、今后五年工作展望和2026年工作建议\n全县生产总值增长6%左右。\n");
        assertEquals(YearSpan.of(2026), target(r, "增长6%左右").period());
    }

    @Test
    void aReportWithoutPartHeadingsIsReadSentenceBySentence() {
        Report r = parse("1986年样例县政府工作报告\n\n各位代表：\n去年全县工农业总产值增长百分之九，财政收入增长百分之六。\n"
                + "今年全县工农业总产值计划增长百分之八，其中工业增长百分之十。\n我们一定能够完成今年的任务。\n");
        assertEquals(YearSpan.of(1985), indicator(r, "增长百分之九").period());
        assertNotNull(indicator(r, "增长百分之六"));
        assertEquals(YearSpan.of(1986), target(r, "增长百分之八").period());
        assertNotNull(target(r, "增长百分之十"), "the goal goes on in its sentence: " + r.targets());
        assertEquals(2, r.headlineTargets().size(), "the plan's prose states the headline: " + r.targets());
    }

    @Test
    void aBoldLeadEndingInAColonIsNoSectionAndSwallowsNothing() {
        Report r = parse(TITLE + "一、2025年工作回顾\n全县生产总值增长5.2%。\n**过去一年的主要工作及特点：**\n粮食产量达到31万吨。\n"
                + "二、2026年工作安排\n主要预期目标是：全县生产总值增长6%左右。\n");
        assertEquals(List.of("2025年工作回顾", "2026年工作安排"), r.sections().stream().map(Section::title).toList());
        assertEquals(1, r.headlineTargets().size());
    }

    @Test
    void aHeadingBrokenOverTwoLinesIsOneHeading() {
        Report r = parse(TITLE + "一、2025年工作回顾和\n“十四五”时期主要成就\n全县生产总值增长5.2%。\n二、2026年工作安排\n全县生产总值增长6%左右。\n");
        assertEquals(List.of("2025年工作回顾和“十四五”时期主要成就", "2026年工作安排"), r.sections().stream().map(Section::title).toList());
        assertNotNull(indicator(r, "增长5.2%"));
    }

    @Test
    void aTermReviewGivesSpanWordsTheTermAndTheLastYearItsYear() {
        Report r = parse(TITLE + "一、过去五年工作回顾\n五年来，全县生产总值年均增长6.1%。2025年全县生产总值增长5.2%，累计完成投资800亿元。\n"
                + "二、2026年工作安排\n全县生产总值增长6%左右。\n");
        assertEquals(new YearSpan(2021, 2025), r.metadata().reviewYear());
        assertEquals(new YearSpan(2021, 2025), indicator(r, "增长6.1%").period());
        assertEquals(YearSpan.of(2025), indicator(r, "增长5.2%").period());
        assertEquals(new YearSpan(2021, 2025), indicator(r, "800亿元").period());
    }

    @Test
    void aGoalForALaterHorizonIsNeverAHeadlineTargetOfTheYear() {
        Report r = parse(TITLE + "一、2025年工作回顾\n全县生产总值增长5.2%。\n二、2026年工作安排\n"
                + "主要预期目标是：全县生产总值增长6%左右，到2030年城镇化率达到65%，“十五五”末森林覆盖率达到50%。\n");
        assertTrue(target(r, "增长6%左右").headline());
        Target later = target(r, "65%");
        assertEquals(YearSpan.of(2030), later.period());
        assertFalse(later.headline());
        assertEquals(YearSpan.of(2030), target(r, "50%").period());
        assertFalse(target(r, "50%").headline());
    }

    @Test
    void theLevelAFromToPairStartsFromIsThePast() {
        Report r = parse(TITLE + "一、2025年工作回顾\n全县生产总值增长5.2%。\n二、2026年工作安排\n"
                + "森林覆盖率从去年的41%提高到42%。城镇化率由57%提高到58%。\n");
        assertEquals(YearSpan.of(2025), indicator(r, "41%").period());
        assertEquals(YearSpan.of(2025), indicator(r, "57%").period());
        Target forest = target(r, "42%");
        assertEquals("森林覆盖率", forest.name());
        assertEquals(YearSpan.of(2026), forest.period());
        assertEquals("城镇化率", target(r, "58%").name());
        assertNull(target(r, "41%"));
    }

    @Test
    void aGoalRestatedInTheReviewIsNoOutcome() {
        Report r = parse(TITLE + "一、2025年工作回顾\n年初确定的生产总值增长6%的目标，全年生产总值实际增长5.8%。\n二、2026年工作安排\n全县生产总值增长6%左右。\n");
        assertNull(indicator(r, "增长6%"));
        assertNotNull(indicator(r, "增长5.8%"));
    }

    @Test
    void aStatementThatNoTargetIsSetIsRecorded() {
        Report r = parse(TITLE + "一、2025年工作回顾\n全县生产总值增长5.2%。\n二、2026年工作安排\n今年不设定年度经济增长具体目标，城镇新增就业5000人以上。\n");
        assertEquals(List.of("经济增长"), r.noTargets().stream().map(n -> n.measure()).toList());
        assertTrue(r.noTargets().get(0).span().start() > 0);
    }

    @Test
    void aListOfTargetsGoesOnOverItsItemLines() {
        Report r = parse(TITLE + "一、2025年工作回顾\n全县生产总值增长5.2%。\n二、2026年工作安排\n今年经济社会发展的主要预期目标是：\n"
                + "——生产总值增长6%左右；\n——城镇新增就业5000人以上；\n——居民消费价格涨幅3%左右。\n（一）壮大实体经济。新建产业园区2个。\n");
        assertEquals(List.of("生产总值", "城镇新增就业", "居民消费价格涨幅"), r.headlineTargets().stream().map(Target::name).toList());
        assertFalse(target(r, "2个").headline(), "the section after the list is not on it");
    }

    @Test
    void aHeadingThatNamesTheListHasItUnderIt() {
        Report r = parse(TITLE + "一、2025年工作回顾\n全县生产总值增长5.2%。\n二、2026年工作安排\n（一）主要预期目标\n"
                + "生产总值增长6%左右。\n城镇新增就业5000人以上。\n（二）壮大实体经济\n新建产业园区2个。\n");
        assertEquals(List.of("生产总值", "城镇新增就业"), r.headlineTargets().stream().map(Target::name).toList());
    }

    @Test
    void aReportGivenInDecemberSpeaksOfItsYearAsThisYear() {
        Report r = parse("2026年样例县政府工作报告\n\n——2025年12月28日在样例县第九届人民代表大会第三次会议上\n\n"
                + "一、2025年工作回顾\n今年全县生产总值增长5.2%。\n二、关于2026年工作\n明年全县生产总值增长6%左右。\n");
        assertEquals(2026, r.metadata().year());
        assertEquals(YearSpan.of(2025), indicator(r, "增长5.2%").period());
        assertEquals(YearSpan.of(2026), target(r, "增长6%左右").period());
    }

    @Test
    void aNumberedHeadingWithItemsUnderItIsASectionNotATask() {
        Report r = parse(TITLE + "一、2025年工作回顾\n全县生产总值增长5.2%。\n二、2026年工作安排\n（一）壮大实体经济\n"
                + "1.推进园区建设。新建产业园区2个。\n2.扩大有效投资。工业投资增长8%。\n（二）办好民生实事\n新增养老床位300张。\n");
        List<String> titles = r.tasks().stream().map(Task::title).toList();
        assertFalse(titles.contains("壮大实体经济"), titles.toString());
        assertTrue(titles.containsAll(List.of("推进园区建设", "扩大有效投资", "办好民生实事")), titles.toString());
    }

    @Test
    void aLeadSentenceInsideAPlanParagraphIsATaskButNotEveryShortSentence() {
        Report r = parse(TITLE + "一、2025年工作回顾\n全县生产总值增长5.2%。优化营商环境。企业开办时间压缩到1天。\n二、2026年工作安排\n（一）壮大实体经济\n"
                + "全县新建产业园区2个，完成投资12亿元。优化营商环境。全年新增市场主体3000户。市场活力明显增强。加强要素保障。\n");
        List<String> titles = r.tasks().stream().map(Task::title).toList();
        assertEquals(List.of("壮大实体经济", "优化营商环境"), titles, "no lead in the review, none without an action word, none at the end");
        Task lead = r.tasks().get(1);
        assertEquals(List.of("3000户"), lead.targets().stream().map(t -> t.value().text()).toList());
    }
}
