package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Span;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Metadata;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ValueParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govreport summary}: metadata, outline, aligned tables, and the CSV form. */
class SummaryCommandTest {

    private static final String HEADER = "type,name,concept,period,value,value_unit,value_kind,value_qualifier,change,change_unit,change_kind,change_qualifier,headline,stretch";


    static final Path SAMPLE = Path.of("sample/sample-report.txt");

    @TempDir
    Path dir;

    @Test
    void theSummaryStartsWithOneKeyValueLinePerMetadataField() {
        CliTest.Result r = CliTest.run("summary", SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of(
                "title: 政府工作报告",
                "region: 湖州市吴兴区",
                "level: COUNTY",
                "year: 2026",
                "reviewYear: 2025",
                "date: 2026-01-15",
                "speaker: 王明远",
                "speakerTitle: 区长",
                "meeting: 湖州市吴兴区第三届人民代表大会第五次会议"), r.outLines().subList(0, 9));
    }

    @Test
    void theOutlineIsIndentedByLevel() throws IOException {
        Report report = ReportParser.builder().build().parse(Files.readString(SAMPLE));
        List<String> lines = CliTest.run("summary", SAMPLE.toString()).outLines();
        int outline = lines.indexOf("Outline:");
        assertTrue(outline > 0, String.join("\n", lines));
        assertEquals("  " + report.sections().get(0).title(), lines.get(outline + 1));
        var planPart = report.sections().stream().filter(s -> !s.sections().isEmpty()).findFirst().orElseThrow();
        int at = lines.indexOf("  " + planPart.title());
        assertTrue(at > outline);
        assertEquals("    " + planPart.sections().get(0).title(), lines.get(at + 1));
    }

    @Test
    void tableColumnsLineUpWithChineseCountingTwoColumns() throws IOException {
        Report report = ReportParser.builder().build().parse(Files.readString(SAMPLE));
        List<String> lines = CliTest.run("summary", SAMPLE.toString()).outLines();

        int header = lines.indexOf(lines.stream().filter(l -> l.matches("  name +value +change")).findFirst().orElseThrow());
        int valueColumn = lines.get(header).indexOf("value"); // the header is ASCII
        int changeColumn = lines.get(header).indexOf("change");
        assertTrue(valueColumn > 2 + 2 * 6, "wider than a six-character name: " + valueColumn);
        for (int i = 0; i < report.indicators().size(); i++) {
            String line = lines.get(header + 1 + i);
            Indicator indicator = report.indicators().get(i);
            assertTrue(at(line, 2).startsWith(TextWidth.truncate(indicator.name(), SummaryCommand.NAME_COLUMNS)), line);
            String value = indicator.value() == null ? "-" : indicator.value().text();
            String change = indicator.change() == null ? "-" : indicator.change().text();
            assertTrue(at(line, valueColumn).startsWith(value), "value at column " + valueColumn + ": " + line);
            assertEquals(change, at(line, changeColumn), line);
        }

        int targets = lines.indexOf(lines.stream().filter(l -> l.matches("  H +S +name +value +change")).findFirst().orElseThrow());
        String first = lines.get(targets + 1);
        Target headline = report.targets().get(0);
        assertTrue(headline.headline());
        assertTrue(first.startsWith("  H     " + headline.name()), first);
        String stretch = lines.stream().skip(targets).filter(l -> l.startsWith("  H  S  ")).findFirst().orElse("");
        assertFalse(stretch.isEmpty(), "the sample's 力争 goal is marked H and S");
    }

