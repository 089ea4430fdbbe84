package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Report;
import io.github.govreport.model.json.GovReportModule;
import io.github.govreport.parser.ReportParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@code govreport parse}: the contract shape, JSON Lines, directories, parallel order, failures, progress. */
class ParseCommandTest {

    static final Path SAMPLE = Path.of("sample/sample-report.txt");

    static final List<String> REPORT_FIELDS =
            List.of("metadata", "sections", "indicators", "targets", "tasks", "annotations", "noTargets");
    static final List<String> METADATA_FIELDS = List.of(
            "title", "region", "regionCode", "level", "year", "reviewYear", "date", "speaker", "speakerTitle", "meeting");
    static final List<String> SECTION_FIELDS = List.of("title", "level", "start", "end", "sections");
    static final List<String> INDICATOR_FIELDS =
            List.of("name", "concept", "value", "change", "period", "start", "end");
    static final List<String> TARGET_FIELDS =
            List.of("name", "concept", "value", "change", "period", "start", "end", "headline", "stretch", "sense");
    static final List<String> TASK_FIELDS = List.of("title", "section", "start", "end");
    static final List<String> ANNOTATION_FIELDS = List.of("term", "definition", "start", "end", "references");
    static final List<String> NO_TARGET_FIELDS = List.of("measure", "start", "end");

    /** Invented report texts, not taken from any report. */
    static final String TINY = "政府工作报告\n\n各位代表：\n\n2025年工作回顾\n\n全区地区生产总值增长6.5%，新增就业1.2万人。\n";

    static final ObjectMapper PLAIN = JsonMapper.builder().build();
    static final ReportParser PARSER = ReportParser.builder().build();

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    static String tiny(int n) {
        return TINY.replace("6.5%", n + ".5%");
    }

    static List<String> fields(JsonNode n) {
        return List.copyOf(n.propertyNames());
    }

    /** Every object in a report line has exactly its contract fields, and every span points into the text. */
    static void assertContractShape(JsonNode report, String text) {
        assertEquals(REPORT_FIELDS, fields(report));
        assertEquals(METADATA_FIELDS, fields(report.get("metadata")));
        for (JsonNode s : report.get("sections")) {
            assertSection(s, 1, text);
        }
        for (JsonNode i : report.get("indicators")) {
            assertEquals(INDICATOR_FIELDS, fields(i));
            assertMeasure(i, text);
        }
        for (JsonNode t : report.get("targets")) {
            assertEquals(TARGET_FIELDS, fields(t));
            assertMeasure(t, text);
            assertTrue(t.get("headline").isBoolean() && t.get("stretch").isBoolean(), t.toString());
        }
        for (JsonNode t : report.get("tasks")) {
            assertEquals(TASK_FIELDS, fields(t));
            assertSpan(t, text);
        }
        for (JsonNode a : report.get("annotations")) {
            assertEquals(ANNOTATION_FIELDS, fields(a));
            assertSpan(a, text);
            for (JsonNode ref : a.get("references")) {
                assertEquals(List.of("start", "end"), fields(ref));
                assertSpan(ref, text);
            }
        }
        assertTrue(report.get("noTargets").isArray(), report.get("noTargets").toString());
        for (JsonNode t : report.get("noTargets")) {
            assertEquals(NO_TARGET_FIELDS, fields(t));
            assertTrue(t.get("measure").isString(), t.toString());
            assertSpan(t, text);
        }
    }

    private static void assertSection(JsonNode s, int level, String text) {
        assertEquals(SECTION_FIELDS, fields(s));
        assertEquals(level, s.get("level").intValue(), s.toString());
        assertSpan(s, text);
        for (JsonNode child : s.get("sections")) {
            assertSection(child, level + 1, text);
        }
    }

    private static void assertMeasure(JsonNode m, String text) {
        assertSpan(m, text);
        assertFalse(m.get("value").isNull() && m.get("change").isNull(), m.toString());
        for (String key : List.of("value", "change")) {
            JsonNode mention = m.get(key);
            if (!mention.isNull()) {
                assertEquals(CliTest.CONTRACT_FIELDS, fields(mention));
                assertEquals(mention.get("text").stringValue(),
                        text.substring(mention.get("start").intValue(), mention.get("end").intValue()));
            }
        }
        assertTrue(m.get("period").isNull() || m.get("period").stringValue().matches("\\d{4}(-\\d{4})?"), m.toString());
    }

