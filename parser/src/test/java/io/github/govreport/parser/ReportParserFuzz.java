package io.github.govreport.parser;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.govreport.model.Report;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the lenient report parser with Jazzer: any bytes, read as UTF-8, parse
 * without an exception and with every span inside the text. {@code mvn test} replays the stored inputs;
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ReportParserFuzz} fuzzes.
 */
class ReportParserFuzz {

    private static final ReportParser PARSER = ReportParser.builder().build();

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "report.dict")
    void anyTextParses(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        Report report = PARSER.parse(text);
        CorpusReportTest.spansLieInside(report, text);
    }
}
