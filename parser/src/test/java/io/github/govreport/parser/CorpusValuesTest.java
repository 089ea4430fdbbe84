package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.ValueMention;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** findAll over every real report of the shared corpus: no exception, values found, sound spans. */
class CorpusValuesTest {

    static Stream<Path> reports() {
        return Corpus.reportsToTest().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void findsValuesInEveryReport(Path report) {
        String text = Corpus.read(report);
        List<ValueMention> mentions = ValueParser.standard().findAll(text);
        assertTrue(mentions.size() >= 20, report + ": only " + mentions.size() + " values");
        int previousEnd = 0;
        for (ValueMention m : mentions) {
            assertTrue(m.start() >= previousEnd, m.toString());
            assertEquals(text.substring(m.start(), m.end()), m.text());
            previousEnd = m.end();
        }
        // every report states growth in percent somewhere
        assertTrue(mentions.stream().anyMatch(m -> m.value().kind().name().equals("PERCENT") && m.value().change() != null),
                report + ": no percentage change found");
    }
}