    private static void assertSpan(JsonNode n, String text) {
        int start = n.get("start").intValue();
        int end = n.get("end").intValue();
        assertTrue(0 <= start && start <= end && end <= text.length(), n.toString());
    }

    @Test
    void oneFileIsOneCompactLineWithExactlyTheContractFields() throws IOException {
        String text = Files.readString(SAMPLE);
        CliTest.Result r = CliTest.run("parse", SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(1, r.outLines().size(), "one line");
        JsonNode report = PLAIN.readTree(r.outLines().get(0));
        assertContractShape(report, text);
        JsonNode m = report.get("metadata");
        assertEquals(2026, m.get("year").intValue());
        assertTrue(m.get("year").isNumber());
        assertEquals("2025", m.get("reviewYear").stringValue());
        assertEquals("2026-01-15", m.get("date").stringValue());
        assertEquals("COUNTY", m.get("level").stringValue());
        assertTrue(report.get("sections").size() >= 3, "the sample has three top-level parts and an appendix");
        assertTrue(report.get("indicators").size() > 0);
        assertTrue(report.get("annotations").size() > 0);
        long headline = 0;
        for (JsonNode t : report.get("targets")) {
            headline += t.get("headline").booleanValue() ? 1 : 0;
        }
        assertTrue(headline > 0, "the sample has a headline target list");
        assertFalse(r.out().contains("\"values\""), "the contract shape leaves out the value list");
    }

    @Test
    void theJsonReadsBackToTheParsersReport() throws IOException {
        String text = Files.readString(SAMPLE);
        Report expected = PARSER.parse(text);
        CliTest.Result r = CliTest.run("parse", SAMPLE.toString());
        Report back = JsonMapper.builder().addModule(new GovReportModule()).build()
                .readValue(r.outLines().get(0), Report.class);
        assertEquals(expected.metadata(), back.metadata());
        assertEquals(expected.sections(), back.sections());
        assertEquals(expected.annotations(), back.annotations());
        assertEquals(expected.noTargets(), back.noTargets());
        assertEquals(expected.indicators().size(), back.indicators().size());
        assertEquals(expected.targets().size(), back.targets().size());
        for (int i = 0; i < expected.targets().size(); i++) {
            assertEquals(expected.targets().get(i).name(), back.targets().get(i).name());
            assertEquals(expected.targets().get(i).span(), back.targets().get(i).span());
            assertEquals(expected.targets().get(i).headline(), back.targets().get(i).headline());
        }
        assertEquals(expected.tasks().stream().map(t -> t.title()).toList(), back.tasks().stream().map(t -> t.title()).toList());
    }

    @Test
    void prettyIsTheSameJsonOverManyLines() {
        CliTest.Result compact = CliTest.run("parse", SAMPLE.toString());
        CliTest.Result pretty = CliTest.run("parse", "--pretty", SAMPLE.toString());
        assertEquals(0, pretty.code(), pretty.err());
        assertTrue(pretty.out().startsWith("{\n  \"metadata\": {\n    \"title\": "), pretty.out());
        assertTrue(pretty.outLines().size() > 100);
        assertFalse(pretty.out().contains("\r"));
        assertEquals(PLAIN.readTree(compact.out()), PLAIN.readTree(pretty.out()));
    }

    @Test
    void readsStandardInput() {
        CliTest.Result r = CliTest.run(new ByteArrayInputStream(TINY.getBytes(StandardCharsets.UTF_8)), "parse");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.outLines().size());
        JsonNode report = PLAIN.readTree(r.out());
        assertContractShape(report, TINY);
        assertEquals("政府工作报告", report.get("metadata").get("title").stringValue());
    }

