package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.govreport.parser.ReportProblem.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strict parsing with the default fatal set over the shared corpus: every true work report passes, the
 * two texts that are none fail with NO_BODY_START. Skipped where the corpus is absent.
 */
class CorpusStrictTest {

    /** Not government work reports: a Hong Kong policy address and a Taiwanese mayor's address. */
    private static final Set<String> NOT_WORK_REPORTS = Set.of("province-xianggang-2025.txt", "city-taoyuan-2015.txt");

    private static final ReportParser STRICT = ReportParser.builder().strict(true).build();

    static Stream<Path> reports() {
        return Corpus.reportsToTest().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void strictParsingPassesEveryWorkReportAndFailsTheOthers(Path report) throws IOException {
        Corpus.assumePresent(report);
        String name = report.getFileName().toString();
        if (NOT_WORK_REPORTS.contains(name)) {
            ReportParseException e = assertThrows(ReportParseException.class, () -> STRICT.parse(report));
            assertEquals(ReportProblem.Type.NO_BODY_START, e.problem().type(), name);
            assertEquals(report.toString(), e.source());
        } else {
            List<ReportProblem> problems = new ArrayList<>();
            STRICT.parse(report, problems::add); // throws on an ERROR
            problems.forEach(p -> assertEquals(false, p.severity() == Severity.ERROR, p.toString()));
        }
    }

    /** The counts by severity, for the record ({@code -Dgovreport.verbose=true} prints them). */
    @Test
    void problemCountsBySeverity() throws IOException {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        ReportParser lenient = ReportParser.builder().build();
        for (Path report : Corpus.reports()) {
            lenient.parse(report, p -> counts.merge(p.severity(), 1, Integer::sum));
        }
        assertEquals(NOT_WORK_REPORTS.size(), counts.get(Severity.ERROR), counts.toString());
        if (Boolean.getBoolean("govreport.verbose")) {
            System.out.println("problems over the corpus by severity: " + counts);
        }
    }
}
