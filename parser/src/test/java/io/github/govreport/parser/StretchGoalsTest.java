package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.parser.internal.report.ReportWordsTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stretch goal is the second goal of a floor-and-stretch pair of one measure (docs/report.md, "Stretch
 * goals"): a 力争 goal that names a measure of its own is a plain target.
 */
class StretchGoalsTest {

    private static final ReportParser PARSER = ReportParser.builder().build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            地区生产总值增长6%以上，力争达到7%。                              | 地区生产总值 no, 地区生产总值 yes
            粮食产量稳定在100万吨以上，力争粮食产量达到105万吨。              | 粮食产量 no, 粮食产量 yes
            地区生产总值增长6%以上，力争全区生产总值增长7%。                  | 地区生产总值 no, 生产总值 yes
            新建学校3所以上，力争全年实际利用外资达到1.2亿美元。              | 学校 no, 实际利用外资 no
            城镇新增就业5000人以上，力争规上工业企业达到120家。               | 城镇新增就业 no, 规上工业企业 no
            力争实际利用外资达到1.2亿美元。                                   | 实际利用外资 no
            粮食种植面积稳定在160万亩以上，力争粮食产量达到22万吨。           | 粮食种植面积 no, 粮食产量 no
            粮食种植面积稳定在160万亩以上，力争22万吨。                       | 粮食种植面积 no
            """)
    void theSecondGoalOfOneMeasureIsTheStretch(String sentence, String expected) {
        String text = ReportWordsTest.reportWith("PLAN", sentence);
        Report report = PARSER.parse(text);
        int from = text.indexOf(sentence);
        List<String> got = report.targets().stream().filter(t -> t.span().start() >= from)
                .map(t -> t.name() + " " + (t.stretch() ? "yes" : "no")).toList();
        assertEquals(List.of(expected.split(", ")), got, sentence);
    }
}
