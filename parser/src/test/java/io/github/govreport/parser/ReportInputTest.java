package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ReportInput} and {@link ReportParser#parse(Path)}: every encoding a report file comes in. */
class ReportInputTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final ReportParser PARSER = ReportParser.builder().build();

    @TempDir
    Path dir;

    /** The invented test report, with a char outside GBK (𠀀, a supplementary ideograph) in a sentence of its own. */
    private static String text() {
        return ReportParserTest.mini() + "\n附记：𠀀。\n";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static Stream<Arguments> encodings() {
        String t = text();
        return Stream.of(
                Arguments.of("UTF-8", t.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("UTF-8 with BOM", concat(UTF8_BOM, t.getBytes(StandardCharsets.UTF_8))),
                Arguments.of("UTF-16LE with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, t.getBytes(StandardCharsets.UTF_16LE))),
                Arguments.of("UTF-16BE with BOM", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, t.getBytes(StandardCharsets.UTF_16BE))),
                Arguments.of("GB18030", t.getBytes(GB18030)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void everyEncodingDecodesToTheSameTextAndReport(String name, byte[] bytes) throws IOException {
        String text = text();
        assertEquals(text, ReportInput.detecting().decode(bytes), name);
        Path file = Files.write(dir.resolve("report.txt"), bytes);
        Report expected = PARSER.parse(text);
        // the byte order mark is dropped before parsing: offsets are the same as for the text itself
        assertEquals(expected, PARSER.parse(file), name);
        assertEquals(text, ReportInput.detecting().read(new ByteArrayInputStream(bytes)), name);
        assertFalse(expected.indicators().isEmpty());
    }

    @Test
    void gbkTextIsReadAsGb18030AndCanBeForced() throws IOException {
        String text = ReportParserTest.mini(); // all in GBK
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        assertEquals(text, ReportInput.detecting().decode(gbk));
        Path file = Files.write(dir.resolve("gbk.txt"), gbk);
        ReportParser forced = ReportParser.builder().encoding(Charset.forName("GBK")).build();
        assertEquals(PARSER.parse(text), forced.parse(file));
        assertEquals("GBK", ReportInput.forcing("gbk").forcedCharset().name());
        assertNull(ReportInput.detecting().forcedCharset());
    }

    @Test
    void invalidBytesInForcedUtf8AreOneClearLine() throws IOException {
        byte[] good = "增长6.5%".getBytes(StandardCharsets.UTF_8); // 10 bytes
        Path file = Files.write(dir.resolve("bad.txt"), concat(good, new byte[] {(byte) 0xC3, 'a'}));
        ReportParser utf8 = ReportParser.builder().encoding(StandardCharsets.UTF_8).build();
        ReportInput.DecodingException e = assertThrows(ReportInput.DecodingException.class, () -> utf8.parse(file));
        assertEquals(file + ": not valid UTF-8 (byte offset 10)", e.getMessage());
        assertEquals("not valid UTF-8 (byte offset 10)", e.reason());
        assertEquals(10, e.byteOffset());
        assertEquals(StandardCharsets.UTF_8, e.charset());
        assertEquals(file.toString(), e.source());
        assertFalse(e.getMessage().contains("\n"));
        // a GB18030 file forced as UTF-8: the first Chinese char is already invalid
        byte[] gb = "各位代表：".getBytes(GB18030);
        ReportInput.DecodingException atZero = assertThrows(ReportInput.DecodingException.class,
                () -> ReportInput.forcing(StandardCharsets.UTF_8).decode(gb));
        assertEquals("not valid UTF-8 (byte offset 0)", atZero.getMessage());
    }

    @Test
    void aByteOrderMarkCountsInTheByteOffset() {
        byte[] bytes = concat(UTF8_BOM, new byte[] {'a', 'b', (byte) 0xFF});
        ReportInput.DecodingException e = assertThrows(ReportInput.DecodingException.class,
                () -> ReportInput.detecting().decode(bytes));
        assertEquals("not valid UTF-8 (byte offset 5)", e.getMessage(), "a BOM says UTF-8: no other encoding is tried");
        // an odd number of bytes after a UTF-16 mark
        ReportInput.DecodingException odd = assertThrows(ReportInput.DecodingException.class,
                () -> ReportInput.detecting().decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'}));
        assertEquals("not valid UTF-16LE (byte offset 4)", odd.getMessage());
    }

    @Test
    void bytesValidInNoDetectedEncodingNameBoth() {
        ReportInput.DecodingException e = assertThrows(ReportInput.DecodingException.class,
                () -> ReportInput.detecting().decode(new byte[] {'1', '2', (byte) 0xFF, 'x'}));
        assertEquals("not valid UTF-8 (byte offset 2) nor GB18030 (byte offset 2)", e.getMessage());
        assertNull(e.charset());
        assertEquals(2, e.byteOffset());
    }

    @Test
    void forcedEncodingsDropAByteOrderMarkToo() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "各位代表".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("各位代表", ReportInput.forcing(StandardCharsets.UTF_16LE).decode(bytes));
        assertEquals("各位代表", ReportInput.forcing("UTF-16").decode(bytes));
        assertEquals("", ReportInput.detecting().decode(UTF8_BOM));
        assertEquals("", ReportInput.detecting().decode(new byte[0]));
    }

    @Test
    void unknownEncodingNamesAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportInput.forcing("NO-SUCH-ENCODING"));
        assertEquals("unknown encoding 'NO-SUCH-ENCODING'", e.getMessage());
        assertThrows(NullPointerException.class, () -> ReportInput.forcing((Charset) null));
    }

    @Test
    void aReaderIsReadToItsEndWithoutItsByteOrderMark() throws IOException {
        String text = text();
        StringReader reader = new StringReader("\uFEFF" + text);
        List<ReportProblem> problems = new java.util.ArrayList<>();
        Report r = PARSER.parse(reader, problems::add);
        List<ReportProblem> expected = new java.util.ArrayList<>();
        assertEquals(PARSER.parse(text, expected::add), r);
        assertEquals(expected, problems);
        assertEquals("", ReportInput.read(new StringReader("\uFEFF")));
    }

    @Test
    void aMissingFileIsTheFileSystemsException() {
        assertThrows(NoSuchFileException.class, () -> PARSER.parse(dir.resolve("missing.txt")));
        assertThrows(NullPointerException.class, () -> PARSER.parse((Path) null));
    }

    @Test
    void strictParsingOfAFileNamesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("english.md"), "# Minutes\n\nNothing to report.\n", StandardCharsets.UTF_8);
        ReportParser strict = ReportParser.builder().strict(true).build();
        ReportParseException e = assertThrows(ReportParseException.class, () -> strict.parse(file));
        assertEquals(file.toString(), e.source());
        assertEquals(ReportProblem.Type.NO_BODY_START, e.problem().type());
        assertTrue(e.getMessage().startsWith(file + ":1:1 ERROR NO_BODY_START "), e.getMessage());
        assertNull(assertThrows(ReportParseException.class, () -> strict.parse("Nothing to report.")).source());
    }
}
