package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test report cut and spliced with HTML and Markdown markup, entities above all (whole, cut short,
 * unknown, numeric with digits the value scanner sees): any such text parses, its spans are sound, and
 * every value of the report starts at a char of the text that is no markup. Seeded as {@link Seeds} says.
 */
class MarkupProperties {

    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final String[] MARKUP = {"&#25919;", "&#x5E9C;", "&nbsp;", "&amp;", "&ldquo;", "&rdquo;", "&#37;", "&#12;",
        "&#x20000;", "&", "&#", "&#x", "&amp", "&foo;", "<br>", "<p>", "</p>", "<div class=\"x\">", "<h2>", "</h2>",
        "<span style=\"width:600px\">", "</span>", "**", "## ", "\\[1\\]", "| ", " |", "\u2028", "\u00AD", "\n", "\n\n"};

    static Stream<Object[]> spliced() {
        SplittableRandom r = new SplittableRandom(Seeds.SEED);
        String mini = ReportParserTest.mini();
        return IntStream.range(0, 300).mapToObj(i -> {
            StringBuilder s = new StringBuilder();
            int pieces = r.nextInt(1, 20);
            for (int p = 0; p < pieces; p++) {
                if (r.nextInt(3) == 0) {
                    int a = r.nextInt(mini.length());
                    s.append(mini, a, Math.min(mini.length(), a + r.nextInt(1, 300)));
                } else {
                    for (int k = r.nextInt(1, 6); k > 0; k--) {
                        s.append(MARKUP[r.nextInt(MARKUP.length)]);
                    }
                }
            }
            return new Object[] {"seed " + Seeds.SEED + " #" + i, s.toString()};
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spliced")
    void anyMarkedUpTextParsesWithSoundSpans(String seed, String text) {
        List<ReportProblem> problems = new ArrayList<>();
        Report report = PARSER.parse(text, problems::add);
        CorpusReportTest.spansLieInside(report, text);
        problems.forEach(p -> assertTrue(p.index() >= 0 && p.index() <= text.length() && p.line() >= 1 && p.column() >= 1, p.toString()));
        for (ValueMention m : report.values()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
            char c = text.charAt(m.start());
            assertTrue(c != '&' && c != '#' && c != '<', "a value starts in markup: " + m);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spliced")
    void markupIsNoValue(String seed, String text) {
        // the digits of an entity are no value of the report, though the value scanner sees them
        Report report = PARSER.parse(text);
        for (ValueMention m : report.values()) {
            int amp = text.lastIndexOf('&', m.start());
            int semi = amp < 0 ? -1 : text.indexOf(';', amp);
            boolean insideEntity = amp >= 0 && semi > m.start() && text.startsWith("&#", amp) && semi - amp <= 10
                    && text.substring(amp + 2, semi).matches("x?[0-9A-Fa-f]+");
            assertTrue(!insideEntity, () -> "a value inside " + text.substring(amp, semi + 1) + ": " + m);
        }
    }
}
