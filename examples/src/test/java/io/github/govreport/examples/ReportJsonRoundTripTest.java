package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.govreport.model.Report;
import io.github.govreport.model.json.GovReportModule;
import io.github.govreport.parser.ReportParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every report the parser reads — the bundled sample and, where present, every report of the shared
 * corpus — written as lossless JSON reads back to an equal {@link Report}.
 */
class ReportJsonRoundTripTest {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new GovReportModule())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    static Stream<Path> reports() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("sample/sample-report.txt")));
        Path corpus = Path.of(System.getProperty("govreport.corpus", "../../shared/corpus/reports"));
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> list = Files.list(corpus)) {
                list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void jsonReadsBackToAnEqualReport(Path file) throws IOException {
        Report report = ReportParser.builder().build().parse(Files.readString(file, StandardCharsets.UTF_8));
        String json = MAPPER.writeValueAsString(report);
        assertEquals(report, MAPPER.readValue(json, Report.class), file.toString());
    }
}
