package io.github.govreport.examples.linear;

import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ValueParser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ten times the text costs about ten times the work, also for pathological inputs. Work is measured as the
 * bytes the parse allocates (the JVM's per-thread allocation counter), never as time: a path that copies
 * a substring per value, or strips one word at a time, allocates a hundred times as much for ten times
 * the text and fails here.
 */
class LinearityTest {

    private static final int SIZE = 20_000;
    /** Ten times the input may cost at most this many times the work (10, and room for fixed costs). */
    private static final double MAX_GROWTH = 12.5;

    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final ValueParser VALUES = ValueParser.standard();

    /** The families of hard inputs, each as a function of a size in chars (about). */
    static Stream<Arguments> families() {
        return Stream.of(
                family("a run of one Chinese numeral", n -> "一".repeat(n)),
                family("a run of digits", n -> "8".repeat(n)),
                family("a run of line breaks", n -> "\n".repeat(n)),
                family("linking words before a value", n -> "一、2025年工作回顾\n" + "的".repeat(n) + "增长8%\n"),
                family("unnamed values after a named one", n -> "一、2025年工作回顾\n产值增长8%。" + "8%。".repeat(n / 3)),
                family("values on one line without punctuation", n -> "一、2025年工作回顾\n产值增长8%" + "8%".repeat(n / 2)),
                family("headings only", n -> "一、2025年工作回顾\n（一）壮大实体经济\n".repeat(n / 20)),
                family("nested quotation marks", n -> "“".repeat(n / 2) + "”".repeat(n / 2)),
                family("nested brackets", n -> "（".repeat(n / 2) + "）".repeat(n / 2)),
                family("one long sentence of measures", n -> "二、2026年工作安排\n" + "新建学校3所、".repeat(n / 7) + "。\n"),
                family("list words before 分别", n -> "一、2025年工作回顾\n" + "工业、".repeat(n / 3) + "增加值分别增长8%和9%。\n"),
                family("random CJK and digits (seed 20261204)", LinearityTest::randomText));
    }

    private static Arguments family(String name, IntFunction<String> make) {
        return Arguments.of(name, make);
    }

    private static String randomText(int n) {
        String chars = "一二三四五六七八九十百千万亿增长下降提高到年月日的和、，。；：%元人个0123456789工业生产总值\n";
        SplittableRandom random = new SplittableRandom(20261204L);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(chars.charAt(random.nextInt(chars.length())));
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void reportParserWorkGrowsLinearly(String family, IntFunction<String> make) {
        assertLinear(family, make, PARSER::parse);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void valueParserWorkGrowsLinearly(String family, IntFunction<String> make) {
        assertLinear(family, make, VALUES::findAll);
    }

    private static void assertLinear(String family, IntFunction<String> make, java.util.function.Function<String, ?> parse) {
        String small = make.apply(SIZE);
        String large = make.apply(SIZE * 10);
        parse.apply(small); // loads the tables and classes, so that the counts below are the parse's own
        long once = allocated(() -> parse.apply(small));
        long tenTimes = allocated(() -> parse.apply(large));
        double growth = (double) tenTimes / Math.max(1, once);
        assertTrue(growth <= MAX_GROWTH, family + ": " + small.length() + " chars allocate " + once + " bytes, "
                + large.length() + " chars " + tenTimes + " bytes (" + String.format("%.1f", growth) + "×)");
    }

    private static long allocated(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
