package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Report;
import io.github.govreport.model.Section;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ReportProblem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundled sample report as it comes in other forms: a Markdown copy with YAML front matter, an HTML
 * page (its paragraphs on a few long lines, cut by {@code <p>} and {@code <br>}, with entities), and a
 * GB18030 file. Each copy is made here from the sample's own text, so nothing is copied from anywhere
 * else, and each must read as the same report as the plain text: the same metadata, section titles,
 * indicators and targets (names and value texts), tasks and notes. Offsets differ where markup stands
 * in the text, and are not compared.
 */
class SampleCopiesTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final Pattern WORK_AREA = Pattern.compile("[一二三四五六]、.{4,20}");
    private static final List<String> PARTS = List.of("2025年工作回顾", "2026年工作安排", "2026年惠民实事", "附：《政府工作报告》名词解释");

    @TempDir
    static Path dir;

    static String plain;
    static Report expected;

    @BeforeAll
    static void readSample() throws IOException {
        plain = Files.readString(ParseCommandTest.SAMPLE, StandardCharsets.UTF_8);
        expected = PARSER.parse(plain);
        assertFalse(expected.indicators().isEmpty());
        assertFalse(expected.annotations().isEmpty());
    }

    private static List<String> lines() {
        return List.of(plain.split("\n", -1));
    }

    /** Pandoc-like Markdown: front matter, # title, ## parts, ### work areas, bold leads, escaped note markers. */
    static String markdown() {
        StringBuilder s = new StringBuilder("---\ntitle: \"政府工作报告\"\nsubtitle: 吴兴区第三届人民代表大会第五次会议\nlang: zh-CN\n---\n\n");
        for (String line : lines()) {
            if (line.equals("政府工作报告")) {
                s.append("# ").append(line);
            } else if (PARTS.contains(line)) {
                s.append("## ").append(line);
            } else if (WORK_AREA.matcher(line).matches()) {
                s.append("### ").append(line);
            } else {
                int lead = line.indexOf('。');
                String body = line.replaceAll("\\[(\\d)]", "\\\\[$1\\\\]"); // [1] → \[1\]
                if (lead > 0 && lead < 16 && !line.startsWith("各位代表")) {
                    body = "**" + body.substring(0, lead + 1) + "**" + body.substring(lead + 1);
                }
                s.append(body);
            }
            s.append('\n');
        }
        return s.toString();
    }

    /**
     * An HTML page: head, the web residue and header joined by {@code <br>}, then every paragraph as a
     * {@code <p>} indented with {@code &nbsp;}, ten paragraphs to a source line, headings as {@code <h2>}
     * and {@code <h3>}, the title and speaker line with numeric entities, the meeting line's dash as
     * {@code &mdash;}.
     */
    static String html() {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "</head>\n<body>\n<div class=\"article\">");
        List<String> paragraphs = lines().stream().filter(l -> !l.isBlank()).toList();
        int body = paragraphs.indexOf("各位代表：");
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (i < body) {
                String line = p.equals("政府工作报告") ? "&#25919;&#x5E9C;工作报告"
                        : p.startsWith("——") ? "&mdash;&mdash;" + p.substring(2)
                        : p;
                s.append(i == 0 ? "" : "<br>").append(line);
                continue;
            }
            if (i % 10 == 0) {
                s.append('\n');
            }
            if (PARTS.contains(p)) {
                s.append("<h2>").append(p).append("</h2>");
            } else if (WORK_AREA.matcher(p).matches()) {
                s.append("<h3 class=\"area\">").append(p).append("</h3>");
            } else if (p.equals("</div>")) {
                s.append(p);
            } else {
                s.append("<p style=\"text-indent:2em\">&nbsp;&nbsp;").append(p).append("</p>");
            }
        }
        return s.append("\n</div>\n</body>\n</html>\n").toString();
    }

    /** What must be the same in every copy: everything but offsets. */
    static List<String> content(Report r) {
        List<String> out = new ArrayList<>();
        out.add("metadata " + r.metadata());
        sections(r.sections(), out);
        r.indicators().forEach(i -> out.add("indicator " + i.name() + "=" + text(i.value()) + "/" + text(i.change()) + " " + i.period()));
        r.targets().forEach(t -> out.add("target " + t.name() + "=" + text(t.value()) + "/" + text(t.change())
                + (t.headline() ? " H" : "") + (t.stretch() ? " S" : "") + " " + t.period()));
        r.tasks().forEach(t -> out.add("task " + t.title() + " in " + t.section() + " targets " + t.targets().size()));
        r.annotations().forEach(a -> out.add("note " + a.term() + ": " + a.definition() + " refs " + a.references().size()));
        r.noTargets().forEach(n -> out.add("no target " + n.measure()));
        return out;
    }

    private static void sections(List<Section> sections, List<String> out) {
        for (Section s : sections) {
            out.add("section " + s.level() + " " + s.title());
            sections(s.sections(), out);
        }
    }

    private static String text(ValueMention m) {
        return m == null ? "-" : m.text();
    }

    private static void assertSameReport(String copy, Report report) {
        List<String> want = content(expected);
        List<String> got = content(report);
        assertEquals(String.join("\n", want), String.join("\n", got), copy);
    }

    @Test
    void theMarkdownCopyReadsAsTheSameReport() throws IOException {
        String md = markdown();
        assertTrue(md.startsWith("---\ntitle:") && md.contains("\n## 2025年工作回顾\n") && md.contains("**推动制造业向智能化迈进。**")
                && md.contains("\\[1\\]"), "the copy is Markdown");
        Path file = Files.writeString(dir.resolve("sample.md"), md, StandardCharsets.UTF_8);
        List<ReportProblem> problems = new ArrayList<>();
        Report r = PARSER.parse(file, problems::add);
        assertSameReport("Markdown", r);
        assertTrue(problems.stream().noneMatch(p -> p.severity() == ReportProblem.Severity.ERROR), problems.toString());
        assertSpansInside(r, md);
    }

    @Test
    void theHtmlCopyReadsAsTheSameReport() throws IOException {
        String html = html();
        assertTrue(html.lines().count() < 40, "the paragraphs stand ten to a line");
        assertTrue(html.contains("&#25919;&#x5E9C;工作报告<br>") && html.contains("&nbsp;&nbsp;"), "the copy uses entities");
        Path file = Files.writeString(dir.resolve("sample.html"), html, StandardCharsets.UTF_8);
        Report r = PARSER.parse(file);
        assertSameReport("HTML", r);
        assertSpansInside(r, html);
        // a span names the text as given: the headline target's name stands there as written
        var gdp = r.headlineTargets().get(0);
        assertEquals(gdp.name(), html.substring(gdp.span().start(), gdp.span().start() + gdp.name().length()));
    }

    @Test
    void theGb18030CopyReadsAsTheSameReportWithTheSameOffsets() throws IOException {
        Path file = Files.write(dir.resolve("sample-gb18030.txt"), plain.getBytes(GB18030));
        assertFalse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("政府工作报告"), "the copy is not UTF-8");
        assertEquals(expected, PARSER.parse(file));
    }

    /** The command line over a folder holding every form, one per extension: each reads as the sample. */
    @Test
    void aFolderOfEveryFormGivesTheSameReportForEach() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("forms"));
        Files.writeString(folder.resolve("a.txt"), plain, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.md"), markdown(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("c.markdown"), markdown(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("d.html"), html(), StandardCharsets.UTF_8);
        Files.write(folder.resolve("e.htm"), html().getBytes(GB18030));
        Files.write(folder.resolve("f.TXT"), plain.getBytes(GB18030));
        Files.writeString(folder.resolve("g.doc"), plain, StandardCharsets.UTF_8);

        CliTest.Result r = CliTest.run("parse", folder.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("govreport: " + folder.resolve("g.doc") + ": skipped, not a report file (.txt, .md, .markdown, .html or .htm)"),
                r.errLines());
        List<String> lines = r.outLines();
        assertEquals(6, lines.size());
        JsonNode first = withoutOffsets(ParseCommandTest.PLAIN.readTree(lines.get(0)));
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            JsonNode node = ParseCommandTest.PLAIN.readTree(line);
            names.add(Path.of(node.get("file").stringValue()).getFileName().toString());
            ((ObjectNode) node).remove("file");
            ((ObjectNode) first).remove("file");
            assertEquals(first, withoutOffsets(node), node.toString().substring(0, 80));
        }
        assertEquals(List.of("a.txt", "b.md", "c.markdown", "d.html", "e.htm", "f.TXT"), names);

        // summary and values read the same folder
        CliTest.Result summary = CliTest.run("summary", folder.toString());
        assertEquals(0, summary.code(), summary.err());
        assertEquals(6, summary.out().split("\n== ").length);
        String one = CliTest.run("summary", folder.resolve("a.txt").toString()).out();
        assertTrue(summary.out().endsWith(one), "the last summary is the GB18030 copy's, the same as the plain text's");
        CliTest.Result values = CliTest.run("values", folder.toString());
        assertEquals(0, values.code(), values.err());
        long inPlain = CliTest.run("values", folder.resolve("a.txt").toString()).outLines().size();
        assertEquals(inPlain, values.outLines().stream().filter(l -> l.contains("f.TXT\"")).count());
    }

    /** Every span of the report lies inside the text, and every value's span holds its text. */
    private static void assertSpansInside(Report r, String text) {
        List<io.github.govreport.core.Span> spans = new ArrayList<>();
        r.indicators().forEach(i -> spans.add(i.span()));
        r.targets().forEach(t -> spans.add(t.span()));
        r.tasks().forEach(t -> spans.add(t.span()));
        r.annotations().forEach(a -> spans.add(a.span()));
        for (io.github.govreport.core.Span s : spans) {
            assertTrue(s.start() >= 0 && s.start() <= s.end() && s.end() <= text.length(), s.toString());
        }
        for (ValueMention m : r.values()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
    }

    /** The JSON with every {@code start} and {@code end} field removed, recursively. */
    static JsonNode withoutOffsets(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("start");
            o.remove("end");
        }
        for (JsonNode child : node.values()) {
            strip(child);
        }
    }
}
