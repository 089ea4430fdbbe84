package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.parser.ReportParser;
import java.lang.management.ManagementFactory;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markup costs what its length does: a web page with every paragraph on one line (cut by {@code <p>} and
 * {@code <br>}), runs of entities, tags without text. Work is the bytes the parse allocates, as in the
 * parser's own linearity tests: ten times the text may cost at most 12.5 times as much.
 */
class MarkupLinearityTest {

    private static final int SIZE = 20_000;
    private static final double MAX_GROWTH = 12.5;
    private static final ReportParser PARSER = ReportParser.builder().build();

    static Stream<Arguments> families() {
        return Stream.of(
                Arguments.of("a page on one line, cut by <p>", (IntFunction<String>) n ->
                        "<p>各位代表：</p><h2>一、2025年工作回顾</h2>" + "<p>&nbsp;&nbsp;全区地区生产总值增长6.5%。</p>".repeat(n / 30)),
                Arguments.of("one line cut by <br>", (IntFunction<String>) n -> "甲<br>".repeat(n / 5)),
                Arguments.of("tags and spaces without text", (IntFunction<String>) n -> " <p>&nbsp;".repeat(n / 10)),
                Arguments.of("entities", (IntFunction<String>) n -> "&#25919;&amp;&ldquo;".repeat(n / 20)),
                Arguments.of("ampersands that start no entity", (IntFunction<String>) n -> "&&#&#x&a".repeat(n / 8)),
                Arguments.of("a Markdown table row with breaks", (IntFunction<String>) n -> "| 1 |" + "新建停车位500个。<br>".repeat(n / 15) + " |"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void workGrowsLinearly(String family, IntFunction<String> make) {
        String small = make.apply(SIZE);
        String large = make.apply(SIZE * 10);
        PARSER.parse(small); // loads the tables and classes
        long once = allocated(() -> PARSER.parse(small));
        long tenTimes = allocated(() -> PARSER.parse(large));
        double growth = (double) tenTimes / Math.max(1, once);
        assertTrue(growth <= MAX_GROWTH, family + ": 10x the text allocates " + growth + "x the bytes");
    }

    private static long allocated(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        work.run();
        return threads.getThreadAllocatedBytes(id) - before;
    }
}
