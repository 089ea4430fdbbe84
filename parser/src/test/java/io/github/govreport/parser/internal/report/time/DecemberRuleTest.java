package io.github.govreport.parser.internal.report.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.govreport.model.Metadata;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.internal.report.header.MetadataReader;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The December rule on invented reports (every place and person here is made up): a report delivered in
 * December for the next year plans for the next year, where the text says so plainly.
 */
class DecemberRuleTest {

    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final String OPENING = "各位代表：\n\n现在，我代表县人民政府，向大会报告工作。\n\n";
    private static final String REVIEW = "一、今年工作回顾\n全县生产总值增长5%。\n";
    private static final String NEXT = "二、明年工作安排\n全县生产总值增长6%左右。\n";

    private static Metadata meta(String text) {
        return PARSER.parse(text).metadata();
    }

    @Test
    void decemberDateInTheHeader() {
        assertEquals(2026, meta("示例县政府工作报告\n\n——2025年12月20日在示例县第五届人民代表大会第六次会议上\n\n"
            + OPENING + REVIEW + NEXT).year());
    }

    @Test
    void decemberMeetingStatedInTheFirstBodyLines() {
        String text = "示例县政府工作报告\n\n各位代表：\n\n现在，我代表县人民政府，在2025年12月28日召开的示例县第五届人民代表大会"
            + "第六次会议上报告工作，请予审议。\n\n" + REVIEW + NEXT;
        Metadata m = meta(text);
        assertEquals(2026, m.year());
        assertNull(m.date()); // the date field stays the header's: the body sentence gives the year only
    }

    @Test
    void nextYearInThePlanHeadingOutweighsTheTitleYear() {
        assertEquals(2026, meta("2025年示例县政府工作报告\n\n（2025年12月20日）\n\n" + OPENING + REVIEW + NEXT).year());
        assertEquals(2026, meta("2025年示例县政府工作报告\n\n" + OPENING + "一、2025年工作回顾\n全县生产总值增长5%。\n" + NEXT).year());
    }

    @Test
    void otherwiseTheExistingOrderHolds() {
        // a plan heading with a year wins
        assertEquals(2026, meta("示例县政府工作报告\n\n（2025年12月20日）\n\n" + OPENING + REVIEW
            + "二、2026年工作安排\n全县生产总值增长6%左右。\n").year());
        // no 明年, but a December date: the next year, which outweighs the title's (and is reported as a conflict)
        assertEquals(2026, meta("2025年示例县政府工作报告\n\n（2025年12月20日）\n\n" + OPENING + REVIEW
            + "二、今后工作安排\n全县生产总值增长6%左右。\n").year());
        // 明年 in a report given in January says nothing plain about December: the title's year
        assertEquals(2025, meta("2025年示例县政府工作报告\n\n（2025年1月20日）\n\n" + OPENING + REVIEW + NEXT).year());
    }

    @Test
    void meetingDateOnlyFromTheReportsOwnSession() {
        assertEquals(LocalDate.of(2025, 12, 28), meetingDate(
            "现在，我代表县人民政府，在2025年12月28日召开的示例县第五届人民代表大会第六次会议上报告工作。"));
        assertEquals(LocalDate.of(2025, 12, 28), meetingDate(
            "现在，我代表县人民政府，于2025年12月28日向示例县第五届人民代表大会第六次会议报告工作。"));
        assertNull(meetingDate("在2025年12月28日召开的县委全会上，明确了明年的目标。"));
        assertNull(meetingDate("2025年12月1日以来，我们完成了示例县第五届人民代表大会第五次会议确定的任务。"));
    }

    private static LocalDate meetingDate(String sentence) {
        ReportText t = ReportText.of("各位代表：\n\n" + sentence + "\n");
        return MetadataReader.meetingDate(t.lines(), 0);
    }
}
