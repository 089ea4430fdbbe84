package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.examples.tutorial.QuickStart;
import io.github.govreport.model.Report;
import io.github.govreport.model.json.GovReportModule;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the README's Java examples compiling and true: the code between each pair of README markers below
 * is code the README shows, and these tests check that the README holds it verbatim.
 */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void readmeShowsTheQuickStartWholeAndItRuns() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[] {"sample/sample-report.txt"});
        } finally {
            System.setOut(saved);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("1.2万人 -> 12000人\n"), printed);
        assertTrue(printed.contains("MORE_THAN 20000 套\n"), printed);
        assertTrue(printed.contains("湖州市吴兴区 plans for 2026\n"), printed);
        assertTrue(printed.contains("地区生产总值 增长6%左右\n"), printed);

        String source = Files.readString(Path.of("src/main/java/io/github/govreport/examples/tutorial/QuickStart.java"));
        String code = source.substring(source.indexOf("import "));
        assertTrue(Files.readString(Path.of("../README.md")).contains(code), "README.md must show QuickStart.java from its imports on");
    }

    @Test
    void readmeShowsThePanelCodeAndItRuns() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        // two invented reports of one city: the one for 2025 and the next, which reviews 2025
        Path planFile = Files.writeString(dir.resolve("2025.txt"), PanelCommandTest.PLAN, StandardCharsets.UTF_8);
        Path reviewFile = Files.writeString(dir.resolve("2026.txt"), PanelCommandTest.REVIEW, StandardCharsets.UTF_8);
        // README-panel:start
        ReportParser parser = ReportParser.standard();
        List<PanelSource> sources = new ArrayList<>();
        for (Path file : List.of(planFile, reviewFile)) {
            sources.add(new PanelSource(file.toString(), parser.parse(file)));
        }
        for (PanelRow row : Panel.of(sources)) {
            out.println(row.year() + " " + row.name() + " " + row.status() + " " + row.difference());
            // 2025 城镇新增就业 REACHED 2000, 2025 单位地区生产总值能耗 MISSED 0.5 ...
        }
        // README-panel:end
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("2025 城镇新增就业 REACHED 2000\n"), printed);
        assertTrue(printed.contains("2025 单位地区生产总值能耗 MISSED 0.5\n"), printed);
        assertTrue(printed.contains("2025 地区生产总值 APPROX 0.2\n"), printed);
        assertReadmeShows("README-panel");
    }

    @Test
    void readmeShowsTheJsonCodeAndItRuns() throws IOException {
        Report report = ReportParser.builder().build().parse(Path.of("sample/sample-report.txt"));
        // README-json:start
        JsonMapper mapper = JsonMapper.builder().addModule(new GovReportModule()).build();
        String json = mapper.writeValueAsString(report);
        Report back = mapper.readValue(json, Report.class); // equal to report
        // README-json:end
        assertEquals(report, back);
        assertTrue(json.contains("\"value\":\"35670000000\""), "exact decimal strings");
        assertReadmeShows("README-json");
    }

    /** The code between {@code // NAME:start} and {@code // NAME:end} in this file is in README.md, unindented. */
    private static void assertReadmeShows(String name) throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/govreport/examples/ReadmeExampleTest.java"));
        String start = "// " + name + ":start";
        String snippet = source.substring(source.indexOf(start) + start.length(), source.indexOf("        // " + name + ":end"));
        String readme = Files.readString(Path.of("../README.md"));
        String code = snippet.replaceAll("(?m)^ {8}", "").strip();
        assertTrue(readme.contains(code), "README.md must show the example exactly as this test runs it:\n" + code);
    }
}
