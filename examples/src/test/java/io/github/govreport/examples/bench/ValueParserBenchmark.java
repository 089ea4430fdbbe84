package io.github.govreport.examples.bench;

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
 * {@code ValueParser.findAll} over whole reports, and over pathological texts of growing size to show
 * that cost is linear. MB/s of UTF-8 = (bytes of the input) / (time per operation); {@code
 * examples/benchmark.sh} prints both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValueParserBenchmark {

    private List<String> corpus;

    @Param({"corpus", "digits", "noPunctuation", "nestedQuotes"})
    public String input;

    @Param({"1", "10"})
    public int scale;

    private String text;

    @Setup(Level.Trial)
    public void setUp() {
        corpus = Texts.reports();
        String base = switch (input) {
            case "corpus" -> String.join("\n", corpus);
            case "digits" -> "1234567890".repeat(10_000);
            case "noPunctuation" -> "全区地区生产总值增长百分之八一千二百万人两万余套".repeat(5_000);
            default -> "“".repeat(20_000) + "增长8%" + "”".repeat(20_000);
        };
        // scale 10 repeats the input ten times: linear cost means ten times the time
        text = base.repeat(scale);
        System.out.printf("%n[input %s x%d: %d UTF-8 bytes]%n", input, scale, Texts.utf8Bytes(List.of(text)));
    }

    @Benchmark
    public void findAll(Blackhole sink) {
        sink.consume(ValueParser.standard().findAll(text));
    }
}
