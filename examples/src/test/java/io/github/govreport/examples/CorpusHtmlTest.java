package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.ValueMention;
import io.github.govreport.parser.ValueParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@code govreport html} and {@code panel --html} over the shared corpus of real reports; skipped where
 * the corpus is absent. Nothing of the corpus is stored in the project.
 */
class CorpusHtmlTest {

    static List<Path> reports() throws IOException {
        Path folder = CorpusParseTest.corpus();
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void everyReportGivesAWellFormedPageWithEveryMentionMarked() throws IOException {
        List<Path> files = reports();
        assertEquals(36, files.size(), "the corpus holds 36 reports");
        ValueParser values = ValueParser.standard();
        for (Path file : files) {
            CliTest.Result r = CliTest.run("html", file.toString());
            assertEquals(0, r.code(), file + ": " + r.err());
            HtmlPages.wellFormed(r.out(), file.toString());
            Document page = HtmlPages.jsoup(r.out());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            List<ValueMention> mentions = values.findAll(text);
            List<Element> marked = page.select(".report-text .v");
            assertEquals(mentions.size(), marked.size(), file.toString());
            for (int i = 0; i < mentions.size(); i++) {
                assertEquals(mentions.get(i).text(), marked.get(i).wholeText(), file + " mention " + (i + 1));
                assertEquals(mentions.get(i).start(), Integer.parseInt(marked.get(i).attr("data-start")), file.toString());
            }
            HtmlPages.assertLinksResolve(page, file.toString());
        }
    }

    @Test
    void thePanelOfTheWholeCorpusIsWellFormedWithOneMarkPerYearAndConcept() throws IOException {
        Path folder = CorpusParseTest.corpus();
        CliTest.Result r = CliTest.run("panel", "--html", folder.toString());
        assertEquals(0, r.code(), r.err());
        HtmlPages.wellFormed(r.out(), "corpus panel");
        Document page = HtmlPages.jsoup(r.out());
        List<Element> figures = page.select("figure.chart");
        assertFalse(figures.isEmpty(), "the ten national reports give charts");
        int marks = 0;
        for (Element figure : figures) {
            Map<String, Integer> years = new TreeMap<>();
            for (Element mark : figure.select("a.year-mark")) {
                assertEquals(figure.attr("data-concept"), mark.attr("data-concept"));
                years.merge(mark.attr("data-year"), 1, Integer::sum);
                marks++;
            }
            assertTrue(years.size() >= 2, figure.attr("data-concept"));
            assertTrue(years.values().stream().allMatch(n -> n == 1), "one mark per year: " + years);
        }
        // in each region, the table's rows of a concept with two or more years are the marks of its chart
        int expected = 0;
        for (Element region : page.select("section.region")) {
            Map<String, List<String>> byConcept = new TreeMap<>();
            for (Element tr : region.select("table.panel-table tbody tr")) {
                String concept = tr.child(2).text();
                if (!concept.equals("-")) {
                    byConcept.computeIfAbsent(concept, k -> new ArrayList<>()).add(tr.id());
                }
            }
            for (Map.Entry<String, List<String>> e : byConcept.entrySet()) {
                List<String> marked = region.select("figure.chart[data-concept=" + e.getKey() + "] a.year-mark").stream()
                        .map(a -> a.attr("href").substring(1)).toList();
                assertEquals(e.getValue().size() >= 2 ? e.getValue() : List.of(), marked, e.getKey());
                expected += marked.size();
            }
        }
        assertEquals(expected, marks);
        HtmlPages.assertLinksResolve(page, "corpus panel");
    }
}
