package io.github.govreport.examples.linear;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.parser.ReportInput;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ValueParser;
import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Heap per input char, in bytes, of what a parse keeps (the result, held after a full collection) and of
 * what it allocates on the way (the JVM's per-thread allocation counter), for real reports and for the
 * pathological families of {@link LinearityTest}. The bounds are the project's stated budget (README,
 * "Memory"): a real report's parse keeps under 20 bytes a char, and no input, however made, makes a parse
 * keep more than {@link #CEILING_KEPT} or allocate more than {@link #CEILING_ALLOCATED} bytes a char.
 */
class MemoryPerCharTest {

    /** What a parse of a real report may keep, per char of its text. */
    private static final double REAL_KEPT = 20;
    /** What any parse may keep, per char: a text made of nothing but values keeps a mention per 3 chars. */
    private static final double CEILING_KEPT = 200;
    /** What any parse may allocate, per char, in all (kept or not). */
    private static final double CEILING_ALLOCATED = 1_000;
    private static final int SIZE = 300_000;

    private static final ReportParser PARSER = ReportParser.standard();
    private static final ValueParser VALUES = ValueParser.standard();

    static Stream<Arguments> families() {
        return LinearityTest.families();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void noInputMakesAParseKeepOrAllocateMoreThanTheCeiling(String family, IntFunction<String> make) {
        String text = make.apply(SIZE);
        for (Function<String, ?> parse : List.<Function<String, ?>>of(PARSER::parse, VALUES::findAll)) {
            parse.apply(text); // classes and tables loaded first
            double kept = kept(text, parse) / text.length();
            double allocated = (double) allocated(text, parse) / text.length();
            System.out.printf("memory per char, %s: kept %.1f, allocated %.1f%n", family, kept, allocated);
            assertTrue(kept <= CEILING_KEPT, family + ": keeps " + kept + " bytes a char");
            assertTrue(allocated <= CEILING_ALLOCATED, family + ": allocates " + allocated + " bytes a char");
        }
    }

    @Test
    void aRealReportsParseKeepsUnderTwentyBytesAChar() throws IOException {
        Path folder = Path.of(System.getProperty("govreport.corpus", "../../shared/corpus/reports"));
        Assumptions.assumeTrue(Files.isDirectory(folder), "no corpus at " + folder + ": skipped");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                texts.add(ReportInput.detecting().read(p));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        Function<List<String>, ?> parseAll = all -> all.stream().map(PARSER::parse).toList();
        Function<List<String>, ?> findAll = all -> all.stream().map(VALUES::findAll).toList();
        parseAll.apply(texts);
        double keptByParse = kept(texts, parseAll) / chars;
        double keptByFindAll = kept(texts, findAll) / chars;
        double allocatedByParse = (double) allocated(texts, parseAll) / chars;
        System.out.printf("memory per char, %d real reports (%d chars): parse keeps %.1f and allocates %.1f, findAll keeps %.1f%n",
                texts.size(), chars, keptByParse, allocatedByParse, keptByFindAll);
        assertTrue(keptByParse < REAL_KEPT, "parse keeps " + keptByParse + " bytes a char");
        assertTrue(keptByFindAll < REAL_KEPT, "findAll keeps " + keptByFindAll + " bytes a char");
    }

    /** Bytes of heap the result of {@code parse} holds: used heap after a full collection, with and without it. */
    private static <T> double kept(T input, Function<T, ?> parse) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) { // the least of three: another thread's garbage only adds
            collect(memory);
            long before = memory.getHeapMemoryUsage().getUsed();
            Object result = parse.apply(input);
            collect(memory);
            long after = memory.getHeapMemoryUsage().getUsed();
            least = Math.min(least, after - before);
            Reference.reachabilityFence(result); // the result is held until the heap is measured
        }
        return Math.max(0, least);
    }

    private static void collect(MemoryMXBean memory) {
        for (int k = 0; k < 2; k++) {
            memory.gc();
        }
    }

    private static <T> long allocated(T input, Function<T, ?> parse) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        parse.apply(input);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
