package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ReportProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code --encoding}, {@code --problems} and {@code --strict}, and the warning for a text that is no report. */
class ReportOptionsTest {

    /** An invented English text: no report. */
    static final String LETTER = "Dear colleagues,\n\nthe meeting is moved to Friday.\n";
    static final String NOT_A_REPORT = ": does not read as a government work report (no body start)";
    static final Pattern PROBLEM_LINE = Pattern.compile("(.+):(\\d+):(\\d+) (ERROR|WARNING|NOTE) ([A-Z_]+) (\\S.*)");

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    Path sample() throws IOException {
        return Files.copy(ParseCommandTest.SAMPLE, dir.resolve("sample.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"parse", "summary", "panel"})
    void aTextThatIsNoReportGetsOneWarningLineAndIsStillRead(String command) throws IOException {
        Path letter = write("letter.txt", LETTER);
        CliTest.Result r = CliTest.run(command, letter.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("govreport: " + letter + NOT_A_REPORT, r.errLines().get(0));
        if (command.equals("panel")) {
            // the panel then has no region to place it under, and says so too
            assertEquals(List.of("govreport: " + letter + NOT_A_REPORT, "govreport: " + letter + ": no region found, left out of the panel"),
                    r.errLines());
        } else {
            assertEquals(1, r.errLines().size(), r.err());
            assertFalse(r.out().isEmpty());
        }
    }

    @Test
    void anEmptyFileLikewise() throws IOException {
        Path empty = write("empty.md", "");
        Path bomOnly = Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});
        CliTest.Result r = CliTest.run("parse", empty.toString(), bomOnly.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "govreport: " + empty + ": does not read as a government work report (empty)",
                "govreport: " + bomOnly + ": does not read as a government work report (empty)"), r.errLines());
        assertEquals(2, r.outLines().size());
        CliTest.Result summary = CliTest.run(new ByteArrayInputStream(new byte[0]), "summary");
        assertEquals(0, summary.code());
        assertEquals(List.of("govreport: <stdin>: does not read as a government work report (empty)"), summary.errLines());
        assertTrue(summary.out().startsWith("title: -\n"), summary.out());
    }

    @Test
    void aReportGetsNoWarning() throws IOException {
        CliTest.Result r = CliTest.run("parse", sample().toString());
        assertEquals(0, r.code());
        assertEquals("", r.err());
    }

    @Test
    void problemsArePrintedOneLineEachAsTheParserReportsThem() throws IOException {
        Path sample = sample();
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        List<ReportProblem> problems = new ArrayList<>();
        ReportParser.builder().build().parse(text, problems::add);
        assertFalse(problems.isEmpty(), "the sample has a few notes");

        CliTest.Result r = CliTest.run("parse", "--problems", sample.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(problems.size(), r.errLines().size(), r.err());
        for (int i = 0; i < problems.size(); i++) {
            ReportProblem p = problems.get(i);
            Matcher m = PROBLEM_LINE.matcher(r.errLines().get(i));
            assertTrue(m.matches(), r.errLines().get(i));
            assertEquals(sample.toString(), m.group(1));
            assertEquals(p.line(), Integer.parseInt(m.group(2)));
            assertEquals(p.column(), Integer.parseInt(m.group(3)));
            assertEquals(p.severity().name(), m.group(4));
            assertEquals(p.type().name(), m.group(5));
            assertEquals(p.message(), m.group(6));
            // the line and column point at the text: the line holds the offset
            String line = text.split("\n", -1)[p.line() - 1];
            assertTrue(p.column() - 1 <= line.length(), p.toString());
        }
        assertEquals(CliTest.run("parse", sample.toString()).out(), r.out(), "--problems changes only standard error");
    }

    @Test
    void problemsOfATextThatIsNoReportStartWithTheErrorAndNeedNoWarning() throws IOException {
        Path letter = write("letter.txt", LETTER);
        CliTest.Result r = CliTest.run("summary", "--problems", letter.toString());
        assertEquals(0, r.code());
        assertTrue(r.errLines().get(0).startsWith(letter + ":1:1 ERROR NO_BODY_START "), r.err());
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(letter + ":1:1 WARNING MISSING_METADATA ")), r.err());
        assertTrue(r.errLines().stream().allMatch(l -> PROBLEM_LINE.matcher(l).matches()), r.err());
        assertFalse(r.err().contains("does not read as"), r.err());
    }