    @Test
    void severalFilesAreJsonLinesInInputOrderWithTheFileFieldFirst() throws IOException {
        Path a = write("a.txt", tiny(1));
        Path b = write("b.txt", tiny(2));
        CliTest.Result r = CliTest.run("parse", b.toString(), a.toString(), "-");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals(3, lines.size(), r.out());
        List<String> expectedFiles = List.of(b.toString(), a.toString(), "-");
        for (int i = 0; i < 3; i++) {
            JsonNode line = PLAIN.readTree(lines.get(i));
            List<String> expectedFields = new ArrayList<>(List.of("file"));
            expectedFields.addAll(REPORT_FIELDS);
            assertEquals(expectedFields, fields(line));
            assertEquals(expectedFiles.get(i), line.get("file").stringValue());
        }
        // each line is the one-file output with the file field in front
        String alone = CliTest.run("parse", b.toString()).outLines().get(0);
        assertEquals("{\"file\":" + PLAIN.writeValueAsString(b.toString()) + "," + alone.substring(1), lines.get(0));
        assertTrue(lines.get(0).contains("增长2.5%") && lines.get(1).contains("增长1.5%"));
    }

    @Test
    void aDirectoryIsEveryReportFileUnderItInOrderOfName() throws IOException {
        Path reports = dir.resolve("reports");
        write("reports/b.txt", tiny(2));
        write("reports/a.txt", tiny(1));
        write("reports/sub/c.txt", tiny(3));
        write("reports/sub/deeper/d.TXT", tiny(4));
        write("reports/notes.docx", "not a report");
        write("reports/sub/scan.pdf", "%PDF");
        Files.createDirectories(reports.resolve("empty"));
        Path single = write("single.txt", tiny(5));
        CliTest.Result r = CliTest.run("parse", reports.toString(), single.toString());
        assertEquals(0, r.code(), r.err());
        List<String> files = r.outLines().stream().map(l -> PLAIN.readTree(l).get("file").stringValue()).toList();
        assertEquals(List.of(
                reports.resolve("a.txt").toString(),
                reports.resolve("b.txt").toString(),
                reports.resolve("sub/c.txt").toString(),
                reports.resolve("sub/deeper/d.TXT").toString(),
                single.toString()), files);
        // the other files are named, one line each, in the order they were met
        assertEquals(List.of(
                "govreport: " + reports.resolve("notes.docx") + ": skipped, not a report file (.txt, .md, .markdown, .html or .htm)",
                "govreport: " + reports.resolve("sub/scan.pdf") + ": skipped, not a report file (.txt, .md, .markdown, .html or .htm)"),
                r.errLines());
        // one directory alone is JSON Lines too, even with a single file in it
        Path one = dir.resolve("one");
        write("one/x.txt", tiny(6));
        CliTest.Result alone = CliTest.run("parse", one.toString());
        assertEquals(0, alone.code(), alone.err());
        assertEquals(one.resolve("x.txt").toString(), PLAIN.readTree(alone.out()).get("file").stringValue());
    }

    @Test
    void failuresAreNamedInOneLineAndTheOthersStillComeOut() throws IOException {
        Path good = write("good.txt", tiny(1));
        Path missing = dir.resolve("missing.txt");
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', (byte) 0xFF});
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        Path last = write("last.txt", tiny(2));
        CliTest.Result r = CliTest.run("parse", good.toString(), missing.toString(), bad.toString(), empty.toString(), last.toString());
        assertEquals(1, r.code());
        assertEquals(List.of(
                "govreport: " + missing + ": no such file",
                "govreport: " + bad + ": not valid UTF-8 (byte offset 1) nor GB18030 (byte offset 1)",
                "govreport: " + empty + ": no .txt, .md, .markdown, .html or .htm files in it"), r.errLines());
        List<String> files = r.outLines().stream().map(l -> PLAIN.readTree(l).get("file").stringValue()).toList();
        assertEquals(List.of(good.toString(), last.toString()), files);
    }

