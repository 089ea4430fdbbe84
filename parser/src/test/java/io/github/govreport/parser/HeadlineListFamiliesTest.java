package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes in which reports of the development collection state their list of main targets (issue 18):
 * each family is read as the headline list of the year planned, beside the same shape where the list is not
 * the year's (a five-year plan's, the review's) and gives no headline target. The reports are invented.
 */
class HeadlineListFamiliesTest {

    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final String TITLE = "2026年湖州市政府工作报告\n";
    private static final String REVIEW = "一、2025年工作回顾\n全市生产总值增长5.2%，年初确定的主要目标全面完成。\n";
    private static final String YEAR_LIST = "今年全市经济社会发展的主要预期目标是：生产总值增长5.5%左右；一般公共预算收入增长4%；城镇调查失业率控制在5.5%以内。\n";
    private static final List<String> YEAR_HEADLINE = List.of("生产总值 增长5.5%左右", "一般公共预算收入 增长4%", "城镇调查失业率 5.5%以内");

    /** The headline targets of {@code text} as "name value", each checked to be for 2026. */
    private static List<String> headline(String text) {
        Report report = PARSER.parse(text);
        for (Target t : report.headlineTargets()) {
            assertEquals(YearSpan.of(2026), t.period(), t.toString());
        }
        return report.headlineTargets().stream().map(t -> t.name() + " " + (t.change() != null ? t.change() : t.value()).text()).toList();
    }

    // a five-year plan's list comes first in the plan: its sentence names the term, and the year's list is read after it

    @Test
    void aFiveYearListBeforeTheYearsListIsPassedOver() {
        String text = TITLE + REVIEW + "二、2026年工作安排\n今后五年全市发展的主要目标是：生产总值年均增长6%左右，研发经费投入强度达到3.2%。\n"
                + YEAR_LIST;
        assertEquals(YEAR_HEADLINE, headline(text));
    }

    @Test
    void aListThatOpensWithALaterYearIsPassedOver() {
        String text = TITLE + REVIEW + "二、2026年工作安排\n主要目标是：到2030年，生产总值达到1800亿元，常住人口城镇化率达到70%。\n" + YEAR_LIST;
        assertEquals(YEAR_HEADLINE, headline(text));
    }

    @Test
    void aFiveYearListAloneGivesNoHeadline() {
        String text = TITLE + REVIEW + "二、2026年工作安排\n“十五五”时期全市发展的主要目标是：生产总值年均增长6%左右，研发经费投入强度达到3.2%。\n";
        assertEquals(List.of(), headline(text));
    }

    // the year's list stands in a part whose heading names the five-year plan (开好局, 主要目标和2026年工作安排)

    @Test
    void aListUnderAFiveYearHeadingIsReadWhereTheYearIsItsTopic() {
        String text = TITLE + REVIEW + "二、奋力实现“十五五”良好开局\n今年是“十五五”开局之年，做好今年工作意义重大。\n"
                + "主要预期目标是：生产总值增长5.5%左右；一般公共预算收入增长4%；城镇调查失业率控制在5.5%以内。\n";
        assertEquals(YEAR_HEADLINE, headline(text));
    }

    @Test
    void aListUnderAFiveYearHeadingIsReadWhereItsSentenceNamesTheYear() {
        String text = TITLE + REVIEW + "二、“十五五”时期主要目标和2026年工作安排\n"
                + "“十五五”时期全市发展的主要目标是：生产总值年均增长6%左右，研发经费投入强度达到3.2%。\n" + YEAR_LIST;
        assertEquals(YEAR_HEADLINE, headline(text));
    }

    @Test
    void aListUnderAFiveYearHeadingWithoutTheYearGivesNoHeadline() {
        String text = TITLE + REVIEW + "二、“十五五”时期主要目标\n主要目标是：生产总值年均增长6%左右，研发经费投入强度达到3.2%。\n";
        assertEquals(List.of(), headline(text));
    }

    // an opener whose words carry no figure (the guiding thought, what a kind of indicator means) is no list

    @Test
    void anOpenerWithoutFiguresIsPassedOver() {
        String text = TITLE + REVIEW + "二、2026年工作安排\n今年政府工作的指导思想和奋斗目标是：坚持稳中求进，推动高质量发展。\n"
                + "主要预期目标：生产总值增长5.5%左右；一般公共预算收入增长4%；城镇调查失业率控制在5.5%以内。\n";
        assertEquals(YEAR_HEADLINE, headline(text));
    }

    // a heading line that runs on into its paragraph holds the list itself, not its whole section

    @Test
    void aHeadingThatRunsOnHoldsItsListOnItsLine() {
        String text = TITLE + REVIEW + "二、2026年的重点工作 今年是关键之年。主要预期目标是：生产总值增长5.5%左右，一般公共预算收入增长4%。\n"
                + "全年新建城市公园12个，改造老旧小区80个。\n";
        assertEquals(List.of("生产总值 增长5.5%左右", "一般公共预算收入 增长4%"), headline(text));
    }

    // 预期目标建议为 opens the list even where a later opener (约束性指标) stands on its line

    @Test
    void aProposedListOpensAtItsOwnWords() {
        String text = TITLE + REVIEW + "二、2026年工作安排\n全市经济社会发展预期目标建议为：生产总值增长5.5%左右，一般公共预算收入增长4%，"
                + "完成省下达的约束性指标。\n";
        assertEquals(List.of("生产总值 增长5.5%左右", "一般公共预算收入 增长4%"), headline(text));
    }

    // the review's mention of its main targets, with a colon and figures, is no list of the year planned

    @Test
    void theReviewsMainTargetsGiveNoHeadline() {
        String text = TITLE + "一、2025年工作回顾\n去年确定的主要目标是：生产总值增长6%左右，一般公共预算收入增长5%，均已完成。\n"
                + "二、2026年工作安排\n全面推进城市更新。\n";
        assertEquals(List.of(), headline(text));
    }
}
