package io.github.govreport.model.panel;

import static io.github.govreport.model.panel.PanelTest.indicator;
import static io.github.govreport.model.panel.PanelTest.meta;
import static io.github.govreport.model.panel.PanelTest.quantity;
import static io.github.govreport.model.panel.PanelTest.report;
import static io.github.govreport.model.panel.PanelTest.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Unit;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Level;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import io.github.govreport.model.panel.PanelResult.LeftOut;
import io.github.govreport.model.panel.PanelResult.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a panel leaves out, and why (issue 21): no report given to it disappears without a word. */
class PanelLeftOutTest {

    private static final Unit PERSON = PanelTest.PERSON;

    private static final Target JOBS = target("城镇新增就业", quantity("1.1万人以上", "11000", PERSON, Qualifier.AT_LEAST), null, 2025);
    private static final Target UNNAMED_CONCEPT =
            new Target("示例指数", quantity("3万人", "30000", PERSON, Qualifier.EXACT), null, YearSpan.of(2025),
                    new io.github.govreport.core.Span(0, 10), true, false, null);
    private static final Indicator OUTCOME = indicator("城镇新增就业", quantity("1.2万人", "12000", PERSON, Qualifier.EXACT), null, 2025);

    private static List<String> lines(PanelResult result) {
        return result.leftOut().stream().map(l -> l.source().file() + " " + l.reason() + ": " + l.message()).toList();
    }

    @Test
    void reportsWithoutRegionOrYearAreListedWithTheReason() {
        PanelSource plan = new PanelSource("a-2025.txt", report("示例市", 2025, List.of(), List.of(JOBS)));
        PanelSource review = new PanelSource("a-2026.txt", report("示例市", 2026, List.of(OUTCOME), List.of()));
        PanelSource nowhere = new PanelSource("none.txt", report(null, 2025, List.of(), List.of(JOBS)));
        PanelSource timeless = new PanelSource("undated.txt", new Report(meta("示例市", Level.CITY, null, null), List.of(),
                List.of(), List.of(JOBS), List.of(), List.of(), List.of(), List.of()));
        PanelResult result = Panel.builder().add(plan).add(nowhere).add(review).add(timeless).result();
        assertEquals(1, result.rows().size(), result.rows().toString());
        assertEquals(List.of(
                "none.txt NO_REGION: no region found, left out of the panel",
                "undated.txt NO_YEAR: no year found, left out of the panel"), lines(result));
        assertSame(nowhere, result.leftOut().get(0).source());
        // build() gives the same rows
        assertEquals(result.rows(), Panel.builder().add(plan).add(nowhere).add(review).add(timeless).build());
    }

    @Test
    void aSecondReportForOneYearIsListedAndTheFirstCounts() {
        Report first = report("示例市", 2025, List.of(), List.of(JOBS));
        Report second = report("示例市", 2025, List.of(), List.of(JOBS));
        Report review = report("示例市", 2026, List.of(OUTCOME), List.of());
        PanelResult result = Panel.builder()
                .add("first.txt", first).add("second.txt", second).add("review.txt", review).result();
        assertEquals(1, result.rows().size());
        assertEquals("first.txt", result.rows().get(0).targetFile());
        // the second plans for 2025 and reviews 2024, as the first does: both of its parts are left out
        assertEquals(List.of(
                "second.txt SAME_YEAR_PLANNED: its targets for 2025 are left out: first.txt, given before it, plans for 2025 for the same region",
                "second.txt SAME_YEAR_REVIEWED: its outcomes for 2024 are left out: first.txt, given before it, reviews 2024 for the same region"),
                lines(result));
    }

    @Test
    void aReportThatGivesNoRowIsListedAfterThePlacedOnes() {
        PanelSource plan = new PanelSource("a-2025.txt", report("示例市", 2025, List.of(), List.of(JOBS)));
        PanelSource review = new PanelSource("a-2026.txt", report("示例市", 2026, List.of(OUTCOME), List.of()));
        // another city: its 2030 report sets no target for 2030 and nothing sets targets for the year it reviews
        PanelSource lonely = new PanelSource("b-2030.txt", report("样例市", 2030, List.of(), List.of()));
        PanelResult result = Panel.builder().add(lonely).add(plan).add(review).result();
        assertEquals(List.of("b-2030.txt NO_ROW: no row: it sets no annual target for 2030, and no report of its region"
                + " sets targets for the year it reviews (2029)"), lines(result));
        assertEquals(Reason.NO_ROW, result.leftOut().get(0).reason());
    }

    @Test
    void keepingOnlyConceptsLeavesOutTheReportsWhoseRowsAllLackOne() {
        PanelSource plan = new PanelSource("c-2025.txt", report("示例市", 2025, List.of(), List.of(UNNAMED_CONCEPT)));
        PanelSource review = new PanelSource("c-2026.txt", report("示例市", 2026, List.of(), List.of()));
        PanelResult every = Panel.builder().add(plan).add(review).result();
        assertEquals(1, every.rows().size());
        // the plan gives a row; the review gives no outcome, so it is named
        assertEquals(List.of("c-2026.txt NO_ROW: no row: it sets no annual target for 2026, and its review of 2025 gives no"
                + " outcome for the targets of c-2025.txt"), lines(every));
        PanelResult concepts = Panel.builder().conceptsOnly(true).add(plan).add(review).result();
        assertEquals(List.of(), concepts.rows());
        List<LeftOut> left = concepts.leftOut();
        assertEquals(2, left.size(), left.toString());
        assertEquals("no row: it sets no annual target for 2025 with a concept, and no report of its region sets targets"
                + " for the year it reviews (2024)", left.get(0).message());
        assertEquals("c-2026.txt", left.get(1).source().file());
    }
}
