package io.github.govreport.parser.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.report.text.ReportTables;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row of {@code report/name-verbs.tsv} reads back: its example, in a plan, gives one target of the row's
 * name; each row of {@code report/time-words.tsv} and {@code report/class-units.tsv}: its value measures
 * nothing, in a plan and in a review.
 */
class NameTablesTest {

    private static final ReportParser PARSER = ReportParser.builder().build();

    static Stream<Row> nameVerbs() {
        return ReportTables.read("name-verbs.tsv").stream();
    }

    @ParameterizedTest
    @MethodSource("nameVerbs")
    void aBareVerbLeavesTheNameToWhatIsCounted(Row row) {
        String verb = row.columns().get(1);
        String example = row.columns().get(2);
        assertTrue(example.startsWith(verb), "the example opens with the verb: " + row);
        if (row.columns().get(0).equals("ADDRESSED")) {
            // a population addressed: no target in a plan, an indicator of the row's name in a review
            String plan = ReportWordsTest.reportWith("PLAN", example);
            assertTrue(PARSER.parse(plan).targets().stream().noneMatch(t -> t.span().start() >= plan.indexOf(example)), example);
            String review = ReportWordsTest.reportWith("REVIEW", example);
            assertTrue(PARSER.parse(review).indicators().stream().anyMatch(i -> i.name().equals(row.columns().get(3))), example);
            return;
        }
        Report report = PARSER.parse(ReportWordsTest.reportWith("PLAN", example));
        int from = ReportWordsTest.reportWith("PLAN", example).indexOf(example);
        List<String> names = report.targets().stream().filter(t -> t.span().start() >= from).map(Target::name).toList();
        assertEquals(List.of(row.columns().get(3)), names, example);
        boolean kept = row.columns().get(0).equals("ACTION");
        assertEquals(kept, names.get(0).startsWith(verb), "an action stays in the name, rhetoric does not: " + row);
    }

    static Stream<Row> timeWords() {
        return ReportTables.read("time-words.tsv").stream();
    }

    static Stream<Row> classUnits() {
        return ReportTables.read("class-units.tsv").stream();
    }

    @ParameterizedTest
    @MethodSource("timeWords")
    void aTimeAfterTheWordMeasuresNothing(Row row) {
        assertTrue(row.columns().get(2).contains(row.columns().get(1) + row.columns().get(3)), "the value follows the word: " + row);
        measuresNothing(row);
    }

    @ParameterizedTest
    @MethodSource("classUnits")
    void aValueOfAClassUnitMeasuresNothing(Row row) {
        assertTrue(row.columns().get(3).endsWith(row.columns().get(1)), "the value is in the unit: " + row);
        measuresNothing(row);
    }

    private static void measuresNothing(Row row) {
        String example = row.columns().get(2);
        String value = row.columns().get(3);
        for (String prior : List.of("PLAN", "REVIEW")) {
            String text = ReportWordsTest.reportWith(prior, example);
            Report report = PARSER.parse(text);
            int at = text.indexOf(example) + example.indexOf(value);
            assertTrue(report.values().stream().anyMatch(v -> v.start() == at && v.text().equals(value)), "read as a value: " + row);
            assertTrue(report.targets().stream().noneMatch(t -> t.span().start() <= at && at < t.span().end()), prior + ": " + row);
            assertTrue(report.indicators().stream().noneMatch(t -> t.span().start() <= at && at < t.span().end()), prior + ": " + row);
        }
    }
}
