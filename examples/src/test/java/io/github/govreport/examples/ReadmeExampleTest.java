package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ValueParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's Java example compiling and true: the code between the README markers below is
 * the code the README shows, and this test checks that the README holds it verbatim.
 */
class ReadmeExampleTest {

    @Test
    void readmeShowsThisCodeAndItRuns() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Path reportFile = Path.of("sample/sample-report.txt");
        // README:start
        ValueParser values = ValueParser.standard();
        for (ValueMention m : values.findAll("全区地区生产总值增长6.5%，新增就业1.2万人")) {
            out.println(m.text() + " -> " + m.value()); // 增长6.5% -> 增长6.5%, 1.2万人 -> 12000人
        }
        Value v = values.parse("2万余套"); // MORE_THAN 20000 套

        Report report = ReportParser.builder().build().parse(Files.readString(reportFile));
        for (Target t : report.headlineTargets()) {
            out.println(t.name() + " " + (t.change() != null ? t.change().text() : t.value().text()));
        }
        // README:end
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("1.2万人 -> 12000人"), printed);
        assertTrue(printed.contains("地区生产总值 增长6%左右"), printed);
        assertEquals("超过20000套", v.toString());

        String source = Files.readString(Path.of("src/test/java/io/github/govreport/examples/ReadmeExampleTest.java"));
        String snippet = source.substring(source.indexOf("// README:start") + "// README:start".length(), source.indexOf("        // README:end"));
        String readme = Files.readString(Path.of("../README.md"));
        String code = snippet.replaceAll("(?m)^ {8}", "").strip();
        assertTrue(readme.contains(code), "README.md must show the example exactly as this test runs it:\n" + code);
    }
}