    @Test
    void anExceptionInTheParserFailsOnlyThatReport() throws IOException {
        Function<String, Report> exploding = text -> {
            if (text.contains("BOOM")) {
                throw new IllegalStateException("boom\nat line two");
            }
            return PARSER.parse(text);
        };
        Path a = write("a.txt", tiny(1));
        Path boom = write("boom.txt", "BOOM");
        Path c = write("c.txt", tiny(3));
        Result r = run(new ParseCommand(exploding, 2, 0), a.toString(), boom.toString(), c.toString());
        assertEquals(1, r.code());
        assertEquals("govreport: " + boom + ": cannot parse (boom at line two)\n", r.err());
        assertEquals(2, r.out().split("\n").length);
        // one file alone
        Result alone = run(new ParseCommand(exploding, 2, 0), boom.toString());
        assertEquals(1, alone.code());
        assertEquals("govreport: " + boom + ": cannot parse (boom at line two)\n", alone.err());
        assertEquals("", alone.out());
        // even an Error, such as a stack overflow deep in the parser
        Result overflow = run(new ParseCommand(text -> {
            throw new StackOverflowError();
        }, 2, 0), a.toString(), c.toString());
        assertEquals(1, overflow.code());
        assertEquals(List.of(
                "govreport: " + a + ": cannot parse (StackOverflowError)",
                "govreport: " + c + ": cannot parse (StackOverflowError)"), List.of(overflow.err().split("\n")));
    }

    @Test
    void runningOutOfMemoryNamesTheOptionToRaise() throws IOException {
        Path big = write("big.txt", tiny(1));
        Result r = run(new ParseCommand(text -> {
            throw new OutOfMemoryError("Java heap space");
        }, 1, 0), big.toString());
        assertEquals(1, r.code());
        assertEquals("govreport: " + big + ": cannot parse (not enough memory (Java heap space); give Java a larger heap, "
                + "e.g. java -Xmx2g -jar govreport-cli.jar ...)\n", r.err());
    }

