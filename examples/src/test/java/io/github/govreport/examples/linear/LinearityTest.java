package io.github.govreport.examples.linear;

import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ValueParser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
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

    /** The families of hard inputs ({@link Families}), each as a function of a size in chars (about). */
    static Stream<Arguments> families() {
        return Families.ALL.entrySet().stream().map(f -> Arguments.of(f.getKey(), f.getValue()));
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
