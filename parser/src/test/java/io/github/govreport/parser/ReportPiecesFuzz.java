package io.github.govreport.parser;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.govreport.model.Report;

/**
 * Structured fuzzing of the report parser: inputs built from report-like pieces (headings, time and goal
 * words, values, list marks), each repeated up to thousands of times, so that inputs reach a megabyte and
 * a path that is slow on long runs of one shape shows as a time-out. {@code mvn test} replays the stored
 * inputs; the README gives the command that fuzzes for N seconds with a per-input time limit.
 */
class ReportPiecesFuzz {

    private static final ReportParser PARSER = ReportParser.builder().build();

    /** Pieces of report text; the fuzzer picks, repeats and joins them. */
    private static final String[] PIECES = {
        "一、2025年工作回顾\n", "二、2026年工作安排\n", "（一）壮大实体经济\n", "主要预期目标是：", "全县生产总值增长6%左右",
        "，", "。", "；", "、", "\n", "的", "和", "分别增长8%和9%", "从41%提高到42%", "连续5年", "东山路等4条道路",
        "年均增长5.8%", "去年", "今年", "“十五五”末", "力争达到7%", "新建学校3所", "8%", "“", "”", "（", "）",
        "一百二十三万", "1,234.5亿元", "不设定年度经济增长具体目标", "[3]", "**", "<p>", "&nbsp;"
    };

    /** The most pieces one input is made of, and the most times one piece is repeated. */
    private static final int MAX_PARTS = 64;
    private static final int MAX_REPEAT = 20_000;

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "report.dict")
    void reportLikeTextParses(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        int parts = data.consumeInt(1, MAX_PARTS);
        for (int i = 0; i < parts && data.remainingBytes() > 0; i++) {
            String piece = data.consumeBoolean() ? PIECES[data.consumeInt(0, PIECES.length - 1)] : data.consumeString(8);
            text.append(piece.repeat(data.consumeInt(1, MAX_REPEAT)));
        }
        String input = text.toString();
        Report report = PARSER.parse(input);
        CorpusReportTest.spansLieInside(report, input);
    }
}
