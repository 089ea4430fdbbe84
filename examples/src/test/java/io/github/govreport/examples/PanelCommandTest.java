package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Indicator;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.parser.ReportParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govreport panel}: the table, the CSV, folders, and one-line errors. */
class PanelCommandTest {

    /** Two invented reports of an invented city: the one for 2025, and the next, which reviews 2025. */
    static final String PLAN = "政府工作报告\n\n——2025年1月10日在嘉兴市第九届人民代表大会第三次会议上\n\n各位代表：\n\n"
            + "2024年工作回顾\n\n全市地区生产总值增长5.1%。\n\n2025年工作安排\n\n"
            + "全市今年的主要预期目标是：地区生产总值增长5.4%左右；城镇新增就业3万人以上；"
            + "单位地区生产总值能耗下降3%以上；城镇调查失业率5.5%以内。\n";
    static final String REVIEW = "政府工作报告\n\n——2026年1月12日在嘉兴市第九届人民代表大会第四次会议上\n\n各位代表：\n\n"
            + "2025年工作回顾\n\n全市地区生产总值增长5.6%；城镇新增就业3.2万人；单位地区生产总值能耗下降2.5%。\n\n"
            + "2026年工作安排\n\n全市今年的主要预期目标是：地区生产总值增长4.8%左右。\n";

    static final String HEADER = "region,region_code,level,year,concept,name,sense,target_text,target_file,target_start,target_end,"
            + "outcome_text,outcome_file,outcome_start,outcome_end,status,difference";

