package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Annotation;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Metadata;
import io.github.govreport.model.NoTarget;
import io.github.govreport.model.Report;
import io.github.govreport.model.Section;
import io.github.govreport.model.Target;
import io.github.govreport.model.Task;
import io.github.govreport.model.panel.Panel;
import io.github.govreport.model.panel.PanelRow;
import io.github.govreport.model.panel.PanelSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The checked tables of {@code docs/report.md} against {@link ReportParser}: the page's example report
 * parses to the metadata, sections, measures, tasks and notes its tables list, in order, and every
 * example opening and sentence to what its row says.
 */
class DocsReportTableTest {

    private static final String PAGE = DocsTables.page("report.md");
    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final String TEXT = DocsTables.block(PAGE, "report");
    private static final Report REPORT = PARSER.parse(TEXT);

    /** What the page says follows each opening: part headings that name no year, a result and a goal. */
    private static final String BODY = "\n\n各位代表：\n\n一、过去一年的工作\n\n全县生产总值增长5%。\n\n二、今年的工作安排\n\n全县生产总值增长5%左右。\n";
    /** What the page says comes before each example sentence's part. */
    private static final String SENTENCE_REPORT = "2027年德清县政府工作报告\n\n各位代表：\n\n一、";

    @TestFactory
    Stream<DynamicTest> metadata() {
        List<Map<String, String>> rows = DocsTables.table(PAGE, "metadata");
        assertEquals(10, rows.size(), "every field of Metadata");
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("field"),
                () -> assertEquals(row.get("value"), field(REPORT.metadata(), row.get("field")))));
    }

    @TestFactory
    Stream<DynamicTest> openings() {
        List<Map<String, String>> rows = DocsTables.table(PAGE, "openings");
        assertFalse(rows.isEmpty());
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("opening"), () -> {
            Metadata m = PARSER.parse(row.get("opening").replace("<br>", "\n") + BODY).metadata();
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            row.forEach((column, cell) -> {
                if (!column.equals("opening")) {
                    expected.add(column + "=" + cell);
                    actual.add(column + "=" + field(m, column));
                }
            });
            assertEquals(expected, actual);
        }));
    }

    @TestFactory
    Stream<DynamicTest> years() {
        List<Map<String, String>> rows = DocsTables.table(PAGE, "years");
        assertFalse(rows.isEmpty());
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("opening") + " " + row.get("second heading"), () -> {
            String text = row.get("opening").replace("<br>", "\n") + "\n\n各位代表：\n\n" + row.get("first heading")
                    + "\n\n全县生产总值增长5%。\n\n" + row.get("second heading") + "\n\n全县生产总值增长5%左右。\n";
            List<ReportProblem> problems = new ArrayList<>();
            Metadata m = PARSER.parse(text, problems::add).metadata();
            assertEquals(row.get("year"), field(m, "year"));
            boolean conflict = problems.stream().anyMatch(p -> p.type() == ReportProblem.Type.CONFLICTING_YEAR);
            assertEquals(row.get("conflict"), conflict ? "yes" : "no", problems.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> regions() {
        List<Map<String, String>> rows = DocsTables.table(PAGE, "regions");
        assertFalse(rows.isEmpty());
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("header"), () -> {
            Metadata m = PARSER.parse(row.get("header") + BODY).metadata();
            assertEquals(List.of(row.get("region"), row.get("regionCode"), row.get("level")),
                    List.of(field(m, "region"), field(m, "regionCode"), field(m, "level")));
        }));
    }

    @Test
    void sections() {
        List<String> actual = new ArrayList<>();
        flatten(REPORT.sections(), null, actual);
        assertEquals(rows("sections", "title", "level", "in"), actual);
    }

    @Test
    void indicators() {
        assertEquals(rows("indicators", "name", "concept", "value", "change", "period"), REPORT.indicators().stream()
                .map(i -> join(i.name(), i.concept(), text(i.value()), text(i.change()), i.period()))
                .toList());
    }

    @Test
    void targets() {
        assertEquals(rows("targets", "name", "concept", "value", "change", "period", "headline", "stretch"),
                REPORT.targets().stream()
                        .map(t -> join(t.name(), t.concept(), text(t.value()), text(t.change()), t.period(),
                                yesNo(t.headline()), yesNo(t.stretch())))
                        .toList());
    }

    @Test
    void noTargets() {
        assertEquals(rows("no-targets", "measure", "statement"), REPORT.noTargets().stream()
                .map((NoTarget n) -> join(n.measure(), n.span().of(TEXT)))
                .toList());
    }

    @Test
    void tasks() {
        assertEquals(rows("tasks", "title", "section"),
                REPORT.tasks().stream().map((Task t) -> join(t.title(), t.section())).toList());
    }

    /** What the page says comes before each task example: the review, then the plan part it stands in. */
    private static final String TASK_REPORT = "2027年德清县政府工作报告\n\n各位代表：\n\n一、2026年工作回顾\n\n全县生产总值增长5.8%。\n\n"
            + "二、2027年工作安排\n\n";

    @TestFactory
    Stream<DynamicTest> taskExamples() {
        List<Map<String, String>> rows = DocsTables.table(PAGE, "task-examples");
        assertFalse(rows.isEmpty());
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("family"), () -> {
            Report r = PARSER.parse(TASK_REPORT + row.get("text").replace("<br>", "\n") + "\n");
            String titles = r.tasks().stream().map(Task::title).collect(Collectors.joining(" / "));
            String sections = r.tasks().stream().map(Task::section).collect(Collectors.joining(" / "));
            assertEquals(List.of(row.get("tasks"), row.get("sections")),
                    List.of(titles.isEmpty() ? DocsTables.NONE : titles, sections.isEmpty() ? DocsTables.NONE : sections));
        }));
    }

    @Test
    void annotations() {
        assertEquals(rows("annotations", "term", "definition", "references"), REPORT.annotations().stream()
                .map((Annotation a) -> join(a.term(), a.definition(),
                        a.references().stream().map(s -> s.of(TEXT)).collect(Collectors.joining(", "))))
                .toList());
    }

    @TestFactory
    Stream<DynamicTest> sentences() {
        List<Map<String, String>> rows = DocsTables.table(PAGE, "sentences");
        assertFalse(rows.isEmpty());
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("sentence") + " → " + row.get("value"), () -> {
            Report r = PARSER.parse(SENTENCE_REPORT + row.get("part") + "\n\n" + row.get("sentence") + "\n");
            String value = row.get("value");
            assertTrue(r.values().stream().anyMatch(m -> m.text().equals(value)), "the sentence states " + value);
            List<String> found = new ArrayList<>();
            for (Indicator i : r.indicators()) {
                if (value.equals(text(i.value())) || value.equals(text(i.change()))) {
                    found.add(join("indicator", i.name(), i.concept(), i.period()));
                }
            }
            for (Target t : r.targets()) {
                if (value.equals(text(t.value())) || value.equals(text(t.change()))) {
                    found.add(join("target", t.name(), t.concept(), t.period()));
                }
            }
            List<String> expected = row.get("is").equals("none")
                    ? List.of()
                    : List.of(join(row.get("is"), row.get("name"), row.get("concept"), row.get("period")));
            assertEquals(expected, found);
        }));
    }

    @Test
    void panel() {
        Report plan = PARSER.parse(DocsTables.block(PAGE, "plan-2026"));
        assertNotNull(plan.metadata().year());
        List<PanelRow> rows = Panel.of(List.of(new PanelSource("plan-2026", plan), new PanelSource("report", REPORT)));
        List<String> actual = rows.stream()
                .filter(r -> r.year() == 2026)
                .map(r -> join(r.name(), r.target() == null ? null : comparedText(r.target().value(), r.target().change()),
                        r.outcome() == null ? null : comparedText(r.outcome().value(), r.outcome().change()),
                        r.status(), r.difference() == null ? null : r.difference().toPlainString()))
                .toList();
        assertEquals(rows("panel", "name", "target", "outcome", "status", "difference"), actual);
    }

    /** The rows of a table as the columns' cells joined, in the order of the columns given. */
    private static List<String> rows(String table, String... columns) {
        List<Map<String, String>> rows = DocsTables.table(PAGE, table);
        assertFalse(rows.isEmpty(), table);
        return rows.stream().map(row -> {
            for (String c : columns) {
                assertTrue(row.containsKey(c), table + " has a column " + c);
            }
            return Stream.of(columns).map(row::get).collect(Collectors.joining(" | "));
        }).toList();
    }

    private static void flatten(List<Section> sections, String parent, List<String> out) {
        for (Section s : sections) {
            out.add(join(s.title(), s.level(), parent));
            flatten(s.sections(), s.title(), out);
        }
    }

    /** A metadata field by its name in the page, as the page writes it. */
    private static String field(Metadata m, String name) {
        Object value = switch (name) {
            case "title" -> m.title();
            case "region" -> m.region();
            case "regionCode" -> m.regionCode();
            case "level" -> m.level();
            case "year" -> m.year();
            case "reviewYear" -> m.reviewYear();
            case "date" -> m.date();
            case "speaker" -> m.speaker();
            case "speakerTitle" -> m.speakerTitle();
            case "meeting" -> m.meeting();
            default -> throw new IllegalArgumentException("no metadata field " + name);
        };
        return value == null ? DocsTables.NONE : value.toString();
    }

    /** The mention compared in the panel: the change where there is one, else the level. */
    private static String comparedText(ValueMention value, ValueMention change) {
        return change != null ? change.text() : text(value);
    }

    private static String text(ValueMention m) {
        return m == null ? null : m.text();
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** Cells joined as the page's rows are, null as none. */
    private static String join(Object... cells) {
        return Stream.of(cells).map(c -> c == null ? DocsTables.NONE : Objects.toString(c)).collect(Collectors.joining(" | "));
    }
}
