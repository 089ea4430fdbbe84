package io.github.govreport.parser.internal.report.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.text.YearMentions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The year planned from evidence, on invented reports: the delivery date and the title first, then the plan
 * heading, then the review heading; horizons are no evidence; disagreements are reported.
 */
class YearPlannedTest {

    private static final ReportParser PARSER = ReportParser.builder().build();

    private record Read(Integer year, List<ReportProblem> conflicts) {}

    private static Read read(String header, String first, String second) {
        String text = header + "\n\n各位代表：\n\n" + first + "\n\n全市生产总值增长5%。\n\n" + second + "\n\n全市生产总值增长5%左右。\n";
        List<ReportProblem> problems = new ArrayList<>();
        Integer year = PARSER.parse(text, problems::add).metadata().year();
        return new Read(year, problems.stream().filter(p -> p.type() == ReportProblem.Type.CONFLICTING_YEAR).toList());
    }

    @Test
    void aReviewHeadingWithPlanWordsIsTheReviewOnceTheYearIsKnown() {
        Read dated = read("政府工作报告\n\n——2030年2月1日在宁波市第十六届人民代表大会第五次会议上", "一、2029年主要工作", "二、2030年主要工作");
        assertEquals(2030, dated.year());
        assertEquals(List.of(), dated.conflicts());
        Read undated = read("宁波市政府工作报告", "一、2029年主要工作", "二、2030年重点工作");
        assertEquals(2030, undated.year(), "the latest plan heading, then the first read again as the review");
        assertEquals(List.of(), undated.conflicts());
    }

    @Test
    void theDeliveryDateOutweighsAHeadingAndTheConflictIsReported() {
        Read r = read("宁波市政府工作报告\n\n（2030年1月20日）", "一、2028年工作回顾", "二、今年工作安排");
        assertEquals(2030, r.year());
        assertEquals(1, r.conflicts().size());
        String message = r.conflicts().get(0).message();
        assertTrue(message.contains("2030 by the delivery date «2030-01-20»"), message);
        assertTrue(message.contains("2029 by the review heading «一、2028年工作回顾»") || message.contains("2029 by the review heading «2028年工作回顾»"),
                message);
    }

    @Test
    void aDecemberDateGivesTheNextYearAndJulyToOctoberOnlyAHint() {
        assertEquals(2031, read("宁波市政府工作报告\n\n（2030年12月26日）", "一、今年工作回顾", "二、明年工作安排").year());
        assertEquals(2030, read("宁波市政府工作报告\n\n（2030年8月26日）", "一、过去一年的工作", "二、今年工作安排").year(),
                "an August date, alone, gives its own year");
        assertEquals(2031, read("宁波市政府工作报告\n\n（2030年8月26日）", "一、2030年工作回顾", "二、今年工作安排").year(),
                "an August date is weaker than the review heading");
    }

    @Test
    void horizonsAreNoEvidence() {
        Read r = read("宁波市政府工作报告\n\n（2031年1月15日）", "一、2030年工作回顾", "二、“十六五”规划和二〇五〇年远景目标");
        assertEquals(2031, r.year());
        assertEquals(2031, read("宁波市政府工作报告", "一、过去五年工作回顾", "二、到2045年基本建成和2031年工作安排").year());
        assertEquals(List.of(2031), YearMentions.plannableIn("到2045年基本建成和2031年工作安排"));
        assertEquals(List.of(), YearMentions.plannableIn("二〇五〇年远景目标，2026年以来的成就，截至2028年底"));
        assertEquals(List.of(1997, 1998), YearMentions.plannableIn("一九九七年的工作和1998年的任务"));
    }

    @Test
    void aFrontMatterTitleIsWeakerThanTheHeadings() {
        // a site titles the report by the year it reviews; the headings are the report's own words
        Read r = read("---\ntitle: 2029年宁波市人民政府工作报告\n---", "一、2029年工作回顾", "二、2030年工作安排");
        assertEquals(2030, r.year());
        assertEquals(List.of(), r.conflicts());
        assertEquals(2029, read("---\ntitle: 2029年宁波市人民政府工作报告\n---", "一、过去一年的工作", "二、今年的工作安排").year(),
                "with nothing else, the front matter's year");
    }
}