    /**
     * The columns a character takes by a rule independent of {@link TextWidth}, good enough for the
     * sample: Han characters, CJK punctuation and full-width forms take two.
     */
    private static int columns(int cp) {
        boolean wide = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF01 && cp <= 0xFF60);
        return wide ? 2 : 1;
    }

    /** The rest of a line from a terminal column on; fails if the column falls inside a wide character. */
    private static String at(String line, int column) {
        int used = 0;
        int i = 0;
        while (used < column) {
            int cp = line.codePointAt(i);
            used += columns(cp);
            i += Character.charCount(cp);
        }
        assertEquals(column, used, "column " + column + " splits a character in: " + line);
        return line.substring(i);
    }

    @Test
    void longNamesAreCutWithAnEllipsis() {
        ValueMention v = ValueParser.standard().findAll("12个").get(0);
        String longName = "为全区中小学教室更换护眼照明灯具并同步完成配套线路改造工程";
        Report report = new Report(Metadata.EMPTY, List.of(),
                List.of(new Indicator(longName, v, null, YearSpan.of(2025), new Span(0, 3)),
                        new Indicator("短名", v, null, null, new Span(0, 3))),
                List.of(new Target("ASCII name, with comma", v, null, null, new Span(0, 3), false, false)),
                List.of(), List.of(), List.of());
        String text = SummaryCommand.text(report);
        String cut = TextWidth.truncate(longName, SummaryCommand.NAME_COLUMNS);
        assertTrue(cut.endsWith("…") && TextWidth.of(cut) <= SummaryCommand.NAME_COLUMNS, cut);
        assertTrue(text.contains("\n  " + cut + "  12个   -\n"), text);
        assertTrue(text.contains("\n  " + TextWidth.pad("短名", TextWidth.of(cut)) + "  12个   -\n"), text);
        assertTrue(text.contains("title: -\n"), "unknown metadata shows as -");
        assertTrue(text.contains("(no sections found)"), text);
    }

    @Test
    void csvHasTheHeaderAndExactNumbers() {
        CliTest.Result r = CliTest.run("summary", "--csv", SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        String csv = r.out();
        assertTrue(csv.startsWith(HEADER + "\r\n"), csv);
        // level and change each with unit, kind and qualifier; the concept when the parser gives one
        assertTrue(csv.contains("\r\nindicator,地区生产总值,gdp,2025,35670000000,元,QUANTITY,EXACT,6.5,%,PERCENT,EXACT,,\r\n"), csv);
        assertTrue(csv.matches("(?s).*\r\nindicator,固定资产投资,[a-z-]*,2025,,,,,-2\\.3,%,PERCENT,EXACT,,\r\n.*"), "a fall is negative: " + csv);
        assertTrue(csv.contains("\r\ntarget,地区生产总值,gdp,2026,,,,,6,%,PERCENT,APPROX,true,false\r\n"), "左右 is kept: " + csv);
        assertTrue(csv.contains(",5-10,家,QUANTITY,RANGE,,,,,false,false\r\n"), "a range is low-high: " + csv);
        assertFalse(csv.contains("E+"));
        assertFalse(csv.replace("\r\n", "").contains("\n"), "every line ends with CR LF");
        for (List<String> row : CsvReader.read(csv)) {
            assertEquals(MeasureCsv.HEADER.size(), row.size(), row.toString());
        }
    }

    @Test
    void everyFieldOfTheCsvReadsBackToTheReport() throws Exception {
        Report report = ReportParser.builder().build().parse(Files.readString(SAMPLE));
        List<List<String>> rows = CsvReader.read(SummaryCommand.csv(report));
        assertEquals(MeasureCsv.HEADER, rows.get(0));
        List<List<Object>> measures = new ArrayList<>();
        report.indicators().forEach(i -> measures.add(Arrays.asList("indicator", i.name(), i.concept(), i.period(), i.value(), i.change(), null)));
        report.targets().forEach(t -> measures.add(Arrays.asList("target", t.name(), t.concept(), t.period(), t.value(), t.change(), t)));
        assertEquals(measures.size(), rows.size() - 1);
        for (int k = 0; k < measures.size(); k++) {
            List<Object> m = measures.get(k);
            List<String> row = rows.get(k + 1);
            assertEquals(m.get(0), row.get(0));
            assertEquals(m.get(1), row.get(1));
            assertEquals(m.get(2) == null ? "" : m.get(2), row.get(2));
            assertEquals(m.get(3) == null ? "" : m.get(3).toString(), row.get(3));
            assertSide((ValueMention) m.get(4), row.subList(4, 8));
            assertSide((ValueMention) m.get(5), row.subList(8, 12));
            Target t = (Target) m.get(6);
            assertEquals(t == null ? "" : Boolean.toString(t.headline()), row.get(12));
            assertEquals(t == null ? "" : Boolean.toString(t.stretch()), row.get(13));
        }
    }

    private static void assertSide(ValueMention m, List<String> fields) {
        if (m == null) {
            assertEquals(List.of("", "", "", ""), fields);
            return;
        }
        assertEquals(MeasureCsv.number(m), fields.get(0));
        assertEquals(m.value().amount().unit() == null ? "" : m.value().amount().unit().symbol(), fields.get(1));
        assertEquals(m.value().kind().name(), fields.get(2));
        assertEquals(m.value().qualifier().name(), fields.get(3));
    }

    /** A reader of RFC 4180 CSV, written for the test: quoted fields, doubled quotes, CR LF. */
    static final class CsvReader {
        static List<List<String>> read(String csv) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < csv.length(); i++) {
                char c = csv.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            return rows;
        }
    }

    @Test
    void csvHasTheConceptAfterTheName() {
        ValueMention v = ValueParser.standard().findAll("增长6%").get(0);
        Report report = new Report(Metadata.EMPTY, List.of(), List.of(
                        new Indicator("地区生产总值", null, v, YearSpan.of(2025), new Span(0, 4), "gdp"),
                        new Indicator("某项指标", null, v, YearSpan.of(2025), new Span(0, 4))),
                List.of(new Target("生产总值", null, v, YearSpan.of(2026), new Span(0, 4), true, false, "gdp")),
                List.of(), List.of(), List.of());
        assertEquals(HEADER + "\r\n"
                + "indicator,地区生产总值,gdp,2025,,,,,6,%,PERCENT,EXACT,,\r\n"
                + "indicator,某项指标,,2025,,,,,6,%,PERCENT,EXACT,,\r\n"
                + "target,生产总值,gdp,2026,,,,,6,%,PERCENT,EXACT,true,false\r\n", SummaryCommand.csv(report));
    }

    @Test
    void csvQuotesWhatRfc4180Needs() {
        assertEquals("plain", MeasureCsv.field("plain"));
        assertEquals("中文名", MeasureCsv.field("中文名"));
        assertEquals("\"a,b\"", MeasureCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", MeasureCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", MeasureCsv.field("two\nlines"));
        assertEquals("\"cr\r\"", MeasureCsv.field("cr\r"));
        assertEquals("a,\"b,c\",\r\n", MeasureCsv.line(List.of("a", "b,c", "")));
    }

    @Test
    void csvNumbersAreExactAndSigned() {
        ValueParser p = ValueParser.standard();
        assertEquals("16600", MeasureCsv.number(p.findAll("1.66万人").get(0)));
        assertEquals("-2.5", MeasureCsv.number(p.findAll("下降2.5%左右").get(0)));
        assertEquals("50000-100000", MeasureCsv.number(p.findAll("5-10万人").get(0)));
        assertEquals("2018-03-21", MeasureCsv.number(p.findAll("2018年3月21日").get(0)));
        assertEquals("0.3333333333333333", MeasureCsv.number(p.findAll("三分之一").get(0)));
        assertEquals("", MeasureCsv.number(null));
    }

    @Test
    void summaryReadsStandardInputAndSeveralFiles() throws IOException {
        byte[] sample = Files.readAllBytes(SAMPLE);
        CliTest.Result stdin = CliTest.run(new java.io.ByteArrayInputStream(sample), "summary");
        String one = CliTest.run("summary", SAMPLE.toString()).out();
        assertEquals(one, stdin.out());
        // two files: one summary after the other, each under its name
        Path copy = Files.copy(SAMPLE, dir.resolve("copy.txt"));
        CliTest.Result two = CliTest.run("summary", SAMPLE.toString(), copy.toString());
        assertEquals(0, two.code(), two.err());
        assertEquals("== " + SAMPLE + " ==\n" + one + "\n== " + copy + " ==\n" + one, two.out());
        // and as CSV, one table with a file column
        CliTest.Result csv = CliTest.run("summary", "--csv", SAMPLE.toString(), copy.toString());
        String[] rows = CliTest.run("summary", "--csv", SAMPLE.toString()).out().split("\r\n");
        String[] both = csv.out().split("\r\n");
        assertEquals("file," + rows[0], both[0]);
        assertEquals(2 * rows.length - 1, both.length);
        assertEquals(SAMPLE + "," + rows[1], both[1]);
        assertEquals(copy + "," + rows[rows.length - 1], both[both.length - 1]);
    }

    @Test
    void aMissingOrBrokenFileIsOneLineAndExitOne() throws IOException {
        CliTest.Result missing = CliTest.run("summary", dir.resolve("missing.txt").toString());
        assertEquals(1, missing.code());
        assertEquals(List.of("govreport: " + dir.resolve("missing.txt") + ": no such file"), missing.errLines());
        assertEquals("", missing.out());
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3});
        CliTest.Result broken = CliTest.run("summary", "--csv", bad.toString());
        assertEquals(1, broken.code());
        assertEquals(List.of("govreport: " + bad + ": not valid UTF-8 (byte offset 0) nor GB18030 (byte offset 0)"), broken.errLines());

        Path ok = Files.writeString(dir.resolve("ok.txt"), "政府工作报告", StandardCharsets.UTF_8);
        List<String> calls = new ArrayList<>();
        SummaryCommand exploding = new SummaryCommand(text -> {
            calls.add(text);
            throw new IllegalArgumentException("bad\nthing");
        });
        ParseCommandTest.Result r = ParseCommandTest.run(exploding, ok.toString());
        assertEquals(1, r.code());
        assertEquals("govreport: " + ok + ": cannot parse (bad thing)\n", r.err());
        assertEquals(List.of("政府工作报告"), calls);
    }

    @Test
    void widthsFollowEastAsianWidth() {
        assertEquals(3, TextWidth.of("abc"));
        assertEquals(4, TextWidth.of("地区"));
        assertEquals(10, TextWidth.of("１２．５％"), "full-width forms are wide");
        assertEquals(4, TextWidth.of("한국"));
        assertEquals(1, TextWidth.of("e\u0301"), "a combining accent takes no column");
        assertEquals(1, TextWidth.of("…"));
        assertEquals(2, TextWidth.of("𠀀"), "a supplementary ideograph is one wide character, not two");
        assertEquals("地区生…", TextWidth.truncate("地区生产总值", 7));
        assertEquals("地区…", TextWidth.truncate("地区生产总值", 6));
        assertEquals("地区生产总值", TextWidth.truncate("地区生产总值", 12));
        assertEquals("地区  ", TextWidth.pad("地区", 6));
        assertEquals("a b", TextWidth.printable(" a\n\t b\u001b"));
    }
}
