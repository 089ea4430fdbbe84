package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the API says where a user goes wrong (issue 21): messages that name what is wrong and where, and
 * the {@link ReportParser} example that shows what a target holds.
 */
class ApiMessagesTest {

    @TempDir
    Path dir;

    private static String parseError(String input) {
        return assertThrows(ValueParseException.class, () -> ValueParser.standard().parse(input)).getMessage();
    }

    @Test
    void aNumberOfTooManyDigitsSaysSo() {
        String digits = "1".repeat(41);
        assertEquals("NOT_A_MENTION at index 0 of \"" + digits + "\": the number is 41 digits long, more than the 40 a"
                + " number may have", parseError(digits));
        assertTrue(parseError(digits + "亿元").endsWith("41 digits long, more than the 40 a number may have"));
        assertTrue(parseError("一二三".repeat(14)).endsWith("42 numeral chars long, more than the 40 a number may have"));
        // 40 digits are still a number, and a short non-numeral is still "not a numeral"
        assertEquals("1".repeat(40), ValueParser.standard().parse("1".repeat(40)).number().orElseThrow().toPlainString());
    }

    @Test
    void anExponentSaysSo() {
        assertEquals("NOT_A_MENTION at index 0 of \"1e400亿\": the number is in exponent notation (1e400), which no"
                + " report writes: write the number out in digits, or with 万 or 亿", parseError("1e400亿"));
        assertTrue(parseError("2.5E-3").contains("in exponent notation (2.5E-3)"), parseError("2.5E-3"));
        // a code with letters is still a code
        assertTrue(parseError("ABC2018").endsWith("part of a code or address"), parseError("ABC2018"));
        assertTrue(parseError("2018ABC").endsWith("part of a code or address"), parseError("2018ABC"));
    }

    @Test
    void aFolderGivenToParsePathIsNamed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> ReportParser.standard().parse(folder));
        assertEquals(folder + ": is a directory, not a report file (read the report files in it one by one)", e.getMessage());
        assertEquals(folder.toString(), e.getFile());
    }

    /** The class Javadoc's example, line for line (checked below against the source), run on an invented report. */
    private static void javadocExample(Report report, PrintStream out) {
        for (Target t : report.headlineTargets()) {
            // a target holds a level (城镇新增就业1200万人以上), a change (增长5%左右) or both (3000亿元、增长6%):
            // value() and change() are each null where the text gives none
            String level = t.value() == null ? "-" : t.value().text();
            String change = t.change() == null ? "-" : t.change().text();
            out.println(t.name() + " level " + level + " change " + change);
        }
    }

    @Test
    void theJavadocExampleShowsLevelsAndChanges() throws IOException {
        Path source = Path.of("src/main/java/io/github/govreport/parser/ReportParser.java");
        String javadoc = Files.readString(source, StandardCharsets.UTF_8);
        for (String line : List.of(
                "String level = t.value() == null ? \"-\" : t.value().text();",
                "String change = t.change() == null ? \"-\" : t.change().text();",
                "System.out.println(t.name() + \" level \" + level + \" change \" + change);")) {
            assertTrue(javadoc.contains(" *     " + line), line);
        }
        Report report = ReportParser.standard().parse("""
                示例县人民政府工作报告
                各位代表：
                二、2026年工作安排
                今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业3000人以上。
                """);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        javadocExample(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.contains("地区生产总值 level - change 增长6%左右"), lines.toString());
        assertTrue(lines.contains("城镇新增就业 level 3000人以上 change -"), lines.toString());
    }
}
