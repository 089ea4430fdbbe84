package io.github.govreport.parser;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.govreport.model.Report;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Structured fuzzing of the report parser: inputs built from report-like pieces (headings, time and goal
 * words, values, list marks), each repeated up to 131,072 times, so that inputs reach a million chars (about
 * 3 MB of UTF-8) and a path that is slow on long runs of one shape shows as a time-out. (Under the fuzzer's
 * instrumentation a parse is about five times as slow as without: a million chars take seconds.) {@code mvn test} replays the stored inputs;
 * the README gives the command that fuzzes for N seconds with a per-input time limit.
 *
 * <p>The fuzzer's bytes are read as a program of two bytes a piece: which piece, and how often to repeat it
 * (a power of two). libFuzzer grows its inputs slowly (it stayed at 6 bytes over a 4-minute run when a piece
 * cost it five bytes), so the text must be long already for a few bytes: two bytes give up to the limit
 * of a million chars. libFuzzer's own length limit starts at the longest stored input and, with Jazzer's
 * custom mutator, does not grow ({@code -max_len} alone left it at 4 bytes), so a stored seed of 130 bytes
 * ({@code ReportPiecesFuzzInputs/reportLikeTextParses/seed-every-piece}, every piece once) lets it join
 * up to 64 pieces.
 */
class ReportPiecesFuzz {

    private static final ReportParser PARSER = ReportParser.builder().build();

    /** Pieces of report text; the fuzzer picks, repeats and joins them. */
    static final String[] PIECES = {
        "一、2025年工作回顾\n", "二、2026年工作安排\n", "（一）壮大实体经济\n", "主要预期目标是：", "全县生产总值增长6%左右",
        "，", "。", "；", "、", "\n", "的", "和", "分别增长8%和9%", "从41%提高到42%", "连续5年", "东山路等4条道路",
        "年均增长5.8%", "去年", "今年", "“十五五”末", "力争达到7%", "新建学校3所", "8%", "“", "”", "（", "）",
        "一百二十三万", "1,234.5亿元", "不设定年度经济增长具体目标", "[3]", "**", "<p>", "&nbsp;"
    };

    /** The most pieces one input is made of; the most chars of text one input gives. */
    static final int MAX_PARTS = 64;
    static final int MAX_CHARS = 1 << 20;

    /** The most times one piece is repeated: {@code 8 << 14}. */
    static final int MAX_REPEAT = 8 << 14;

    /** The longest text built so far in this JVM, printed when it doubles: what a fuzzing run reached. */
    private static final AtomicInteger LONGEST = new AtomicInteger();

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "report.dict")
    void reportLikeTextParses(FuzzedDataProvider data) {
        String input = text(data.consumeRemainingAsBytes());
        noteLength(input.length());
        Report report = PARSER.parse(input);
        CorpusReportTest.spansLieInside(report, input);
    }

    /**
     * The text a fuzzer input stands for. Each piece takes a selector byte and a repeat byte. A selector
     * below {@code PIECES.length} names a piece; any other takes its own chars from the bytes that follow:
     * the repeat byte's low three bits say how many (0 to 7), two bytes a char (any UTF-16 unit, lone
     * surrogates included). The repeat byte {@code r} repeats the piece {@code (1 + (r & 7)) << (r >>> 3) % 15}
     * times, so the repeat count spans 1 to 131,072 and a run of one shape is as likely short as long.
     *
     * @param bytes the fuzzer's data
     * @return the text, at most {@link #MAX_CHARS} chars
     */
    static String text(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (int parts = 0; parts < MAX_PARTS && at < bytes.length && text.length() < MAX_CHARS; parts++) {
            int selector = bytes[at++] & 0xFF;
            int r = at < bytes.length ? bytes[at++] & 0xFF : 0;
            String piece;
            if (selector < PIECES.length) {
                piece = PIECES[selector];
            } else {
                StringBuilder own = new StringBuilder();
                for (int k = 0; k < (r & 7) && at + 1 < bytes.length; k++, at += 2) {
                    own.append((char) ((bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF));
                }
                piece = own.toString();
            }
            int repeat = (1 + (r & 7)) << (r >>> 3) % 15;
            int room = piece.isEmpty() ? 0 : (MAX_CHARS - text.length()) / piece.length();
            text.append(piece.repeat(Math.min(repeat, room)));
        }
        return text.toString();
    }

    /** Prints the text length each time the longest seen doubles, so that a run shows the sizes it reached. */
    private static void noteLength(int length) {
        int before = LONGEST.get();
        if (length > before && LONGEST.compareAndSet(before, length) && Integer.highestOneBit(length) > Integer.highestOneBit(before)) {
            System.err.println("ReportPiecesFuzz: longest text so far " + length + " chars");
        }
    }
}
