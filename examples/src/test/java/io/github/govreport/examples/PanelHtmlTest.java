package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Qualifier;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@code govreport panel --html}: charts and table over three invented reports, checked without a browser. */
class PanelHtmlTest {

    static final ReportParser PARSER = ReportParser.builder().build();

    static List<String> args(List<Path> files) {
        List<String> args = new ArrayList<>(List.of("panel", "--html"));
        files.forEach(f -> args.add(f.toString()));
        return args;
    }

    /** The rows of each concept with rows in two or more years, by region and concept: what gets a chart. */
    static Map<String, TreeMap<Integer, PanelRow>> charted(List<PanelRow> rows) {
        Map<String, TreeMap<Integer, PanelRow>> byChart = new LinkedHashMap<>();
        for (PanelRow r : rows) {
            if (r.concept() != null) {
                byChart.computeIfAbsent(r.region() + "|" + r.level() + "|" + r.concept(), k -> new TreeMap<>()).putIfAbsent(r.year(), r);
            }
        }
        byChart.values().removeIf(years -> years.size() < 2);
        return byChart;
    }

    static List<PanelRow> panel(List<Path> files) throws IOException {
        List<PanelSource> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(new PanelSource(f.toString(), PARSER.parse(Files.readString(f, StandardCharsets.UTF_8))));
        }
        return Panel.of(sources);
    }

    @Test
    void eachConceptWithTwoYearsHasAChartWithOneMarkPerYear() throws IOException {
        List<Path> files = HtmlPages.panelReports();
        CliTest.Result r = CliTest.run(args(files).toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        HtmlPages.wellFormed(r.out(), "panel page");
        Document page = HtmlPages.jsoup(r.out());
        List<PanelRow> rows = panel(files);
        Map<String, TreeMap<Integer, PanelRow>> charted = charted(rows);
        assertTrue(charted.size() >= 5, charted.keySet().toString());
        List<Element> figures = page.select("figure.chart");
        assertEquals(charted.size(), figures.size());
        int i = 0;
        for (Map.Entry<String, TreeMap<Integer, PanelRow>> chart : charted.entrySet()) {
            Element figure = figures.get(i++);
            String concept = chart.getKey().substring(chart.getKey().lastIndexOf('|') + 1);
            assertEquals(concept, figure.attr("data-concept"));
            List<Element> marks = figure.select("a.year-mark");
            assertEquals(new ArrayList<>(chart.getValue().keySet()),
                    marks.stream().map(m -> Integer.parseInt(m.attr("data-year"))).toList(), concept);
            for (Element mark : marks) {
                PanelRow row = chart.getValue().get(Integer.parseInt(mark.attr("data-year")));
                assertEquals(concept, mark.attr("data-concept"));
                assertEquals(row.status().name(), mark.attr("data-status"));
                assertShapes(mark, row);
                // the mark links to its row of the table, and says what it shows in words
                Element tr = page.getElementById(mark.attr("href").substring(1));
                assertNotNull(tr, mark.attr("href"));
                assertEquals(Integer.toString(row.year()), tr.attr("data-year"));
                assertTrue(mark.attr("aria-label").startsWith(row.year() + ": "), mark.attr("aria-label"));
                assertTrue(mark.attr("aria-label").contains(row.status().name()), mark.attr("aria-label"));
                assertEquals(mark.attr("aria-label"), mark.selectFirst("title").text());
            }
        }
    }

    /** The verdict is told by the outcome's shape; the target's shape says what kind of target it is. */
    private static void assertShapes(Element mark, PanelRow row) {
        String where = row.toString();
        assertEquals(row.status() == Status.REACHED ? 1 : 0, mark.select("circle.out.reached").size(), where);
        assertEquals(row.status() == Status.MISSED ? 1 : 0, mark.select("path.out.missed").size(), where);
        assertEquals(row.status() == Status.APPROX ? 1 : 0, mark.select("path.out.approx").size(), where);
        assertEquals(row.status() == Status.NO_OUTCOME ? 0 : 1, mark.select(".out").size(), where);
        Qualifier q = (row.target().change() != null ? row.target().change() : row.target().value()).value().qualifier();
        boolean range = q == Qualifier.RANGE;
        boolean approx = q == Qualifier.APPROX || q == Qualifier.NEARLY;
        assertEquals(range ? 1 : 0, mark.select("rect.band:not(.approx)").size(), where);
        assertEquals(approx ? 1 : 0, mark.select("rect.band.approx").size(), where);
        assertEquals(!range && !approx ? 1 : 0, mark.select("line.goal").size(), where);
        String word = switch (row.status()) {
            case REACHED -> "reached";
            case MISSED -> "missed";
            case APPROX -> "approx";
            default -> "no outcome";
        };
        assertTrue(mark.select("text.status").text().contains(word), where);
    }

    @Test
    void theTableHasEveryRowAndLinksToTheSentencesRead() throws IOException {
        List<Path> files = HtmlPages.panelReports();
        Document page = HtmlPages.jsoup(CliTest.run(args(files).toArray(String[]::new)).out());
        List<PanelRow> rows = panel(files);
        List<Element> trs = page.select("table.panel-table tbody tr");
        assertEquals(rows.size(), trs.size());
        for (int i = 0; i < rows.size(); i++) {
            PanelRow row = rows.get(i);
            Element tr = trs.get(i);
            assertEquals("row-" + (i + 1), tr.id());
            assertEquals(Integer.toString(row.year()), tr.child(0).text());
            assertEquals(row.name(), tr.child(1).text());
            assertTrue(tr.child(5).text().contains(row.status() == Status.NO_OUTCOME ? "no outcome" : row.status().name().toLowerCase().substring(0, 5)),
                    tr.text());
            assertEquals(row.difference() == null ? "-" : row.difference().toPlainString(), tr.child(6).text());
            String text = Files.readString(Path.of(row.targetFile()), StandardCharsets.UTF_8);
            Element source = page.getElementById(tr.child(3).selectFirst("a").attr("href").substring(1));
            assertNotNull(source);
            assertEquals(row.target().span().of(text), source.selectFirst("mark").text());
            assertTrue(source.text().contains(row.targetFile() + " " + row.target().span().start() + "-" + row.target().span().end()));
            if (row.outcome() != null) {
                String outcomeText = Files.readString(Path.of(row.outcomeFile()), StandardCharsets.UTF_8);
                Element outcome = page.getElementById(tr.child(4).selectFirst("a").attr("href").substring(1));
                assertEquals(row.outcome().span().of(outcomeText), outcome.selectFirst("mark").text());
            } else {
                assertTrue(tr.child(4).select("a").isEmpty());
            }
        }
        HtmlPages.assertLinksResolve(page, "panel");
    }

    @Test
    void theOverviewShowsEachConceptAcrossRegionsWithTheDifferenceOfEachYear() throws IOException {
        List<Path> files = HtmlPages.panelReports();
        Document page = HtmlPages.jsoup(CliTest.run(args(files).toArray(String[]::new)).out());
        List<PanelRow> rows = panel(files);
        // what should be there: the rows with an outcome, by concept, region and year
        Map<String, Map<String, PanelRow>> expected = new LinkedHashMap<>();
        for (PanelRow r : rows) {
            if (r.concept() != null && r.outcome() != null) {
                expected.computeIfAbsent(r.concept(), k -> new LinkedHashMap<>()).putIfAbsent(r.region() + "|" + r.year(), r);
            }
        }
        expected.values().removeIf(cells -> cells.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).distinct().count() < 2);
        assertEquals(List.of("gdp", "urban-new-jobs"), new ArrayList<>(expected.keySet()), "the concepts with outcomes in both regions");
        List<Element> figures = page.select("#overview figure.overview");
        assertEquals(new ArrayList<>(expected.keySet()), figures.stream().map(f -> f.attr("data-concept")).toList());
        for (Element figure : figures) {
            Map<String, PanelRow> cells = expected.get(figure.attr("data-concept"));
            List<Element> links = figure.select("a.cell");
            assertEquals(cells.size(), links.size(), figure.attr("data-concept"));
            for (Element a : links) {
                String region = a.attr("data-region");
                PanelRow row = cells.get(region.substring(0, region.indexOf(" (")) + "|" + a.attr("data-year"));
                assertNotNull(row, region + " " + a.attr("data-year"));
                assertEquals(row.status().name(), a.attr("data-status"));
                Element tr = page.getElementById(a.attr("href").substring(1));
                assertEquals(Integer.toString(row.year()), tr.attr("data-year"));
                assertEquals(row.name(), tr.child(1).text(), "the cell links to its own row");
                String shown = a.selectFirst("text").text();
                String sign = switch (row.status()) {
                    case REACHED -> "●";
                    case MISSED -> "✕";
                    case APPROX -> "◆";
                    default -> "□";
                };
                assertTrue(shown.startsWith(sign), shown + " for " + row);
                String difference = row.difference() == null ? "" : row.difference().toPlainString();
                assertTrue(shown.equals(sign) || shown.equals(sign + (row.difference().signum() > 0 ? "+" : "") + difference), shown);
                assertTrue(a.attr("aria-label").contains(row.status().name()) && a.attr("aria-label").contains(difference), a.attr("aria-label"));
            }
        }
        Element gdp = page.selectFirst("figure.overview[data-concept=gdp]");
        assertEquals("◆+0.4", gdp.selectFirst("a.cell[data-region=海盐县 (COUNTY)][data-year=2024] text").text());
        assertEquals("✕-0.3", gdp.selectFirst("a.cell[data-region=海盐县 (COUNTY)][data-year=2025] text").text());
    }

    @Test
    void amountsAreLabelledInTheMagnitudeTheReportWrites() throws IOException {
        Document page = HtmlPages.jsoup(CliTest.run(args(HtmlPages.panelReports()).toArray(String[]::new)).out());
        Element investment = page.selectFirst("figure.chart[data-concept=fixed-asset-investment]");
        assertTrue(investment.selectFirst("figcaption").text().endsWith("亿元 (quantity)"), investment.selectFirst("figcaption").text());
        List<String> ticks = investment.select("svg > text[text-anchor=end]").eachText();
        assertFalse(ticks.isEmpty());
        for (String t : ticks) {
            int n = Integer.parseInt(t);
            assertTrue(n >= 250 && n <= 400, "a tick in 亿: " + t + " of " + ticks);
        }
        Element grain = page.selectFirst("figure.chart[data-concept=grain-output]");
        assertTrue(grain.selectFirst("figcaption").text().endsWith("万吨 (quantity)"), grain.selectFirst("figcaption").text());
        for (String t : grain.select("svg > text[text-anchor=end]").eachText()) {
            assertTrue(t.length() <= 5 && new java.math.BigDecimal(t).compareTo(new java.math.BigDecimal(30)) < 0, "a tick in 万: " + t);
        }
        Element rates = page.selectFirst("figure.chart[data-concept=gdp]");
        assertTrue(rates.selectFirst("figcaption").text().endsWith("% (percent)"), rates.selectFirst("figcaption").text());
    }

    @Test
    void csvAndHtmlTogetherAreAUsageError() {
        CliTest.Result r = CliTest.run("panel", "--csv", "--html", HtmlPages.panelReports().get(0).toString());
        assertEquals(Cli.USAGE, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("govreport: panel: give --csv or --html, not both"), r.err());
    }

    @Test
    void aSingleYearGivesNoChartButTheTable() {
        CliTest.Result r = CliTest.run("panel", "--html", HtmlPages.panelReports().get(2).toString());
        assertEquals(0, r.code(), r.err());
        HtmlPages.wellFormed(r.out(), "one report");
        Document page = HtmlPages.jsoup(r.out());
        assertTrue(page.select("figure.chart").isEmpty());
        assertFalse(page.select("table.panel-table tbody tr").isEmpty());
        assertTrue(page.text().contains("no chart"), page.text());
    }
}