    static final ReportParser PARSER = ReportParser.builder().build();

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void theTableHasOneRowPerTargetAndCountsThemByStatus() throws IOException {
        Path plan = write("reports/a-2025.txt", PLAN);
        Path review = write("reports/a-2026.txt", REVIEW);
        CliTest.Result r = CliTest.run("panel", review.toString(), plan.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertTrue(lines.get(0).matches("region +level +year +name +concept +target +outcome +status +difference +note"),
                lines.get(0));
        assertEquals(8, lines.size(), r.out());
        assertTrue(lines.get(1).matches("嘉兴市 +CITY +2025 +地区生产总值 +\\S+ +增长5\\.4%左右 +增长5\\.6% +APPROX +0\\.2"), lines.get(1));
        assertTrue(lines.get(2).matches("嘉兴市 +CITY +2025 +城镇新增就业 +\\S+ +3万人以上 +3\\.2万人 +REACHED +2000"), lines.get(2));
        assertTrue(lines.get(3).matches("嘉兴市 +CITY +2025 +单位地区生产总值能耗 +\\S+ +下降3%以上 +下降2\\.5% +MISSED +0\\.5"), lines.get(3));
        assertTrue(lines.get(4).matches("嘉兴市 +CITY +2025 +城镇调查失业率 +\\S+ +5\\.5%以内 +- +NO_OUTCOME +- +no annual outcome for .*"),
                lines.get(4));
        assertTrue(lines.get(5).matches("嘉兴市 +CITY +2026 +地区生产总值 +\\S+ +增长4\\.8%左右 +- +NO_OUTCOME +- +no report given reviews 2026 for 嘉兴市"),
                lines.get(5));
        assertEquals("", lines.get(6));
        assertEquals("5 rows: 1 REACHED, 1 MISSED, 1 APPROX, 2 NO_OUTCOME", lines.get(7));
        // a folder gives the same panel
        assertEquals(r.out(), CliTest.run("panel", dir.resolve("reports").toString()).out());
    }

    @Test
    void theCsvHasTheHeaderExactNumbersAndOffsetsIntoTheFiles() throws IOException {
        Path plan = write("a-2025.txt", PLAN);
        Path review = write("a-2026.txt", REVIEW);
        CliTest.Result r = CliTest.run("panel", "--csv", plan.toString(), review.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\r\n", -1);
        assertEquals(HEADER, lines[0]);
        assertEquals(7, lines.length, r.out()); // header, five rows, and the empty string after the last CR LF
        assertEquals("", lines[6]);
        assertFalse(r.out().replace("\r\n", "").contains("\n"), "every line ends with CR LF");

        Report p = PARSER.parse(PLAN);
        Report v = PARSER.parse(REVIEW);
        Target jobs = p.targets().stream().filter(t -> t.name().equals("城镇新增就业")).findFirst().orElseThrow();
        Indicator jobsOutcome = v.indicators().stream().filter(i -> i.name().equals("城镇新增就业")).findFirst().orElseThrow();
        assertEquals(String.join(",", "嘉兴市", "330400", "CITY", "2025", jobs.concept() == null ? "" : jobs.concept(), "城镇新增就业", "FLOOR",
                "3万人以上", plan.toString(), Integer.toString(jobs.span().start()), Integer.toString(jobs.span().end()),
                "3.2万人", review.toString(), Integer.toString(jobsOutcome.span().start()),
                Integer.toString(jobsOutcome.span().end()), "REACHED", "2000"), lines[2]);
        assertEquals("城镇新增就业3万人以上", PLAN.substring(jobs.span().start(), jobs.span().end()));
        assertTrue(lines[3].endsWith(",下降3%以上," + plan + "," + spanOf(p, "单位地区生产总值能耗") + ",下降2.5%," + review + ","
                + spanOf(v, "单位地区生产总值能耗") + ",MISSED,0.5"), lines[3]);
        assertTrue(lines[4].endsWith(",5.5%以内," + plan + "," + spanOf(p, "城镇调查失业率") + ",,,,,NO_OUTCOME,"), lines[4]);
        for (int i = 1; i < 6; i++) {
            assertEquals(17, lines[i].split(",", -1).length, lines[i]);
        }
    }

    private static String spanOf(Report r, String name) {
        return r.targets().stream().filter(t -> t.name().equals(name)).map(t -> t.span().start() + "," + t.span().end())
                .findFirst()
                .orElseGet(() -> r.indicators().stream().filter(i -> i.name().equals(name))
                        .map(i -> i.span().start() + "," + i.span().end()).findFirst().orElseThrow());
    }

    @Test
    void aReportThatSetsNoTargetShowsTheOutcome() throws IOException {
        String plan = "政府工作报告\n\n——2020年1月8日在嘉兴市第八届人民代表大会第五次会议上\n\n各位代表：\n\n2020年工作安排\n\n"
                + "综合考虑各方面因素，今年不设定年度经济增长具体目标。城镇新增就业2万人以上。\n";
        String review = "政府工作报告\n\n——2021年1月9日在嘉兴市第九届人民代表大会第一次会议上\n\n各位代表：\n\n2020年工作回顾\n\n"
                + "全市地区生产总值增长2.1%；城镇新增就业1.8万人。\n";
        Report parsed = PARSER.parse(plan);
        assertEquals(1, parsed.noTargets().size(), parsed.noTargets().toString());
        CliTest.Result r = CliTest.run("panel", "--csv", write("p.txt", plan).toString(), write("r.txt", review).toString());
        assertEquals(0, r.code(), r.err());
        String noTarget = List.of(r.out().split("\r\n")).stream().filter(l -> l.contains("NO_TARGET_SET")).findFirst().orElseThrow();
        assertTrue(noTarget.startsWith("嘉兴市,330400,CITY,2020,gdp," + parsed.noTargets().get(0).measure() + ",,,"), noTarget);
        assertTrue(noTarget.contains(",增长2.1%,"), noTarget);
        assertTrue(r.out().contains(",2万人以上,"), r.out());
        assertTrue(r.out().contains(",1.8万人,"), r.out());
    }

    @Test
    void byDefaultTargetsWithAConceptAndWithAllEveryTargetAndAReportWithoutARowIsNamed() throws IOException {
        // an invented target no catalog concept names, beside one that has a concept
        String plan = PLAN.replace("城镇调查失业率5.5%以内。", "城镇调查失业率5.5%以内；新建口袋公园12个。");
        Path a = write("a-2025.txt", plan);
        Path b = write("a-2026.txt", REVIEW);
        CliTest.Result byDefault = CliTest.run("panel", "--csv", a.toString(), b.toString());
        assertEquals(0, byDefault.code(), byDefault.err());
        assertFalse(byDefault.out().contains("口袋公园"), byDefault.out());
        CliTest.Result all = CliTest.run("panel", "--csv", "--all", a.toString(), b.toString());
        assertTrue(all.out().contains("口袋公园"), all.out());
        assertEquals(byDefault.out().split("\r\n").length + 1, all.out().split("\r\n").length);

        // a report of another region that gives no row is named, with the reason
        Path other = write("c-2026.txt", "政府工作报告\n\n——2026年1月15日在海盐县第五届人民代表大会第四次会议上\n\n各位代表：\n\n"
                + "2025年工作回顾\n\n全县地区生产总值增长6.1%。\n\n2026年工作安排\n\n今年要继续办好民生实事。\n");
        CliTest.Result named = CliTest.run("panel", a.toString(), b.toString(), other.toString());
        assertEquals(0, named.code(), named.err());
        assertEquals(List.of("govreport: " + other + ": no row: it sets no annual target for 2026 with a concept, and no report"
                + " of its region sets targets for the year it reviews (2025)"), named.errLines());
    }

    @Test
    void errorsAreOneLineAndTheOtherReportsStillCount() throws IOException {
        Path plan = write("a-2025.txt", PLAN);
        Path review = write("a-2026.txt", REVIEW);
        Path missing = dir.resolve("missing.txt");
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3});
        CliTest.Result r = CliTest.run("panel", "--csv", plan.toString(), missing.toString(), bad.toString(), review.toString());
        assertEquals(1, r.code());
        assertEquals(List.of(
                "govreport: " + missing + ": no such file",
                // C3 alone is neither UTF-8 nor GB18030
                "govreport: " + bad + ": not valid UTF-8 (byte offset 0) nor GB18030 (byte offset 0)"), r.errLines());
        assertEquals(CliTest.run("panel", "--csv", plan.toString(), review.toString()).out(), r.out());

        // a report that cannot be placed is named and left out
        Path nowhere = write("nowhere.txt", "各位代表：\n\n今年城镇新增就业3万人以上。\n");
        CliTest.Result left = CliTest.run("panel", nowhere.toString(), plan.toString());
        assertEquals(0, left.code(), left.err());
        assertEquals(List.of("govreport: " + nowhere + ": no region found, left out of the panel"), left.errLines());
        assertTrue(left.out().contains("NO_OUTCOME"), left.out());

        // a parser failure is that report's alone
        ParseCommandTest.Result exploding = ParseCommandTest.run(new PanelCommand(text -> {
            throw new IllegalStateException("bad\nthing");
        }, 2), "--csv", plan.toString());
        assertEquals(1, exploding.code());
        assertEquals("govreport: " + plan + ": cannot parse (bad thing)\n", exploding.err());
        assertEquals(HEADER + "\r\n", exploding.out());

        // no report at all, or an unknown option: wrong usage
        for (CliTest.Result usage : List.of(CliTest.run("panel"), CliTest.run("panel", "--frobnicate", plan.toString()))) {
            assertEquals(2, usage.code());
            assertEquals(1, usage.errLines().size(), usage.err());
            assertTrue(usage.err().contains("run 'govreport --help'"), usage.err());
            assertEquals("", usage.out());
        }
        // an empty folder
        Files.createDirectories(dir.resolve("empty"));
        CliTest.Result empty = CliTest.run("panel", dir.resolve("empty").toString());
        assertEquals(1, empty.code());
        assertEquals(List.of("govreport: " + dir.resolve("empty") + ": no .txt, .md, .markdown, .html or .htm files in it"), empty.errLines());
        assertTrue(empty.out().startsWith("No annual targets found"), empty.out());
    }

    @Test
    void largeDifferencesAreNeverCutInTheTable() throws IOException {
        String plan = PLAN.replace("城镇新增就业3万人以上", "一般公共预算收入3000亿元以上");
        String review = REVIEW.replace("城镇新增就业3.2万人", "一般公共预算收入3125亿元");
        CliTest.Result r = CliTest.run("panel", write("p.txt", plan).toString(), write("r.txt", review).toString());
        assertEquals(0, r.code(), r.err());
        String row = r.outLines().stream().filter(l -> l.contains("一般公共预算收入")).findFirst().orElseThrow();
        assertTrue(row.matches(".* REACHED +12500000000"), row);
    }

    @Test
    void standardInputIsOneOfTheReports() throws IOException {
        Path review = write("a-2026.txt", REVIEW);
        CliTest.Result r = CliTest.run(new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)),
                "panel", "--csv", "-", review.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(",3万人以上,<stdin>,"), r.out());
        assertTrue(r.out().contains(",REACHED,2000\r\n"), r.out());
    }
}
