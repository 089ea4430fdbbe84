package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.json.GovReportModule;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The command line, run in-process through {@link Cli#run}, and once as a real process. */
class CliTest {

    /** Invented sentences, not taken from any report. */
    static final String SENTENCE = "全区地区生产总值增长6.5%，新增就业1.2万人";

    static final String GROWTH = "{\"start\":8,\"end\":14,\"text\":\"增长6.5%\",\"kind\":\"PERCENT\",\"change\":\"UP\","
            + "\"value\":\"6.5\",\"low\":null,\"high\":null,\"unit\":\"%\",\"dimension\":\"RATIO\",\"qualifier\":\"EXACT\"}";
    static final String JOBS = "{\"start\":19,\"end\":24,\"text\":\"1.2万人\",\"kind\":\"QUANTITY\",\"change\":null,"
            + "\"value\":\"12000\",\"low\":null,\"high\":null,\"unit\":\"人\",\"dimension\":\"PERSON\",\"qualifier\":\"EXACT\"}";

    static final List<String> CONTRACT_FIELDS = List.of(
            "start", "end", "text", "kind", "change", "value", "low", "high", "unit", "dimension", "qualifier");

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    static Result run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, stdin,
                new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void valuesPrintsOneContractJsonLinePerMention() throws IOException {
        Path file = write("a.txt", SENTENCE);
        Result r = run("values", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(GROWTH, JOBS), r.outLines());
        assertEquals("", r.err());
        assertTrue(r.out().endsWith("}\n"));
    }

    @Test
    void valuesPrintsRangesFractionsAndDatesInTheContractShape() throws IOException {
        Path file = write("b.txt", "预计约三分之一的企业新增岗位5-10个，2018年3月完成，投资690.83亿元");
        Result r = run("values", file.toString());
        assertEquals(0, r.code(), r.err());
        ObjectMapper plain = JsonMapper.builder().build();
        List<JsonNode> lines = r.outLines().stream().map(plain::readTree).toList();
        for (JsonNode line : lines) {
            assertEquals(CONTRACT_FIELDS, List.copyOf(line.propertyNames()), line.toString());
        }
        JsonNode third = find(lines, "约三分之一");
        assertEquals("FRACTION", third.get("kind").stringValue());
        assertEquals("0.3333333333333333", third.get("value").stringValue());
        JsonNode range = find(lines, "5-10个");
        assertEquals("RANGE", range.get("qualifier").stringValue());
        assertTrue(range.get("value").isNull());
        assertEquals("5", range.get("low").stringValue());
        assertEquals("10", range.get("high").stringValue());
        assertEquals("2018-03", find(lines, "2018年3月").get("value").stringValue());
        // written plain, as a string: never 6.9083E+10
        assertEquals("69083000000", find(lines, "690.83亿元").get("value").stringValue());
        assertFalse(r.out().contains("E+"));
    }

    private static JsonNode find(List<JsonNode> lines, String text) {
        return lines.stream()
                .filter(n -> n.get("text").stringValue().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + text + " in " + lines));
    }

    @Test
    void theOutputReadsBackToTheParsersMentions() throws IOException {
        String text = "城镇登记失业率控制在4.5%以内，同比下降2个百分点，完成2万余套";
        Result r = run("values", write("c.txt", text).toString());
        ObjectMapper reader = JsonMapper.builder().addModule(new GovReportModule()).build();
        List<ValueMention> back = r.outLines().stream().map(l -> reader.readValue(l, ValueMention.class)).toList();
        List<ValueMention> expected = io.github.govreport.parser.ValueParser.standard().findAll(text);
        assertEquals(expected.size(), back.size());
        for (int i = 0; i < expected.size(); i++) {
            // the contract shape drops only a change's basis
            ValueMention e = expected.get(i);
            assertEquals(e.span(), back.get(i).span());
            assertEquals(e.text(), back.get(i).text());
            assertEquals(e.value().amount(), back.get(i).value().amount());
            assertEquals(e.value().qualifier(), back.get(i).value().qualifier());
            assertEquals(e.text(), text.substring(back.get(i).start(), back.get(i).end()));
        }
    }

    @Test
    void severalFilesPutTheFileFieldFirst() throws IOException {
        Path a = write("a.txt", SENTENCE);
        Path b = write("b.txt", "粮食产量增长3%");
        Result r = run("values", a.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals(3, lines.size(), r.out());
        assertEquals("{\"file\":" + quoted(a) + "," + GROWTH.substring(1), lines.get(0));
        assertEquals("{\"file\":" + quoted(a) + "," + JOBS.substring(1), lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"file\":" + quoted(b) + ",\"start\":4,\"end\":8,\"text\":\"增长3%\""),
                lines.get(2));
    }

    private static String quoted(Path p) {
        return JsonMapper.builder().build().writeValueAsString(p.toString());
    }

    @Test
    void readsStandardInputWithoutFileOrWithDash() {
        byte[] input = SENTENCE.getBytes(StandardCharsets.UTF_8);
        Result none = run(new ByteArrayInputStream(input), "values");
        assertEquals(0, none.code(), none.err());
        assertEquals(List.of(GROWTH, JOBS), none.outLines());
        Result dash = run(new ByteArrayInputStream(input), "values", "-");
        assertEquals(List.of(GROWTH, JOBS), dash.outLines());
    }

    @Test
    void stdinAmongFilesIsNamedDash() throws IOException {
        Path b = write("b.txt", "粮食产量增长3%");
        Result r = run(new ByteArrayInputStream(SENTENCE.getBytes(StandardCharsets.UTF_8)), "values", "-", b.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"file\":\"-\"," + GROWTH.substring(1), r.outLines().get(0));
    }

    @Test
    void aLeadingByteOrderMarkIsDroppedAndOffsetsCountFromAfterIt() throws IOException {
        byte[] text = SENTENCE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Result r = run("values", write("bom.txt", withBom).toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(GROWTH, JOBS), r.outLines());
    }

    @Test
    void invalidUtf8IsOneLineNamingTheFileAndExitOne() throws IOException {
        byte[] good = "增长6.5%".getBytes(StandardCharsets.UTF_8); // 10 bytes
        byte[] bad = new byte[good.length + 4];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[10] = (byte) 0xFF;
        bad[11] = 'a';
        bad[12] = 'b';
        bad[13] = 'c';
        Path file = write("bad.txt", bad);
        Result r = run("values", "--encoding", "UTF-8", file.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("govreport: " + file + ": not valid UTF-8 (byte offset 10)"), r.errLines());
        assertEquals("", r.out());
        assertFalse(r.err().contains("Exception"));
    }

    /**
     * Bytes no strict UTF-8 decoder accepts: a lone continuation, a cut-off sequence, an encoded
     * surrogate, overlong forms. With UTF-8 forced, each is an error at its offset (detection would try
     * GB18030 next, where some of them are valid).
     */
    @ParameterizedTest
    @ValueSource(strings = {"80", "e5a2", "eda080", "c0af", "e080af", "f4908080", "fe"})
    void everyKindOfInvalidUtf8IsReportedWithItsOffset(String hex) throws IOException {
        byte[] prefix = "ab".getBytes(StandardCharsets.UTF_8);
        byte[] tail = java.util.HexFormat.of().parseHex(hex);
        byte[] bytes = new byte[prefix.length + tail.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(tail, 0, bytes, prefix.length, tail.length);
        Path file = write("x.txt", bytes);
        Result r = run("values", "--encoding=utf-8", file.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("govreport: " + file + ": not valid UTF-8 (byte offset 2)"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void bytesValidInNoEncodingAreOneLineNamingBoth() {
        // C3 at the end is a cut-off sequence in UTF-8 and in GB18030
        Result r = run(new ByteArrayInputStream(new byte[] {'1', '2', (byte) 0xC3}), "values");
        assertEquals(1, r.code());
        assertEquals(List.of("govreport: <stdin>: not valid UTF-8 (byte offset 2) nor GB18030 (byte offset 2)"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void aMissingFileIsReportedAndTheOthersAreStillRead() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Path a = write("a.txt", SENTENCE);
        Path bad = write("bad.txt", new byte[] {(byte) 0xFF});
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Result r = run("values", missing.toString(), a.toString(), bad.toString(), empty.toString());
        assertEquals(1, r.code());
        assertEquals(List.of(
                "govreport: " + missing + ": no such file",
                "govreport: " + bad + ": not valid UTF-8 (byte offset 0) nor GB18030 (byte offset 0)",
                "govreport: " + empty + ": no .txt, .md, .markdown, .html or .htm files in it"), r.errLines());
        assertEquals(2, r.outLines().size());
        assertTrue(r.outLines().get(0).startsWith("{\"file\":" + quoted(a) + ",\"start\":8,"), r.out());
    }

    @Test
    void aSingleMissingFileGivesExitOneAndNoOutput() {
        Result r = run("values", "no-such-dir/no-such-file.txt");
        assertEquals(1, r.code());
        assertEquals(List.of("govreport: no-such-dir/no-such-file.txt: no such file"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void versionPrintsOneLineAndExitsZero() {
        for (String flag : List.of("--version", "-V")) {
            Result r = run(flag);
            assertEquals(0, r.code(), r.err());
            assertEquals("govreport " + Cli.version() + "\n", r.out().replace("\r\n", "\n"));
            assertTrue(r.err().isEmpty(), r.err());
        }
        assertTrue(run("--help").out().contains("--version"));
    }

    @Test
    void helpExplainsEveryCommandAndExitsZero() {
        for (String flag : List.of("--help", "-h", "help")) {
            Result r = run(flag);
            assertEquals(0, r.code(), flag);
            assertEquals("", r.err());
            assertTrue(r.out().startsWith("Usage: govreport COMMAND"), r.out());
            for (String command : List.of("values", "parse", "summary", "panel", "html", "help")) {
                assertTrue(r.out().contains("\n  " + command + " "), command + " missing from\n" + r.out());
            }
            assertFalse(r.out().contains("(coming)"), "every command listed is available");
        }
        for (String command : List.of("values", "parse", "summary", "panel", "html")) {
            Result r = run(command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().startsWith("Usage: govreport " + command + " ["), r.out());
            assertEquals(r.out(), run("help", command).out());
        }
    }

    @Test
    void commandHelpDescribesTheFields() {
        Result viaHelp = run("help", "values");
        Result viaFlag = run("values", "--help");
        assertEquals(0, viaHelp.code());
        assertEquals(0, viaFlag.code());
        assertEquals(viaHelp.out(), viaFlag.out());
        assertTrue(viaHelp.out().startsWith("Usage: govreport values [--encoding NAME] [FILE|DIR...]"));
        for (String field : CONTRACT_FIELDS) {
            assertTrue(viaHelp.out().contains(field), field);
        }
    }

    @Test
    void wrongUsageIsOneLineWithAHintAndExitTwo() {
        List<Result> results = new ArrayList<>();
        results.add(run("frobnicate"));
        results.add(run("--frobnicate"));
        results.add(run("values", "--frobnicate"));
        results.add(run());
        results.add(run("help", "frobnicate"));
        results.add(run("parse", "--frobnicate"));
        results.add(run("summary", "--encoding"));
        results.add(run("parse", "--pretty", "x.txt", "y.txt"));
        for (Result r : results) {
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().startsWith("govreport: "), r.err());
            assertTrue(r.err().contains("run 'govreport --help'"), r.err());
            assertEquals("", r.out());
        }
        assertEquals("govreport: values: unknown option '--frobnicate' (run 'govreport --help' for usage)\n",
                results.get(2).err());
        assertEquals("govreport: parse: unknown option '--frobnicate' (run 'govreport --help' for usage)\n",
                results.get(5).err());
        assertTrue(results.get(6).err().startsWith("govreport: summary: --encoding needs a value"), results.get(6).err());
        Result unknown = run("parse", "--encoding", "NO-SUCH-ENCODING", "x.txt");
        assertEquals(2, unknown.code());
        assertEquals("govreport: parse: unknown encoding 'NO-SUCH-ENCODING' (run 'govreport --help' for usage)\n", unknown.err());
        assertTrue(results.get(7).err().startsWith("govreport: parse: --pretty takes one FILE"), results.get(7).err());
    }

    @Test
    void doubleDashEndsOptions() throws IOException {
        Path odd = write("-odd.txt", SENTENCE);
        Result r = run("values", "--", odd.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(GROWTH, JOBS), r.outLines());
        Path relative = Path.of("-odd.txt");
        Result asOption = run("values", relative.toString());
        assertEquals(2, asOption.code());
    }

    @Test
    void anUnexpectedFailureIsOneLineAndExitSeventy() {
        InputStream exploding = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("boom\nsecond line");
            }

            @Override
            public byte[] readAllBytes() {
                throw new IllegalStateException("boom\nsecond line");
            }
        };
        Result r = run(exploding, "values");
        assertEquals(70, r.code());
        assertEquals(List.of("govreport: internal error: boom second line"), r.errLines());
    }

    @Test
    void aReadErrorOnStandardInputIsAnInputError() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device gone");
            }
        };
        Result r = run(failing, "values");
        assertEquals(1, r.code());
        assertEquals(List.of("govreport: <stdin>: cannot read (device gone)"), r.errLines());
    }

    @Test
    void anOutputFailureIsReported() throws IOException {
        Path a = write("a.txt", SENTENCE);
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"values", a.toString()}, InputStream.nullInputStream(),
                new ReasonPrintStream(full), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        // the reason the stream gave (issue 21), not only that writing failed
        assertEquals("govreport: error writing output: No space left on device\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onTheClassPathJacksonFindsTheModelModuleInLosslessMode() {
        List<String> found = new ArrayList<>();
        java.util.ServiceLoader.load(tools.jackson.databind.JacksonModule.class)
                .forEach(m -> found.add(m.getClass().getName() + (m instanceof GovReportModule g && g.isLossless() ? " lossless" : "")));
        assertTrue(found.contains(GovReportModule.class.getName() + " lossless"), found.toString());
        // which is why the tool adds the contract mode itself
        List<String> registered = Json.contractMapper().registeredModules().stream()
                .map(m -> m.getClass().getName() + (m instanceof GovReportModule g && g.isLossless() ? " lossless" : ""))
                .toList();
        assertEquals(List.of(GovReportModule.class.getName()), registered);
    }

    /**
     * The real entry point in a process of its own, with a platform charset that cannot encode Chinese:
     * the output must still be UTF-8, and errors must still be single lines.
     */
    @Test
    void mainWritesUtf8WhateverThePlatformDefault() throws Exception {
        Path a = write("a.txt", SENTENCE);
        Path missing = dir.resolve("missing.txt");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dfile.encoding=US-ASCII",
                        "-Dsun.stdout.encoding=US-ASCII",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Cli.class.getName(),
                        "values",
                        a.toString(),
                        missing.toString())
                .start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue());
        String stdout = new String(out, StandardCharsets.UTF_8);
        assertEquals("{\"file\":" + quoted(a) + "," + GROWTH.substring(1) + "\n"
                + "{\"file\":" + quoted(a) + "," + JOBS.substring(1) + "\n", stdout);
        assertEquals("govreport: " + missing + ": no such file\n", new String(err, StandardCharsets.UTF_8));
    }
}