    @Test
    void strictFailsATextThatIsNoReportAndReadsTheOthers() throws IOException {
        Path letter = write("letter.txt", LETTER);
        Path empty = write("empty.txt", "");
        Path sample = sample();
        CliTest.Result r = CliTest.run("parse", "--strict", letter.toString(), sample.toString(), empty.toString());
        assertEquals(1, r.code());
        assertEquals(List.of(
                "govreport: " + letter + NOT_A_REPORT,
                "govreport: " + empty + ": does not read as a government work report (empty)"), r.errLines());
        assertEquals(1, r.outLines().size());
        assertEquals(sample.toString(), ParseCommandTest.PLAIN.readTree(r.outLines().get(0)).get("file").stringValue());

        // one file alone: no output
        CliTest.Result alone = CliTest.run("summary", "--strict", letter.toString());
        assertEquals(1, alone.code());
        assertEquals("", alone.out());
        assertEquals(List.of("govreport: " + letter + NOT_A_REPORT), alone.errLines());

        // warnings and notes are not fatal: the sample passes, as do the panel's reports
        CliTest.Result ok = CliTest.run("summary", "--strict", "--csv", sample.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals(CliTest.run("summary", "--csv", sample.toString()).out(), ok.out());
        CliTest.Result panel = CliTest.run("panel", "--strict", letter.toString(), sample.toString());
        assertEquals(1, panel.code());
        assertEquals(List.of("govreport: " + letter + NOT_A_REPORT), panel.errLines());
    }

    @Test
    void strictWithProblemsPrintsTheProblemsThenWhyTheFileFailed() throws IOException {
        Path letter = write("letter.txt", LETTER);
        CliTest.Result r = CliTest.run("parse", "--strict", "--problems", letter.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        List<String> lines = r.errLines();
        assertTrue(lines.get(0).startsWith(letter + ":1:1 ERROR NO_BODY_START "), r.err());
        assertEquals("govreport: " + letter + NOT_A_REPORT, lines.get(lines.size() - 1));
        assertTrue(lines.subList(0, lines.size() - 1).stream().allMatch(l -> PROBLEM_LINE.matcher(l).matches()), r.err());
    }

    @Test
    void valuesTakesNoProblemOptions() {
        CliTest.Result r = CliTest.run("values", "--strict", "x.txt");
        assertEquals(2, r.code());
        assertEquals("govreport: values: unknown option '--strict' (run 'govreport --help' for usage)\n", r.err());
    }

    /** Every encoding that detection takes, each under another report extension, in one folder. */
    @Test
    void aFolderOfEveryEncodingGivesTheSameReportForEach() throws IOException {
        String text = Files.readString(ParseCommandTest.SAMPLE, StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(dir.resolve("encodings"));
        Files.write(folder.resolve("1-utf8.txt"), text.getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("2-utf8-bom.md"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
        Files.write(folder.resolve("3-utf16le.markdown"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(folder.resolve("4-utf16be.html"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
        Files.write(folder.resolve("5-gb18030.htm"), text.getBytes(Charset.forName("GB18030")));
        Files.write(folder.resolve("6-gbk.txt"), text.getBytes(Charset.forName("GBK")));

        CliTest.Result r = CliTest.run("parse", folder.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(6, r.outLines().size());
        String plain = CliTest.run("parse", ParseCommandTest.SAMPLE.toString()).out().strip();
        for (String line : r.outLines()) {
            JsonNode node = ParseCommandTest.PLAIN.readTree(line);
            ((ObjectNode) node).remove("file");
            // the same text: the same report, offsets and all
            assertEquals(ParseCommandTest.PLAIN.readTree(plain), node, line.substring(0, 60));
        }
        CliTest.Result values = CliTest.run("values", folder.toString());
        assertEquals(0, values.code(), values.err());
        int perFile = CliTest.run("values", ParseCommandTest.SAMPLE.toString()).outLines().size();
        assertEquals(6 * perFile, values.outLines().size());
    }

    @Test
    void anEncodingCanBeForced() throws IOException {
        String text = Files.readString(ParseCommandTest.SAMPLE, StandardCharsets.UTF_8);
        Path gbk = Files.write(dir.resolve("gbk.txt"), text.getBytes(Charset.forName("GBK")));
        CliTest.Result forced = CliTest.run("summary", "--encoding", "GBK", gbk.toString());
        assertEquals(0, forced.code(), forced.err());
        assertEquals(CliTest.run("summary", ParseCommandTest.SAMPLE.toString()).out(), forced.out());
        // forced UTF-8 on GBK bytes: one line that says where
        CliTest.Result utf8 = CliTest.run("parse", "--encoding=UTF-8", gbk.toString());
        assertEquals(1, utf8.code());
        assertEquals(List.of("govreport: " + gbk + ": not valid UTF-8 (byte offset 0)"), utf8.errLines());
        assertEquals("", utf8.out());
        assertFalse(utf8.err().contains("Exception"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
