package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Report;
import io.github.govreport.parser.ReportProblem.Severity;
import io.github.govreport.parser.ReportProblem.Type;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Problem severities and what a strict parser makes of them. */
class ReportProblemSeverityTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "NO_BODY_START, ERROR",
        "MISSING_METADATA, WARNING",
        "CONFLICTING_YEAR, WARNING",
        "NO_SECTIONS, WARNING",
        "NO_TARGET_LIST, WARNING",
        "UNNAMED_VALUE, NOTE",
        "CORRUPTED_VALUE, NOTE",
        "UNREADABLE_NOTE, NOTE",
        "UNMATCHED_NOTE_MARKER, NOTE"})
    void eachTypeHasItsSeverity(Type type, Severity severity) {
        assertEquals(severity, type.severity());
        ReportProblem p = new ReportProblem(type, 3, 1, 4, "abc", "what");
        assertEquals(severity, p.severity());
        assertEquals("1:4 " + severity + " " + type + " what «abc»", p.toString());
    }

    @Test
    void everyTypeIsListedAbove() {
        assertEquals(9, Type.values().length, "a new type needs its severity in the table of ReportProblem and here");
    }

    @Test
    void theDefaultFatalSetIsTheErrors() {
        ReportParser strict = ReportParser.builder().strict(true).build();
        assertTrue(strict.isStrict());
        assertEquals(EnumSet.of(Type.NO_BODY_START), strict.fatalTypes());
        assertEquals(EnumSet.of(Type.NO_BODY_START), ReportParser.builder().build().fatalTypes());
        assertThrows(UnsupportedOperationException.class, () -> strict.fatalTypes().add(Type.NO_SECTIONS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n", "Hello, this is a letter.\nNothing more.", "<html><body></body></html>"})
    void aTextThatIsNoReportFailsStrictParsing(String text) {
        List<ReportProblem> seen = new ArrayList<>();
        ReportParseException e = assertThrows(ReportParseException.class,
                () -> ReportParser.builder().strict(true).build().parse(text, seen::add));
        assertEquals(Type.NO_BODY_START, e.problem().type());
        assertEquals(Severity.ERROR, e.problem().severity());
        assertEquals(List.of(e.problem()), seen, "the fatal problem is the first one, and the sink saw it");
        assertEquals(1, e.problem().line());
        assertTrue(e.getMessage().startsWith("1:1 ERROR NO_BODY_START "), e.getMessage());
    }

    @Test
    void aReportWithWarningsAndNotesPassesStrictParsing() {
        String mini = ReportParserTest.mini();
        List<ReportProblem> problems = new ArrayList<>();
        Report lenient = ReportParser.builder().build().parse(mini, problems::add);
        Set<Severity> severities = new HashSet<>();
        problems.forEach(p -> severities.add(p.severity()));
        assertTrue(!severities.contains(Severity.ERROR), problems.toString());
        List<ReportProblem> strictProblems = new ArrayList<>();
        assertEquals(lenient, ReportParser.builder().strict(true).build().parse(mini, strictProblems::add));
        assertEquals(problems, strictProblems, "a strict parser hands the sink every problem it does not throw on");
    }

    @Test
    void theBuilderNamesTheFatalTypes() {
        // a text without sections: NO_SECTIONS (a warning) becomes fatal when named
        String text = "各位代表：\n\n全县地区生产总值增长5%。\n";
        List<ReportProblem> problems = new ArrayList<>();
        ReportParser.builder().build().parse(text, problems::add);
        assertTrue(problems.stream().anyMatch(p -> p.type() == Type.NO_SECTIONS), problems.toString());
        ReportParser strict = ReportParser.builder().strict(true).fatal(Set.of(Type.NO_SECTIONS)).build();
        assertEquals(Type.NO_SECTIONS, assertThrows(ReportParseException.class, () -> strict.parse(text)).problem().type());
        // with the errors no longer fatal, a text that is no report passes
        ReportParser none = ReportParser.builder().strict(true).fatal(Set.of()).build();
        assertTrue(none.parse("Nothing to report.").sections().isEmpty());
        // fatal types do nothing on a lenient parser
        ReportParser lenient = ReportParser.builder().fatal(EnumSet.allOf(Type.class)).build();
        assertTrue(lenient.parse("").indicators().isEmpty());
        assertThrows(NullPointerException.class, () -> ReportParser.builder().fatal(null));
        Set<Type> withNull = new HashSet<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> ReportParser.builder().fatal(withNull));
    }

    @Test
    void theBuilderCopiesTheFatalSet() {
        Set<Type> types = new HashSet<>(Set.of(Type.NO_BODY_START));
        ReportParser.Builder builder = ReportParser.builder().strict(true).fatal(types);
        types.add(Type.MISSING_METADATA);
        assertEquals(EnumSet.of(Type.NO_BODY_START), builder.build().fatalTypes());
    }
}
