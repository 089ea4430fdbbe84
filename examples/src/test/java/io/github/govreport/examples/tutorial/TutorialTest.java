package io.github.govreport.examples.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.panel.Panel;
import io.github.govreport.model.panel.PanelRow;
import io.github.govreport.model.panel.PanelSource;
import io.github.govreport.parser.ReportParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each tutorial's {@code main} on the bundled sample, as a student would, and checks what it prints.
 * Maven runs tests in the {@code examples} folder, so this also checks that the tutorials find the sample
 * from there without arguments.
 */
class TutorialTest {

    static final Path SAMPLE = Path.of("sample/sample-report.txt");

    @TempDir
    Path dir;

    /** What a main printed on standard output and standard error. */
    record Printed(String out, String err) {}

    /** Runs a main with System.out and System.err captured; the tutorials print UTF-8. */
    static synchronized Printed capture(Consumer<String[]> main, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            main.accept(args);
        } finally {
            System.out.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Printed(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readOneValuePrintsThePartsOfAValue() {
        String out = capture(ReadOneValue::main).out();
        assertTrue(out.startsWith("ValueParser.parse(\"同比增长8.1%\")\n"), out);
        assertTrue(out.contains("  kind:      PERCENT\n  number:    8.1\n  unit:      % (RATIO)\n"
                + "  qualifier: EXACT\n  change:    UP, basis 同比\n"), out);
        // findAll on the sentence: each mention with its offsets, which cut it out of the sentence
        assertTrue(out.contains("[10,17) 356.7亿元\n  kind:      QUANTITY\n  number:    35670000000\n"), out);
        assertEquals("356.7亿元", ReadOneValue.SENTENCE.substring(10, 17));
        assertTrue(out.contains("1.2万人以上\n  kind:      QUANTITY\n  number:    12000\n  unit:      人 (PERSON)\n"
                + "  qualifier: AT_LEAST\n"), out);

        String other = capture(ReadOneValue::main, "5-10万人").out();
        assertTrue(other.contains("  number:    from 50000 to 100000\n"), other);
        assertTrue(other.contains("  qualifier: RANGE\n"), other);
    }

    @Test
    void printTargetsPrintsTheHeadlineTargetsFirst() {
        Printed p = capture(PrintTargets::main);
        String out = p.out();
        assertEquals("", p.err());
        int headline = out.indexOf("Headline targets");
        int gdp = out.indexOf("  地区生产总值: 增长6%左右\n");
        int others = out.indexOf("Other targets:");
        int firms = out.indexOf("  新增高新技术企业: 5-10家\n");
        assertTrue(0 <= headline && headline < gdp && gdp < others && others < firms, out);
        assertTrue(out.contains("  城镇调查失业率: 5.5%以内\n"), out);
        assertTrue(out.contains("(stretch goal)"), out);
        assertTrue(out.startsWith(SAMPLE + ": 湖州市吴兴区, targets for 2026\n"), out);
        // the same with the path given
        assertEquals(out, capture(PrintTargets::main, SAMPLE.toString()).out());
    }

    @Test
    void compareTargetsWithOutcomesOnTheSampleUsesTheInventedNextYear() {
        Printed p = capture(CompareTargetsWithOutcomes::main);
        String out = p.out();
        assertEquals("", p.err());
        assertTrue(out.startsWith("No reports given: the sample " + SAMPLE + " (for 2026) against an invented report\n"), out);
        assertTrue(out.contains("湖州市吴兴区 2026 城镇新增就业: target 1.1万人以上, outcome 1.15万人 -> REACHED (difference 500)\n"), out);
        assertTrue(out.contains("湖州市吴兴区 2026 一般公共预算收入: target 增长5%以上, outcome 增长6.3% -> REACHED (difference 1.3)\n"), out);
        assertTrue(out.contains("湖州市吴兴区 2026 固定资产投资: target 增长8%, outcome 增长7.1% -> MISSED (difference -0.9)\n"), out);
        // 左右: no verdict, only the difference; a fall is negative
        assertTrue(out.contains("湖州市吴兴区 2026 单位地区生产总值能耗: target 下降2.5%左右, outcome 下降2.6% -> APPROX (difference -0.1)\n"), out);
        assertTrue(out.contains("湖州市吴兴区 2026 农村居民人均可支配收入: target 增长5%-5.5%, outcome 增长5.9% -> MISSED (difference 0.4) [above the range]\n"), out);
        // the invented report's own targets for 2027 have no next report
        assertTrue(out.contains("湖州市吴兴区 2027 城镇新增就业: target 1.2万人以上, no outcome -> NO_OUTCOME [no report given reviews 2027 for 湖州市吴兴区]\n"), out);
        assertTrue(out.matches("(?s).*\n8 of \\d+ targets found an outcome\n"), out);
    }

    @Test
    void compareTargetsWithOutcomesPairsTheReportsGivenInAnyOrder() throws IOException {
        // an invented "next year's report": the sample moved on a year, with its own figures for 2026
        String next = CompareTargetsWithOutcomes.NEXT_YEAR
                .replace("城镇新增就业1.15万人", "城镇新增就业1.05万人")
                .replace("固定资产投资增长7.1%", "固定资产投资下降2.3%");
        Path review = Files.writeString(dir.resolve("next.txt"), next, StandardCharsets.UTF_8);
        Printed p = capture(CompareTargetsWithOutcomes::main, review.toString(), SAMPLE.toString());
        String out = p.out();
        assertEquals("", p.err());
        assertFalse(out.contains("No reports given"), out);
        assertTrue(out.contains("湖州市吴兴区 2026 城镇新增就业: target 1.1万人以上, outcome 1.05万人 -> MISSED (difference -500)\n"), out);
        assertTrue(out.contains("湖州市吴兴区 2026 固定资产投资: target 增长8%, outcome 下降2.3% -> MISSED (difference -10.3)\n"), out);
        // the same reports, the sample alone: nothing reviews 2026
        String alone = capture(CompareTargetsWithOutcomes::main, SAMPLE.toString()).out();
        assertTrue(alone.contains("湖州市吴兴区 2026 地区生产总值: target 增长6%左右, no outcome -> NO_OUTCOME"), alone);
        assertTrue(alone.contains("\n0 of "), alone);
    }

    @Test
    void describeSaysTheVerdictInOneLine() {
        ReportParser parser = ReportParser.builder().build();
        String plan = "政府工作报告\n\n——2025年1月10日在海盐县第一届人民代表大会第二次会议上\n\n各位代表：\n\n"
                + "2025年工作安排\n\n全县经济社会发展的主要预期目标是：居民消费价格涨幅3%左右。\n";
        String review = "政府工作报告\n\n——2026年1月9日在海盐县第一届人民代表大会第三次会议上\n\n各位代表：\n\n"
                + "2025年工作回顾\n\n全县居民消费价格涨幅上涨0.4%。\n";
        List<PanelRow> rows = Panel.of(List.of(
                new PanelSource("a.txt", parser.parse(plan)), new PanelSource("b.txt", parser.parse(review))));
        assertEquals(1, rows.size(), rows.toString());
        // a rate of growth (涨幅) is compared as a rise; 左右 draws no line, so only the difference is told
        assertEquals("target 3%左右, outcome 上涨0.4% -> APPROX (difference -2.6)",
                CompareTargetsWithOutcomes.describe(rows.get(0)));
    }

    @Test
    void folderToCsvWritesOneTableWithAFileColumn() throws IOException {
        String out = capture(FolderToCsv::main).out();
        assertTrue(out.startsWith("file,type,name,concept,period,value,value_unit,value_kind,value_qualifier,change,change_unit,change_kind,change_qualifier,headline,stretch\r\n"), out);
        assertTrue(out.contains("\r\nsample-report.txt,indicator,地区生产总值,gdp,2025,35670000000,元,QUANTITY,EXACT,6.5,%,PERCENT,EXACT,,\r\n"), out);
        assertTrue(out.contains("\r\nsample-report.txt,target,城镇新增就业,urban-new-jobs,2026,11000,人,QUANTITY,AT_LEAST,,,,,true,false\r\n"), out);

        Path folder = dir.resolve("reports");
        Files.createDirectories(folder.resolve("sub"));
        Files.copy(SAMPLE, folder.resolve("a.txt"));
        Files.copy(SAMPLE, folder.resolve("sub").resolve("b.txt"));
        Files.writeString(folder.resolve("readme.md"), "not a report");
        Path csv = dir.resolve("all.csv");
        Printed p = capture(FolderToCsv::main, folder.toString(), csv.toString());
        assertEquals("", p.out());
        List<String> lines = List.of(Files.readString(csv).split("\r\n"));
        long rowsPerReport = out.split("\r\n").length - 1;
        assertEquals(1 + 2 * rowsPerReport, lines.size());
        assertTrue(lines.get(1).startsWith("a.txt,indicator,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith(Path.of("sub", "b.txt") + ",target,"), lines.get(lines.size() - 1));
        assertTrue(p.err().startsWith("reports: 2, rows: " + 2 * rowsPerReport), p.err());
        assertTrue(p.err().contains("not read as reports: readme.md"), p.err());
    }

    @Test
    void folderToCsvReadsAMarkdownFolderInAnyEncoding() throws IOException {
        String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Path folder = dir.resolve("markdown");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("2025.md"), "---\ntitle: 政府工作报告\n---\n\n" + sample, StandardCharsets.UTF_8);
        Files.write(folder.resolve("2026.markdown"), sample.getBytes(java.nio.charset.Charset.forName("GB18030")));
        Path csv = dir.resolve("md.csv");
        Printed p = capture(FolderToCsv::main, folder.toString(), csv.toString());
        List<String> lines = List.of(Files.readString(csv).split("\r\n"));
        assertTrue(lines.get(1).startsWith("2025.md,indicator,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("2026.markdown,target,"), lines.get(lines.size() - 1));
        assertEquals(lines.stream().filter(l -> l.startsWith("2025.md,")).count(),
                lines.stream().filter(l -> l.startsWith("2026.markdown,")).count());
        assertTrue(p.err().startsWith("reports: 2, rows: " + (lines.size() - 1)), p.err());
    }

    /** Run as a process: a missing file is one line on standard error and exit status 1, no stack trace. */
    @Test
    void aMissingReportIsOneLineNotAStackTrace() throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PrintTargets.class.getName(),
                        "no-such-report.txt")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue());
        assertEquals("error: no such file: no-such-report.txt\n", err.replace("\r\n", "\n"));
    }
}
