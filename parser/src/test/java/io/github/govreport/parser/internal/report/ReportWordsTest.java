package io.github.govreport.parser.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.NoTarget;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.report.items.TaskLeads;
import io.github.govreport.parser.internal.report.measures.StatementWords;
import io.github.govreport.parser.internal.report.outline.Part;
import io.github.govreport.parser.internal.report.outline.PartWords;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the report reader's tables reads back: a part word's example heading is that part, a
 * statement word's example sentence, put in an invented 2026 report under the row's prior, becomes what
 * the row expects, a target list word's example gives the headline targets it says, an action or manner
 * word's example paragraph has its lead sentence as a task, a statement word's opening sentence is none, and
 * a joiner's opening lead is one.
 */
public class ReportWordsTest {

    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final String TITLE = "2026年样例县政府工作报告\n";
    private static final String REVIEW = "一、2025年工作回顾\n全县生产总值增长5.2%。\n";
    private static final String PLAN = "二、2026年工作安排\n全县生产总值增长6%左右。\n";

    static Stream<Row> rows() {
        return Stream.of(PartWords.standard().rows(), StatementWords.standard().rows(), TaskLeads.standard().rows())
                .flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void exampleReadsBackToItsRow(Row row) {
        List<String> c = row.columns();
        switch (row.table()) {
            case "parts.tsv" -> {
                Part expected = c.get(0).equals("ANNUAL") ? Part.PLAN : Part.valueOf(c.get(0));
                String heading = c.get(2).replaceFirst("^[一二三四五六七八九十]+、", "");
                assertEquals(expected, Part.of(heading), heading);
                assertTrue(heading.contains(c.get(1)), "the example holds the word: " + heading);
            }
            case "statements.tsv" -> checkStatement(c.get(1), c.get(2), c.get(3), c.get(4));
            case "target-lists.tsv" -> checkTargetList(c.get(0), c.get(1), c.get(2));
            case "task-leads.tsv" -> checkTaskLead(c.get(0), c.get(1), c.get(2));
            default -> throw new AssertionError("no check for table " + row.table());
        }
    }

    /** The example as the only paragraph of a part of kind {@code prior}, with a report around it. */
    public static String reportWith(String prior, String example) {
        return switch (prior) {
            case "REVIEW" -> TITLE + "一、2025年工作回顾\n" + example + "\n" + PLAN;
            case "TERM" -> TITLE + "一、过去五年工作回顾\n" + example + "\n" + PLAN;
            case "PLAN" -> TITLE + REVIEW + "二、2026年工作安排\n" + example + "\n";
            case "FIVE_YEAR" -> TITLE + REVIEW + "二、“十五五”时期主要目标\n" + example + "\n三、2026年工作安排\n全县生产总值增长6%左右。\n";
            case "MIXED" -> TITLE + "一、2025年工作回顾和2026年工作目标\n" + example + "\n";
            case "NONE" -> TITLE + example + "\n";
            default -> throw new AssertionError("unknown prior " + prior);
        };
    }

    private static void checkStatement(String word, String prior, String expect, String example) {
        assertTrue(example.contains(word), "the example holds the word: " + example);
        String text = reportWith(prior, example);
        Report report = PARSER.parse(text);
        String[] e = expect.split(" ", 2);
        if (e[0].equals("NOTARGET")) {
            assertEquals(List.of(e[1]), report.noTargets().stream().map(NoTarget::measure).toList(), example);
            NoTarget n = report.noTargets().get(0);
            assertTrue(text.substring(n.span().start(), n.span().end()).contains(e[1]));
            return;
        }
        int from = text.indexOf(example);
        ValueMention last = null;
        for (ValueMention m : report.values()) {
            if (m.start() >= from && m.end() <= from + example.length()) {
                last = m;
            }
        }
        assertTrue(last != null, "no value in " + example);
        ValueMention value = last;
        List<Indicator> asIndicator = report.indicators().stream().filter(i -> value.equals(i.value()) || value.equals(i.change())).toList();
        List<Target> asTarget = report.targets().stream().filter(t -> value.equals(t.value()) || value.equals(t.change())).toList();
        switch (e[0]) {
            case "SKIP" -> {
                assertTrue(asIndicator.isEmpty(), "not an indicator: " + asIndicator);
                assertTrue(asTarget.isEmpty(), "not a target: " + asTarget);
            }
            case "RESULT" -> {
                assertTrue(asTarget.isEmpty(), "not a target: " + asTarget);
                assertEquals(1, asIndicator.size(), "an indicator for " + example + ": " + report.indicators());
                assertEquals(period(e[1]), asIndicator.get(0).period());
            }
            case "GOAL" -> {
                assertTrue(asIndicator.isEmpty(), "not an indicator: " + asIndicator);
                assertEquals(1, asTarget.size(), "a target for " + example + ": " + report.targets() + report.indicators());
                assertEquals(period(e[1]), asTarget.get(0).period());
            }
            default -> throw new AssertionError("unknown expectation " + expect);
        }
    }

    /** The period a row expects: a year or span, or - for none known. */
    private static YearSpan period(String expected) {
        return expected.equals("-") ? null : YearSpan.parse(expected);
    }

    private static void checkTaskLead(String kind, String word, String example) {
        Report report = PARSER.parse(reportWith("PLAN", example));
        if (kind.equals("STATEMENT")) {
            // the opening sentence would be a lead, short and without a comma, but for the word that makes it state
            String opening = example.substring(0, example.indexOf('。'));
            assertTrue(opening.contains(word) && opening.length() <= 30 && !opening.contains("，"), opening);
            assertTrue(report.tasks().stream().noneMatch(t -> t.title().equals(opening)), opening + " in " + report.tasks());
            return;
        }
        if (kind.equals("JOINER")) {
            // the opening lead holds the joiner's 是 and is a task all the same
            String opening = example.substring(0, example.indexOf('。'));
            assertTrue(opening.contains(word) && opening.contains("是"), opening);
            assertTrue(report.tasks().stream().anyMatch(t -> t.title().equals(opening)), opening + " in " + report.tasks());
            return;
        }
        String lead = example.substring(example.indexOf("。" + word) + 1, example.indexOf('。', example.indexOf("。" + word) + 1));
        assertTrue(lead.startsWith(word), lead);
        assertTrue(report.tasks().stream().anyMatch(t -> t.title().equals(lead)), lead + " in " + report.tasks());
    }

    private static void checkTargetList(String kind, String word, String example) {
        assertTrue(example.replace('：', ':').contains(word), "the example holds the word: " + example);
        String text = reportWith("PLAN", example);
        Report report = PARSER.parse(text);
        int from = text.indexOf(example);
        List<Target> headline = report.headlineTargets();
        assertFalse(headline.isEmpty(), "headline targets in " + example + ": " + report.targets());
        for (Target t : headline) {
            assertTrue(t.span().start() >= from && t.span().end() <= from + example.length(), "headline target in the example: " + t);
            assertEquals(YearSpan.of(2026), t.period());
        }
        switch (kind) {
            case "OPENER" -> assertTrue(headline.get(0).name().contains("生产总值") || headline.get(0).name().contains("能耗"), headline.toString());
            case "PROSE" -> assertEquals(2, headline.size(), headline.toString());
            case "END" -> {
                assertEquals(1, headline.size(), "the sentence after the end word is not on the list: " + headline);
                int end = text.indexOf(word, from);
                assertTrue(report.targets().stream().anyMatch(t -> !t.headline() && t.span().end() > end), "a target after the list: " + report.targets());
            }
            case "PLAN_DOCUMENT" -> {
                int year = text.indexOf("今年", from);
                assertTrue(headline.stream().allMatch(t -> t.span().start() > year), "only the year's list is headline: " + headline);
            }
            default -> throw new AssertionError("unknown kind " + kind);
        }
    }
}
