package io.github.govreport.examples.bench;

import io.github.govreport.parser.ReportParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** {@code ReportParser.parse} over every report of the corpus, one operation = the whole corpus. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportParserBenchmark {

    private List<String> corpus;
    private final ReportParser parser = ReportParser.builder().build();

    @Setup(Level.Trial)
    public void setUp() {
        corpus = Texts.reports();
        System.out.printf("%n[corpus: %d reports, %d UTF-8 bytes]%n", corpus.size(), Texts.utf8Bytes(corpus));
    }

    @Benchmark
    public void parseCorpus(Blackhole sink) {
        for (String report : corpus) {
            sink.consume(parser.parse(report));
        }
    }
}
