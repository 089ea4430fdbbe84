package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Span;
import io.github.govreport.model.Annotation;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Report;
import io.github.govreport.model.Section;
import io.github.govreport.model.Target;
import io.github.govreport.model.Task;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ValueParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@code govreport html}: the page of the sample report, checked without a browser. */
class HtmlCommandTest {

    static final ReportParser PARSER = ReportParser.builder().build();
    static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    static String sampleText() throws IOException {
        return Files.readString(HtmlPages.SAMPLE, StandardCharsets.UTF_8);
    }

    static Document samplePage() {
        CliTest.Result r = CliTest.run("html", HtmlPages.SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        HtmlPages.wellFormed(r.out(), "sample page");
        return HtmlPages.jsoup(r.out());
    }

    /** The {@code values} command's lines for a file: what the parser read, in another writer's words. */
    static List<JsonNode> values(Path file) {
        CliTest.Result r = CliTest.run("values", file.toString());
        assertEquals(0, r.code(), r.err());
        return r.outLines().stream().map(JSON::readTree).toList();
    }

    @Test
    void everyMentionOfTheSampleIsMarkedWithItsValueAndTheTextIsKeptAsRead() throws IOException {
        Document page = samplePage();
        List<JsonNode> values = values(HtmlPages.SAMPLE);
        assertTrue(values.size() > 100, "the sample states many values: " + values.size());
        HtmlPages.assertMentionsMatch(page, values, "sample");
        // the marks add elements, never text: the page's text is the report's, char for char
        assertEquals(sampleText(), page.selectFirst(".report-text").wholeText());
        // every kind the sample has gets its own class, and each mark its cue
        for (Element v : page.select(".report-text .v")) {
            String kind = v.attr("data-kind").toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            assertTrue(v.hasClass("k-" + kind), v.outerHtml());
            assertFalse(v.attr("data-cue").isEmpty(), v.outerHtml());
            assertEquals(!v.attr("data-change").isEmpty(), v.attr("data-cue").matches(".*[▲▼]"), v.outerHtml());
        }
    }

    @Test
    void theOutlineLinksToEveryHeadingInTheText() throws IOException {
        Document page = samplePage();
        Report report = PARSER.parse(sampleText());
        List<Section> sections = new ArrayList<>();
        report.sections().forEach(s -> flatten(s, sections));
        List<Element> links = page.select("nav.outline ol a");
        assertEquals(sections.size(), links.size());
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            Element link = links.get(i);
            assertEquals(s.title(), link.text());
            Element heading = page.getElementById(link.attr("href").substring(1));
            assertNotNull(heading, link.outerHtml());
            assertEquals("heading", heading.attr("role"));
            assertEquals(Integer.toString(s.level() + 2), heading.attr("aria-level"));
            assertTrue(heading.wholeText().contains(s.title()), heading.wholeText() + " / " + s.title());
            assertEquals(s.span().start(), offsetOf(page, heading), s.title());
        }
        HtmlPages.assertLinksResolve(page, "sample");
    }

    private static void flatten(Section s, List<Section> into) {
        into.add(s);
        s.sections().forEach(c -> flatten(c, into));
    }

    /** Where an element of the text starts: the length of the text before it. */
    private static int offsetOf(Document page, Element e) {
        Element text = page.selectFirst(".report-text");
        StringBuilder before = new StringBuilder();
        for (org.jsoup.nodes.Node n = e; n != text; n = n.parent()) {
            for (org.jsoup.nodes.Node sibling = n.previousSibling(); sibling != null; sibling = sibling.previousSibling()) {
                before.insert(0, sibling instanceof Element el ? el.wholeText() : ((org.jsoup.nodes.TextNode) sibling).getWholeText());
            }
        }
        return before.length();
    }

    @Test
    void everyIndicatorAndTargetRowLinksToItsMeasureInTheText() throws IOException {
        String text = sampleText();
        Document page = samplePage();
        Report report = PARSER.parse(text);
        List<Element> indicatorRows = page.select("#indicators tbody tr");
        assertEquals(report.indicators().size(), indicatorRows.size());
        for (int i = 0; i < indicatorRows.size(); i++) {
            Indicator ind = report.indicators().get(i);
            Element row = indicatorRows.get(i);
            Element measure = linked(page, row);
            assertTrue(measure.hasClass("m-result"), measure.outerHtml());
            assertEquals(ind.span().of(text), measure.wholeText());
            assertEquals(ind.span().start(), offsetOf(page, measure));
            assertTrue(row.text().contains(ind.name()), row.text());
            assertTrue(row.select("td").get(2).text().equals(ind.concept() == null ? "-" : ind.concept()), row.text());
        }
        List<Element> targetRows = page.select("#targets tbody tr");
        assertEquals(report.targets().size(), targetRows.size());
        for (int i = 0; i < targetRows.size(); i++) {
            Target t = report.targets().get(i);
            Element row = targetRows.get(i);
            Element measure = linked(page, row);
            assertEquals(t.headline(), measure.hasClass("m-headline"), measure.outerHtml());
            assertEquals(!t.headline(), measure.hasClass("m-goal"), measure.outerHtml());
            assertEquals(t.stretch(), measure.hasClass("m-stretch"), measure.outerHtml());
            assertEquals(t.span().of(text), measure.wholeText());
            assertEquals(t.headline(), row.text().contains("★ headline"), row.text());
            if (t.change() != null) {
                assertTrue(row.select("td").get(5).text().startsWith(t.change().text()), row.text());
            }
        }
        assertEquals(report.headlineTargets().size(), page.select(".report-text .m-headline").size());
    }

