package io.github.govreport.examples.bench;

import io.github.govreport.examples.linear.Families;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ValueParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code parse} and {@code findAll} over the pathological families of the linearity test ({@link
 * Families}, by their index), at 100,000 chars and ten times that: linear cost means ten times the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PathologicalBenchmark {

    @Param({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"})
    public int family;

    @Param({"1", "10"})
    public int scale;

    private String text;
    private final ReportParser parser = ReportParser.standard();

    @Setup(Level.Trial)
    public void setUp() {
        String name = List.copyOf(Families.ALL.keySet()).get(family);
        text = Families.ALL.get(name).apply(100_000 * scale);
        System.out.printf("%n[family %d x%d: %s, %d chars]%n", family, scale, name, text.length());
    }

    @Benchmark
    public void parse(Blackhole sink) {
        sink.consume(parser.parse(text));
    }

    @Benchmark
    public void findAll(Blackhole sink) {
        sink.consume(ValueParser.standard().findAll(text));
    }
}
