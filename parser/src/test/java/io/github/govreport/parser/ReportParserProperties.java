package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Value;
import io.github.govreport.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the report parser over generated texts; seeded as described in {@link Seeds}. */
class ReportParserProperties {

    private static final ReportParser PARSER = ReportParser.builder().build();

    /** Random cuts, splices and noise over the test report: any text parses, and every span is sound. */
    static Stream<Object[]> mangled() {
        SplittableRandom r = new SplittableRandom(Seeds.SEED);
        String mini = ReportParserTest.mini();
        String noise = "<p>**##\r\n\f\u3000\u00A0各位代表一、（一）1.［1］[2]：:；;。主要预期目标是增长8%左右名词解释附：\uD83D\uDE00\uD800";
        return IntStream.range(0, 300).mapToObj(i -> {
            StringBuilder s = new StringBuilder();
            int pieces = r.nextInt(1, 12);
            for (int p = 0; p < pieces; p++) {
                if (r.nextBoolean()) {
                    int a = r.nextInt(mini.length());
                    s.append(mini, a, Math.min(mini.length(), a + r.nextInt(1, 400)));
                } else {
                    for (int k = r.nextInt(1, 30); k > 0; k--) {
                        s.append(noise.charAt(r.nextInt(noise.length())));
                    }
                }
            }
            return new Object[] {"seed " + Seeds.SEED + " #" + i, s.toString()};
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mangled")
    void anyTextParsesWithSoundSpans(String seed, String text) {
        List<ReportProblem> problems = new ArrayList<>();
        Report report = PARSER.parse(text, problems::add);
        CorpusReportTest.spansLieInside(report, text);
        problems.forEach(p -> assertTrue(p.index() >= 0 && p.index() <= text.length(), p.toString()));
    }

    /** Ways web pages wrap the same report. */
    static Stream<Object[]> wrappings() {
        List<Object[]> w = new ArrayList<>();
        w.add(new Object[] {"HTML paragraphs", (UnaryOperator<String>) line -> line.isBlank() ? line : "<p class=\"t\">" + line + "</p>"});
        w.add(new Object[] {"Markdown headings and bold", (UnaryOperator<String>) line ->
                line.startsWith("一、") || line.startsWith("二、") ? "## " + line : line.isBlank() ? line : "**" + line + "**"});
        w.add(new Object[] {"CRLF and ideographic indents", (UnaryOperator<String>) line -> "\u3000\u3000" + line + "\r"});
        w.add(new Object[] {"CR CR LF and no-break spaces", (UnaryOperator<String>) line -> "\u00A0" + line + "\r\r"});
        return w.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrappings")
    void wrappedReportYieldsTheSameIndicatorsAndTargets(String name, UnaryOperator<String> wrap) {
        String plain = ReportParserTest.mini();
        StringBuilder wrapped = new StringBuilder();
        for (String line : plain.split("\n", -1)) {
            wrapped.append(wrap.apply(line)).append('\n');
        }
        Report a = PARSER.parse(plain);
        Report b = PARSER.parse(wrapped);
        assertFalse(a.indicators().isEmpty());
        assertEquals(indicators(a), indicators(b));
        assertEquals(targets(a), targets(b));
        assertEquals(a.metadata(), b.metadata());
    }

    private static List<String> indicators(Report r) {
        return r.indicators().stream().map(i -> i.name() + "=" + value(i.value()) + "/" + value(i.change())).toList();
    }

    private static List<String> targets(Report r) {
        return r.targets().stream()
                .map(t -> t.name() + "=" + value(t.value()) + "/" + value(t.change()) + (t.headline() ? "H" : "") + (t.stretch() ? "S" : ""))
                .toList();
    }

    private static String value(io.github.govreport.core.ValueMention m) {
        Value v = m == null ? null : m.value();
        return String.valueOf(v);
    }
}