    private static Element linked(Document page, Element row) {
        Element a = row.selectFirst("a[href]");
        assertNotNull(a, row.outerHtml());
        Element target = page.getElementById(a.attr("href").substring(1));
        assertNotNull(target, a.outerHtml());
        return target;
    }

    @Test
    void tasksAndNoteReferencesAreLinked() throws IOException {
        String text = sampleText();
        Document page = samplePage();
        Report report = PARSER.parse(text);
        List<Element> taskLinks = page.select("#tasks li > a");
        assertEquals(report.tasks().size(), taskLinks.size());
        for (int i = 0; i < taskLinks.size(); i++) {
            Task t = report.tasks().get(i);
            Element mark = page.getElementById(taskLinks.get(i).attr("href").substring(1));
            assertNotNull(mark);
            assertEquals(t.title(), mark.wholeText());
        }
        assertFalse(report.annotations().isEmpty());
        for (int i = 0; i < report.annotations().size(); i++) {
            Annotation a = report.annotations().get(i);
            Element note = page.getElementById("note-" + (i + 1));
            assertNotNull(note);
            assertEquals(a.span().of(text), note.wholeText());
            for (int r = 0; r < a.references().size(); r++) {
                Span ref = a.references().get(r);
                Element link = page.getElementById("ref-" + (i + 1) + "-" + (r + 1));
                assertNotNull(link, a.term());
                assertEquals("#note-" + (i + 1), link.attr("href"));
                assertEquals(ref.of(text), link.wholeText());
                assertEquals(ref.start(), offsetOf(page, link));
            }
        }
    }

    @Test
    void thePageNeedsNothingFromANetworkAndUsesTheSystemsFonts() {
        CliTest.Result r = CliTest.run("html", HtmlPages.SAMPLE.toString());
        Document page = HtmlPages.jsoup(r.out());
        assertTrue(page.select("script, link, img, iframe, object, embed, [src]").isEmpty(), "nothing is loaded");
        String style = page.select("style").html();
        assertFalse(style.contains("url(") || style.contains("@import") || style.contains("@font-face"), "no external resource");
        assertFalse(r.out().contains("http://") || r.out().contains("https://"), "no address at all");
        assertTrue(style.contains("\"PingFang SC\"") && style.contains("\"Microsoft YaHei\"") && style.contains("\"Noto Sans CJK SC\""),
                "Chinese system fonts by name");
        assertTrue(style.contains("@media (max-width"), "a layout for phones");
        assertEquals("width=device-width, initial-scale=1", page.selectFirst("meta[name=viewport]").attr("content"));
        assertEquals("zh-Hans", page.selectFirst("html").attr("lang"));
    }

    @Test
    void markupInTheReportIsShownAsTextAndForbiddenCharsGetAStandIn() throws IOException {
        String text = "政府工作报告\n\n各位代表：\n\n<script>alert(\"1\")</script> & 全区地区生产总值增长6.5%\f新增就业1.2万人\u0001\u0085。\n";
        Path file = Files.writeString(dir.resolve("markup.txt"), text, StandardCharsets.UTF_8);
        CliTest.Result r = CliTest.run("html", file.toString());
        assertEquals(0, r.code(), r.err());
        HtmlPages.wellFormed(r.out(), "markup page");
        Document page = HtmlPages.jsoup(r.out());
        assertTrue(page.select("script").isEmpty(), "the report's markup is text");
        String shown = page.selectFirst(".report-text").wholeText();
        // one char for one char: the form feed is ␌, U+0001 is ␁, the C1 control U+0085 is U+FFFD
        assertEquals(text.replace('\f', '\u240C').replace('\u0001', '\u2401').replace('\u0085', '\uFFFD'), shown);
        assertEquals(ValueParser.standard().findAll(text).size(), page.select(".report-text .v").size());
    }

    @Test
    void oneFileOnlyAndErrorsInOneLine() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "各位代表：全区地区生产总值增长6.5%", StandardCharsets.UTF_8);
        CliTest.Result two = CliTest.run("html", a.toString(), a.toString());
        assertEquals(Cli.USAGE, two.code());
        assertTrue(two.err().startsWith("govreport: html: give one FILE"), two.err());
        CliTest.Result folder = CliTest.run("html", dir.toString());
        assertEquals(Cli.USAGE, folder.code());
        CliTest.Result missing = CliTest.run("html", dir.resolve("none.txt").toString());
        assertEquals(Cli.INPUT_ERROR, missing.code());
        assertEquals("", missing.out());
        assertEquals("govreport: " + dir.resolve("none.txt") + ": no such file\n", missing.err());
        CliTest.Result stdin = CliTest.run(new java.io.ByteArrayInputStream("各位代表：新增就业1.2万人".getBytes(StandardCharsets.UTF_8)), "html");
        assertEquals(0, stdin.code(), stdin.err());
        assertEquals(1, HtmlPages.jsoup(stdin.out()).select(".report-text .v").size());
        assertTrue(stdin.out().contains("&lt;stdin&gt;"), "the file is named");
    }
}
