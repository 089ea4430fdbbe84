package io.github.govreport.parser.internal.report.time;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Metadata;
import io.github.govreport.model.YearSpan;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.internal.Lexicon.Row;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reviewed years as the review states them, on invented reports planning for 2026. */
class ReviewYearTest {

    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final String HEAD = "2026年示例县政府工作报告\n\n各位代表：\n\n现在，我代表县人民政府，向大会报告工作。\n\n";
    private static final String PLAN = "二、2026年工作安排\n全县生产总值增长6%左右。\n";

    private static Metadata meta(String body) {
        return PARSER.parse(HEAD + body).metadata();
    }

    @Test
    void oneYearReviewIsTheYearBefore() {
        assertEquals(YearSpan.of(2025), meta("一、过去一年工作回顾\n全县生产总值增长5%。\n" + PLAN).reviewYear());
        assertEquals(YearSpan.of(2025), meta("一、2025年工作回顾\n全县生产总值增长5%。\n" + PLAN).reviewYear());
    }

    @Test
    void twoYearsInTheHeading() {
        assertEquals(new YearSpan(2024, 2025), meta("一、过去两年工作回顾\n全县生产总值增长5%。\n" + PLAN).reviewYear());
        assertEquals(new YearSpan(2024, 2025), meta("一、2024年和2025年工作回顾\n全县生产总值增长5%。\n" + PLAN).reviewYear());
    }

    @Test
    void termInTheHeading() {
        assertEquals(new YearSpan(2021, 2025), meta("一、过去五年工作回顾\n全县生产总值年均增长5%。\n" + PLAN).reviewYear());
        assertEquals(new YearSpan(2021, 2025), meta("一、本届政府工作回顾\n全县生产总值年均增长5%。\n" + PLAN).reviewYear());
    }

    @Test
    void spanInTheReviewsOpeningWords() {
        assertEquals(new YearSpan(2024, 2025), meta("一、工作回顾\n两年来，全县生产总值年均增长5%。\n" + PLAN).reviewYear());
        assertEquals(new YearSpan(2021, 2025), meta("一、工作回顾\n五年来，全县生产总值年均增长5%。\n" + PLAN).reviewYear());
    }

    @Test
    void sessionGoalsAreOneYear() {
        assertEquals(YearSpan.of(2025), meta("一、县九届人大二次会议确定的目标任务完成情况\n全县生产总值增长5%。\n" + PLAN).reviewYear());
    }

    @Test
    void noReviewAtAll() {
        assertNull(meta("一、2026年工作安排\n全县生产总值增长6%左右。\n").reviewYear());
    }

    @Test
    void reviewWithoutHeadingInTheOpeningWords() {
        assertEquals(YearSpan.of(2025), meta("一年来，全县生产总值增长5%。\n\n" + PLAN).reviewYear());
    }

    static Stream<Row> rows() {
        return ReviewSpans.ROWS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyRowReadsBack(Row row) {
        String example = row.example();
        assertTrue(example.contains(row.columns().get(0)), example);
        YearSpan expected = new YearSpan(2026 - Integer.parseInt(row.columns().get(1)), 2026 - Integer.parseInt(row.columns().get(2)));
        assertEquals(expected, ReviewSpans.in(example, 2026), example);
        assertEquals(expected, meta("一、工作回顾\n" + example + "\n" + PLAN).reviewYear(), example);
    }
}