    @Test
    void reportsComeOutInInputOrderWhateverOrderTheyFinishIn() throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add(write(String.format("r%02d.txt", i), tiny(i)).toString());
        }
        Random random = new Random(42);
        int[] delays = random.ints(40, 0, 15).toArray();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Function<String, Report> slow = text -> {
            int n = Integer.parseInt(text.replaceAll("(?s).*增长(\\d+)\\.5%.*", "$1"));
            most.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            try {
                Thread.sleep(delays[n]);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                concurrent.decrementAndGet();
            }
            return PARSER.parse(text);
        };
        Result r = run(new ParseCommand(slow, 4, 0), names.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        List<String> files = List.of(r.out().split("\n")).stream()
                .map(l -> PLAIN.readTree(l).get("file").stringValue())
                .toList();
        assertEquals(names, files);
        assertTrue(most.get() > 1, "reports are parsed in parallel: at most " + most.get() + " at once");
        assertTrue(most.get() <= 4, "no more at once than threads: " + most.get());
    }

    @Test
    void atMostAWindowOfReportsIsInFlight() throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            names.add(write(String.format("r%02d.txt", i), tiny(i)).toString());
        }
        AtomicInteger started = new AtomicInteger();
        AtomicInteger startedWhileFirstWaits = new AtomicInteger(-1);
        Function<String, Report> firstIsSlow = text -> {
            started.incrementAndGet();
            if (text.contains("增长0.5%")) {
                // the first report holds up the output; an unbounded reader would parse all others meanwhile
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(400);
                while (System.nanoTime() < until && started.get() < 50) {
                    Thread.onSpinWait();
                }
                startedWhileFirstWaits.set(started.get());
            }
            return PARSER.parse(text);
        };
        Result r = run(new ParseCommand(firstIsSlow, 3, 6), names.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertEquals(50, r.out().split("\n").length);
        assertTrue(startedWhileFirstWaits.get() <= 6, "window of 6, but " + startedWhileFirstWaits.get() + " started");
        assertTrue(startedWhileFirstWaits.get() >= 2, "others run while one is slow: " + startedWhileFirstWaits.get());
    }

    @Test
    void eachLineIsWrittenAsSoonAsItsTurnComes() throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            names.add(write(String.format("r%02d.txt", i), tiny(i)).toString());
        }
        CountDownLatch firstLine = new CountDownLatch(1);
        AtomicBoolean sawFirstLine = new AtomicBoolean();
        Function<String, Report> lastWaits = text -> {
            if (text.contains("增长19.5%")) {
                try {
                    sawFirstLine.set(firstLine.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return PARSER.parse(text);
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream watched = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
                if (b == '\n') {
                    firstLine.countDown();
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(InputStream.nullInputStream(), new PrintStream(watched, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new ParseCommand(lastWaits, 2, 4).run(names, io);
        } catch (UsageException e) {
            throw new AssertionError(e);
        }
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(sawFirstLine.get(), "the first line reached the output before the last report was parsed");
        assertEquals(20, bytes.toString(StandardCharsets.UTF_8).split("\n").length);
    }

    @Test
    void progressIsShownOnlyWhenStandardErrorIsATerminal() throws IOException {
        Path a = write("a.txt", tiny(1));
        Path missing = dir.resolve("missing.txt");
        Path c = write("c.txt", tiny(3));
        String[] args = {"parse", a.toString(), missing.toString(), c.toString()};

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, InputStream.nullInputStream(), new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true);
        assertEquals(1, code);
        String e = err.toString(StandardCharsets.UTF_8);
        String erase = "\r\033[K";
        assertTrue(e.startsWith(erase + "[1/3] a.txt"), e);
        // a message erases the progress line first, so it stands on a line of its own
        assertTrue(e.contains(erase + "govreport: " + missing + ": no such file\n"), e);
        assertTrue(e.contains(erase + "[3/3] c.txt"), e);
        assertTrue(e.endsWith("[3/3] c.txt" + erase), "the progress line is erased at the end: " + e);
        assertEquals(2, out.toString(StandardCharsets.UTF_8).split("\n").length);

        CliTest.Result quiet = CliTest.run(args);
        assertEquals(List.of("govreport: " + missing + ": no such file"), quiet.errLines());
        assertFalse(quiet.err().contains("\r"));
    }

    @Test
    void anOutputFailureStopsAndIsReported() throws IOException {
        Path a = write("a.txt", tiny(1));
        Path b = write("b.txt", tiny(2));
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"parse", a.toString(), b.toString()}, InputStream.nullInputStream(),
                new ReasonPrintStream(full), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        // the reason the stream gave (issue 21), not only that writing failed
        assertEquals("govreport: error writing output: No space left on device\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSampleFolderGivesTheSampleWithItsName() {
        CliTest.Result r = CliTest.run("parse", "sample");
        assertEquals(0, r.code(), r.err());
        // the folder's README.md is Markdown, so it is read too, and said to be no report
        assertEquals(2, r.outLines().size());
        assertEquals(Path.of("sample", "README.md").toString(), PLAIN.readTree(r.outLines().get(0)).get("file").stringValue());
        assertEquals(List.of("govreport: " + Path.of("sample", "README.md") + ": does not read as a government work report (no body start)"),
                r.errLines());
        JsonNode line = PLAIN.readTree(r.outLines().get(1));
        assertEquals(Path.of("sample", "sample-report.txt").toString(), line.get("file").stringValue());
        assertNotNull(line.get("metadata"));
        assertEquals("湖州市吴兴区", line.get("metadata").get("region").stringValue());
    }

    /** {@code govreport parse DIR | head -1} as a real process: the closed pipe is not an error. */
    @Test
    void aReaderThatGoesAwayEndsTheRunQuietly() throws Exception {
        Path reports = dir.resolve("many");
        Files.createDirectories(reports);
        for (int i = 0; i < 300; i++) {
            Files.copy(SAMPLE, reports.resolve(String.format("r%03d.txt", i)));
        }
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Cli.class.getName(),
                        "parse",
                        reports.toString())
                .start();
        p.getOutputStream().close();
        InputStream stdout = p.getInputStream();
        int b;
        StringBuilder first = new StringBuilder();
        while ((b = stdout.read()) != -1 && b != '\n') {
            first.append((char) b);
        }
        stdout.close(); // like head -1
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(first.toString().startsWith("{\"file\":"), first.toString());
        assertEquals("", err);
        assertEquals(0, p.exitValue());
    }

    /** What one in-process run of a command printed and returned. */
    record Result(int code, String out, String err) {}

    static Result run(Command command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(InputStream.nullInputStream(), new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = command.run(List.of(args), io);
        } catch (UsageException e) {
            throw new AssertionError(e);
        }
        io.out().flush();
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
