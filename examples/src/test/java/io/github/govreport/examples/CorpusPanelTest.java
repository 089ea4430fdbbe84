package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Indicator;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import io.github.govreport.model.panel.Panel;
import io.github.govreport.model.panel.PanelRow;
import io.github.govreport.model.panel.PanelSource;
import io.github.govreport.model.panel.Status;
import io.github.govreport.parser.ReportParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The panel over the State Council's reports of the shared corpus ({@code national-zhongguo-*.txt});
 * skipped where the corpus is absent. It checks the structure and a few facts that hold whether or not the
 * parser gives measures a concept, and whatever exact targets it finds.
 */
class CorpusPanelTest {

    static final ReportParser PARSER = ReportParser.builder().build();

    /** The national reports by year planned, with their files. */
    static Map<Integer, PanelSource> national() throws IOException {
        Path folder = CorpusParseTest.corpus();
        Map<Integer, PanelSource> byYear = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.getFileName().toString().matches("national-zhongguo-\\d{4}\\.txt")).sorted().toList()) {
                Report report = PARSER.parse(Files.readString(file, StandardCharsets.UTF_8));
                assertNotNull(report.metadata().year(), file.toString());
                byYear.put(report.metadata().year(), new PanelSource(file.toString(), report));
            }
        }
        return byYear;
    }

    /** The key the panel has one row for. */
    static String key(String concept, String name) {
        return concept != null ? "concept:" + concept : "name:" + name;
    }

    @Test
    void oneRowPerAnnualTargetAndEachYearPairedWithTheNextReport() throws IOException {
        Map<Integer, PanelSource> national = national();
        assertTrue(national.size() >= 10, national.keySet().toString());
        List<PanelRow> rows = Panel.of(new ArrayList<>(national.values()));
        assertFalse(rows.isEmpty());

        for (Map.Entry<Integer, PanelSource> e : national.entrySet()) {
            int year = e.getKey();
            Report plan = e.getValue().report();
            // the distinct measures of the annual targets, in text order, each with its first target
            Set<String> keys = new LinkedHashSet<>();
            List<Target> firsts = new ArrayList<>();
            for (Target t : plan.targets()) {
                if (YearSpan.of(year).equals(t.period()) && keys.add(key(t.concept(), t.name()))) {
                    firsts.add(t);
                }
            }
            List<PanelRow> ofYear = rows.stream().filter(r -> r.year() == year && r.target() != null).toList();
            assertEquals(firsts.size(), ofYear.size(), "year " + year);
            for (int i = 0; i < firsts.size(); i++) {
                PanelRow row = ofYear.get(i);
                assertSame(firsts.get(i), row.target(), "year " + year);
                assertEquals("中国", row.region());
                assertEquals(e.getValue().file(), row.targetFile());
                PanelSource next = national.get(year + 1);
                if (row.outcome() != null) {
                    // the outcome is an annual indicator of the report that reviews the year
                    assertNotNull(next, row.toString());
                    assertEquals(YearSpan.of(year), next.report().metadata().reviewYear());
                    assertEquals(next.file(), row.outcomeFile());
                    assertTrue(next.report().indicators().contains(row.outcome()), row.toString());
                    assertEquals(YearSpan.of(year), row.outcome().period());
                    Target t = row.target();
                    boolean sameConcept = t.concept() != null && t.concept().equals(row.outcome().concept());
                    boolean sameName = (t.concept() == null || row.outcome().concept() == null)
                            && t.name().equals(row.outcome().name());
                    assertTrue(sameConcept || sameName, row.toString());
                }
            }
        }
    }

    @Test
    void the2024TargetsMeetThe2025Outcomes() throws IOException {
        Map<Integer, PanelSource> national = national();
        PanelSource plan = national.get(2024);
        PanelSource review = national.get(2025);
        assertNotNull(plan);
        assertNotNull(review);
        assertEquals(YearSpan.of(2024), review.report().metadata().reviewYear());
        List<PanelRow> rows = Panel.of(List.of(review, plan));
        List<PanelRow> of2024 = rows.stream().filter(r -> r.year() == 2024).toList();
        assertFalse(of2024.isEmpty());
        for (PanelRow row : of2024) {
            Target t = row.target();
            // every target that has an annual indicator of its concept, or of its name, in the 2025 report found one
            boolean available = review.report().indicators().stream().anyMatch(i -> YearSpan.of(2024).equals(i.period())
                    && ((t.concept() != null && t.concept().equals(i.concept()))
                            || ((t.concept() == null || i.concept() == null) && t.name().equals(i.name()))));
            assertEquals(available, row.outcome() != null, row.toString());
            assertEquals(available ? review.file() : null, row.outcomeFile(), row.toString());
            if (!available) {
                assertEquals(Status.NO_OUTCOME, row.status(), row.toString());
            }
        }
        assertTrue(of2024.stream().anyMatch(r -> r.status() == Status.REACHED || r.status() == Status.MISSED
                || r.status() == Status.APPROX), of2024.toString());
        // the 2025 targets have no next report among the two
        assertTrue(rows.stream().filter(r -> r.year() == 2025).allMatch(r -> r.status() == Status.NO_OUTCOME));

        // the same through the command line: one CSV line per row with --all, per row with a concept without
        CliTest.Result all = CliTest.run("panel", "--csv", "--all", plan.file(), review.file());
        assertEquals(0, all.code(), all.err());
        assertEquals(rows.size() + 1, all.out().split("\r\n").length);
        CliTest.Result r = CliTest.run("panel", "--csv", plan.file(), review.file());
        assertEquals(0, r.code(), r.err());
        assertEquals(rows.stream().filter(row -> row.concept() != null).count() + 1, r.out().split("\r\n").length);
    }

    @Test
    void the2020ReportSetsNoGrowthTargetAndThe2021ReportGivesTheOutcome() throws IOException {
        Map<Integer, PanelSource> national = national();
        PanelSource plan = national.get(2020);
        PanelSource review = national.get(2021);
        assertNotNull(plan);
        assertNotNull(review);
        List<PanelRow> rows = Panel.of(List.of(plan, review));
        List<PanelRow> none = rows.stream().filter(r -> r.status() == Status.NO_TARGET_SET).toList();
        assertEquals(plan.report().noTargets().isEmpty() ? 0 : 1, none.size(), none.toString());
        if (none.isEmpty()) {
            return;
        }
        PanelRow row = none.get(0);
        assertEquals(2020, row.year());
        assertEquals(Panel.GDP, row.concept());
        boolean gdpGiven = review.report().indicators().stream().anyMatch(i -> YearSpan.of(2020).equals(i.period())
                && (Panel.GDP.equals(i.concept()) || (i.concept() == null && Panel.GDP_NAMES.contains(i.name()))));
        assertEquals(gdpGiven, row.outcome() != null, row.toString());
        if (gdpGiven) {
            Indicator outcome = row.outcome();
            assertEquals(review.file(), row.outcomeFile());
            assertTrue(outcome.change() != null || outcome.value() != null);
        }
        assertTrue(Objects.requireNonNull(row.note()).contains("sets no target"), row.note());
    }
}
