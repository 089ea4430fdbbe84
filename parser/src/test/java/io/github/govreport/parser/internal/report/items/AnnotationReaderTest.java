package io.github.govreport.parser.internal.report.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Span;
import io.github.govreport.model.Annotation;
import io.github.govreport.parser.Corpus;
import io.github.govreport.parser.ReportProblem.Type;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link AnnotationReader}: each entry shape on small invented texts, then the glossaries of the corpus. */
class AnnotationReaderTest {

    /** What one call returned, with the problems it reported. */
    private record Result(ReportText text, List<Annotation> notes, List<ReportProblem> problems) {

        Annotation note(int i) {
            return notes.get(i);
        }

        String of(Span span) {
            return span.of(text.text());
        }

        List<String> references(int i) {
            return notes.get(i).references().stream().map(this::of).toList();
        }

        long count(Type type) {
            return problems.stream().filter(p -> p.type() == type).count();
        }
    }

    private static Result read(String text, int[] block, int bodyStart, int bodyEnd) {
        return read(ReportText.of(text), block == null ? List.of() : List.<int[]>of(block), bodyStart, bodyEnd);
    }

    private static Result read(ReportText text, List<int[]> blocks, int bodyStart, int bodyEnd) {
        List<ReportProblem> problems = new ArrayList<>();
        List<Annotation> notes = AnnotationReader.read(text, blocks, bodyStart, bodyEnd, new Problems(text, problems::add));
        return new Result(text, notes, problems);
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    // ------------------------------------------------------------------ numbered shapes

    @Test
    void bracketNotesLinkToTheirMarkers() {
        String t = lines(
            "各位代表：", //                                   0
            "今年推行“亩均论英雄”［1］改革，建成示例区[2]。", // 1
            "明年再建示例区[2]，并试行飞地经济[3]。", //        2
            "", //                                             3
            "名词解释", //                                     4
            "［1］“亩均论英雄”：以每亩土地产出评价企业的办法。", // 5
            "", //                                             6
            "[2]示例区：用于先行示范的区域。"); //             7
        Result r = read(t, new int[] {5, 8}, 0, 4);
        assertEquals(2, r.notes().size());

        assertEquals("亩均论英雄", r.note(0).term());
        assertEquals("以每亩土地产出评价企业的办法。", r.note(0).definition());
        assertEquals("［1］“亩均论英雄”：以每亩土地产出评价企业的办法。", r.of(r.note(0).span()));
        assertEquals(List.of("［1］"), r.references(0));

        assertEquals("示例区", r.note(1).term());
        assertEquals("[2]示例区：用于先行示范的区域。", r.of(r.note(1).span()));
        assertEquals(List.of("[2]", "[2]"), r.references(1));
        assertTrue(r.note(1).references().get(0).start() < r.note(1).references().get(1).start());

        // [3] has no note
        assertEquals(1, r.count(Type.UNMATCHED_NOTE_MARKER));
        assertEquals(3, r.problems().get(0).line());
    }

    @Test
    void dotNumberIsNeverReadAsADecimal() {
        String t = lines(
            "各位代表：", //                                   0
            "新建10条示范路，完成节水改造。", //               1
            "名词解释", //                                     2
            "1.节水改造：对老旧管网的更新。", //               3
            "2.10条示范路：首批示范道路，", //                 4
            "3.5公里以上的路段优先。", //                      5  a decimal: continues note 2
            "3.“飞地经济”：两地合作的园区模式。主要有：", //   6
            "1、共建园区；", //                                7  a sub-list inside note 3
            "2、托管园区。"); //                               8
        Result r = read(t, new int[] {3, 9}, 0, 2);
        assertEquals(List.of("节水改造", "10条示范路", "飞地经济"), r.notes().stream().map(Annotation::term).toList());
        assertEquals("首批示范道路，3.5公里以上的路段优先。", r.note(1).definition());
        assertEquals("2.10条示范路：首批示范道路，\n3.5公里以上的路段优先。", r.of(r.note(1).span()));
        assertEquals("两地合作的园区模式。主要有：1、共建园区；2、托管园区。", r.note(2).definition());
        // no markers anywhere: the terms themselves are the references
        assertEquals(List.of("节水改造"), r.references(0));
        assertEquals(List.of("10条示范路"), r.references(1));
        assertEquals(List.of(), r.references(2));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void ideographicCommaAndSpacedDotNumbers() {
        String t = lines(
            "各位代表：推行亩均论英雄。", //                   0
            "附：", //                                         1
            "《政府工作报告》相关注释", //                     2
            "1、亩均论英雄:以每亩产出评价企业。", //           3  half-width colon
            "2. 示例区：先行先试的区域。"); //                 4  space after the number
        Result r = read(t, new int[] {3, 5}, 0, 2);
        assertEquals(2, r.notes().size());
        assertEquals("亩均论英雄", r.note(0).term());
        assertEquals("以每亩产出评价企业。", r.note(0).definition());
        assertEquals("示例区", r.note(1).term());
        assertEquals("先行先试的区域。", r.note(1).definition());
        assertEquals("2. 示例区：先行先试的区域。", r.of(r.note(1).span()));
        assertEquals(List.of("亩均论英雄"), r.references(0));
    }

    @Test
    void markdownBoldIsLeftOutOfTermAndDefinition() {
        String t = lines(
            "各位代表：推行“亩均论英雄”，建设示例区。", //     0
            "**名词解释**", //                                 1
            "**1.亩均论英雄：**以每亩产出评价企业。", //       2
            "**2.“示例区”**：先行先试的区域。"); //            3
        Result r = read(t, new int[] {2, 4}, 0, 1);
        assertEquals(2, r.notes().size());
        assertEquals("亩均论英雄", r.note(0).term());
        assertEquals("以每亩产出评价企业。", r.note(0).definition());
        assertEquals("1.亩均论英雄：**以每亩产出评价企业。", r.of(r.note(0).span()));
        assertEquals("示例区", r.note(1).term());
        assertEquals("先行先试的区域。", r.note(1).definition());
        assertEquals("2.“示例区”**：先行先试的区域。", r.of(r.note(1).span()));
        // the quoted form is found first; the span is the term without its quotes
        assertEquals(List.of("亩均论英雄"), r.references(0));
        assertEquals('“', r.text().text().charAt(r.note(0).references().get(0).start() - 1));
        assertEquals(List.of("示例区"), r.references(1));
    }

    @Test
    void termAloneThenDefinitionOnTheFollowingLines() {
        String t = lines(
            "各位代表：", //                                   0
            "名词解释", //                                     1
            "1.“亩均论英雄”：", //                             2
            "以每亩产出", //                                   3
            "评价企业。", //                                   4
            "2.示例区：", //                                   5
            "", //                                             6
            "先行先试的区域。"); //                            7
        Result r = read(t, new int[] {2, 8}, 0, 1);
        assertEquals(2, r.notes().size());
        assertEquals("亩均论英雄", r.note(0).term());
        assertEquals("以每亩产出评价企业。", r.note(0).definition());
        assertEquals("1.“亩均论英雄”：\n以每亩产出\n评价企业。", r.of(r.note(0).span()));
        assertEquals("先行先试的区域。", r.note(1).definition());
        assertEquals("2.示例区：\n\n先行先试的区域。", r.of(r.note(1).span()));
    }

    @Test
    void unquotedSubLinesOfANumberedNoteAreContinuations() {
        String t = lines(
            "各位代表：三带一区[1]建设提速，示例区[2]扩容。", // 0
            "名词术语解释", //                                  1
            "［1］三带一区：指以下两部分。", //                  2
            "“三带”：沿河三条产业带。", //                      3
            "“一区”：示例区。", //                              4
            "［2］示例区：先行先试的区域。"); //                 5
        Result r = read(t, new int[] {2, 6}, 0, 1);
        assertEquals(2, r.notes().size());
        assertEquals("三带一区", r.note(0).term());
        assertEquals("指以下两部分。“三带”：沿河三条产业带。“一区”：示例区。", r.note(0).definition());
        assertEquals(List.of("[1]"), r.references(0));
        assertEquals(List.of("[2]"), r.references(1));
    }

    @Test
    void aNumberedStatementIsKnownByItsMarker() {
        String t = lines(
            "各位代表：全年产值增长8%左右[1]，示例区[2]扩容。", // 0
            "名词解释和说明", //                                   1
            "［1］本报告所列示例数据均为预计数，以统计公报为准。", // 2
            "［2］示例区：先行先试的区域。"); //                     3
        Result r = read(t, new int[] {2, 4}, 0, 1);
        assertEquals(2, r.notes().size());
        assertEquals("[1]", r.note(0).term());
        assertEquals("本报告所列示例数据均为预计数，以统计公报为准。", r.note(0).definition());
        assertEquals(List.of("[1]"), r.references(0));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void aNoteWithoutMarkerIsReportedAndFallsBackToItsTerm() {
        String t = lines(
            "各位代表：推行亩均论英雄[1]，建设示例区。", //     0
            "名词解释", //                                      1
            "[1]亩均论英雄：以每亩产出评价企业。", //           2
            "[2]示例区：先行先试的区域。"); //                  3
        Result r = read(t, new int[] {2, 4}, 0, 1);
        assertEquals(List.of("[1]"), r.references(0));
        assertEquals(List.of("示例区"), r.references(1));
        assertEquals(1, r.count(Type.UNMATCHED_NOTE_MARKER));
        assertEquals(4, r.problems().get(0).line());
    }

    // ------------------------------------------------------------------ unnumbered glossaries

    @Test
    void unnumberedNotesWithQuotedAndBareTerms() {
        String t = lines(
            "各位代表：推行“亩均论英雄”，建设示例区和“示例区”。", // 0
            "继续推行亩均论英雄，推进“两重”建设和“两新”工作。", //   1
            "《政府工作报告》名词解释", //                            2
            "“亩均论英雄”：以每亩产出评价企业。", //                  3
            "示例区：先行先试的区域。", //                            4
            "这是上一条的补充说明。", //                              5  no colon: continues
            "此外，园区另有规定：见后。", //                          6  a comma before the colon: continues
            "“两重”“两新”：两组简称。"); //                          7
        Result r = read(t, new int[] {3, 8}, 0, 2);
        assertEquals(List.of("亩均论英雄", "示例区", "“两重”“两新”"), r.notes().stream().map(Annotation::term).toList());
        assertEquals("先行先试的区域。这是上一条的补充说明。此外，园区另有规定：见后。", r.note(1).definition());
        assertEquals("示例区：先行先试的区域。\n这是上一条的补充说明。\n此外，园区另有规定：见后。", r.of(r.note(1).span()));
        // the quoted form wins where it occurs: one reference, not the bare 示例区 before it, nor the bare 亩均论英雄 of line 1
        assertEquals(List.of("亩均论英雄"), r.references(0));
        Span ref = r.note(1).references().get(0);
        assertEquals(List.of("示例区"), r.references(1));
        assertEquals('“', t.charAt(ref.start() - 1));
        // a term the body never writes whole: its quoted parts
        assertEquals(List.of("两重", "两新"), r.references(2));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void unreadableLinesAreReportedAndSkipped() {
        String t = lines(
            "各位代表：", //                                   0
            "名词解释", //                                     1
            "以下为本报告所用名词。", //                       2  before the first note
            "1.示例区：先行先试的区域。", //                   3
            "2.亩均论英雄："); //                              4  no definition
        Result r = read(t, new int[] {2, 5}, 0, 1);
        assertEquals(1, r.notes().size());
        assertEquals("示例区", r.note(0).term());
        assertEquals(2, r.count(Type.UNREADABLE_NOTE));
        assertEquals(List.of(3, 5), r.problems().stream().map(ReportProblem::line).toList());

        Result unnumbered = read(lines("各位代表：", "名词解释", "本附录说明若干用语。", "示例区：先行先试的区域。"), new int[] {2, 4}, 0, 1);
        assertEquals(1, unnumbered.notes().size());
        assertEquals(1, unnumbered.count(Type.UNREADABLE_NOTE));
    }

    @Test
    void labelReadsOneToThreeDigitsOnly() {
        assertEquals(16, GlossaryNotes.label("16.10条示范路:x")[0]);
        assertEquals(3, GlossaryNotes.label("16.10条示范路:x")[1]);
        assertEquals(2, GlossaryNotes.label("[2]示例区")[0]);
        assertEquals(3, GlossaryNotes.label("7、 示例区")[1]);
        assertNull(GlossaryNotes.label("2026.示例区"));
        assertNull(GlossaryNotes.label("2026年示例区"));
        assertNull(GlossaryNotes.label("[2026]"));
        assertNull(GlossaryNotes.label("0.5公里"));
        assertNull(GlossaryNotes.label("12"));
    }

    // ------------------------------------------------------------------ Hong Kong notes

    @Test
    void hongKongNotesAndSuperscriptMarkers() {
        String t = lines(
            "<para>我們會推動經濟發展<superscript>1</superscript>，這個區域<superscript>2</superscript>將成為示範。</para>", // 0
            "<para>註1: 示範區指先行先試的區域。</para>", //                                                                      1
            "<para>", //                                                                                                        2
            "  註2:", //                                                                                                        3
            "  與鄰近地區合作的產業園。", //                                                                                    4
            "</para>", //                                                                                                       5
            "<para>面積為3公里<superscript>x</superscript>及<superscript>5</superscript>，這個區域<superscript>3</superscript>會發展。</para>", // 6
            "<para>", //                                                                                                        7
            "  註3: 即「陪我講Shall We", //                                                                                     8  wrapped inside its paragraph
            "  Talk」計劃", //                                                                                                  9
            "</para>"); //                                                                                                      10
        ReportText text = ReportText.of(t);
        assertTrue(text.isTraditional());
        Result r = read(text, List.of(), 0, text.lines().size());
        assertEquals(3, r.notes().size());
        assertEquals("注1", r.note(0).term());
        assertEquals("示範區指先行先試的區域。", r.note(0).definition());
        assertEquals("註1: 示範區指先行先試的區域。", r.of(r.note(0).span()));
        assertEquals(List.of("<superscript>1</superscript>"), r.references(0));
        assertEquals("注2", r.note(1).term());
        assertEquals("與鄰近地區合作的產業園。", r.note(1).definition());
        assertEquals("註2:\n  與鄰近地區合作的產業園。", r.of(r.note(1).span()));
        assertEquals(List.of("<superscript>2</superscript>"), r.references(1));
        assertEquals("即「陪我講Shall We Talk」計劃", r.note(2).definition());
        assertEquals("註3: 即「陪我講Shall We\n  Talk」計劃", r.of(r.note(2).span()));
        assertEquals(List.of("<superscript>3</superscript>"), r.references(2));
        // <superscript>5</superscript> has no note; <superscript>x</superscript> is no marker
        assertEquals(1, r.count(Type.UNMATCHED_NOTE_MARKER));
        assertEquals(7, r.problems().get(0).line());
    }

    @Test
    void simplifiedHongKongNoteAndSuperscriptsWithoutNotes() {
        Result r = read(lines("各位代表：建成示例区<superscript>1</superscript>。", "注1：先行先试的区域。", "注：表中为预计数。"), null, 0, 3);
        assertEquals(1, r.notes().size());
        assertEquals("注1", r.note(0).term());
        assertEquals("先行先试的区域。", r.note(0).definition());
        assertEquals(List.of("<superscript>1</superscript>"), r.references(0));

        // without 注n notes a superscript is a unit exponent, not a marker
        Result units = read("各位代表：新增绿地30万m<superscript>2</superscript>。", null, 0, 1);
        assertTrue(units.notes().isEmpty());
        assertTrue(units.problems().isEmpty());
    }

    @Test
    void nothingToReadGivesNothing() {
        Result r = read("各位代表：今年推行亩均论英雄。", null, 0, 1);
        assertTrue(r.notes().isEmpty());
        assertTrue(r.problems().isEmpty());
        Result out = read("各位代表：", new int[] {5, 9}, -3, 40);
        assertTrue(out.notes().isEmpty());
    }

    @Test
    void costStaysNearLinear() {
        StringBuilder t = new StringBuilder();
        int bodyLines = 20_000;
        for (int i = 0; i < bodyLines; i++) {
            t.append("第").append(i).append("段推进示例工作").append(i % 100 + 1).append("号，深化改革[").append(i % 100 + 1).append("]，完善体系。\n");
        }
        t.append("名词解释\n");
        for (int n = 1; n <= 100; n++) {
            t.append('[').append(n).append("]示例工作").append(n).append("号：第").append(n).append("项示例。\n");
        }
        for (int n = 101; n <= 200; n++) {
            t.append(n).append(".没有标记的用语").append(n).append("：第").append(n).append("项示例。\n");
        }
        ReportText text = ReportText.of(t);
        // speed is measured by the JMH benchmarks, not asserted here; this checks the results at scale
        Result r = read(text, List.<int[]>of(new int[] {bodyLines + 1, bodyLines + 201}), 0, bodyLines);
        assertEquals(200, r.notes().size());
        assertEquals(bodyLines / 100, r.note(0).references().size());
        assertEquals(100, r.count(Type.UNMATCHED_NOTE_MARKER)); // notes 101–200 have no marker
    }

    // ------------------------------------------------------------------ the corpus

    /** The corpus glossaries, with the number of notes the structure survey counted (§7.1). */
    private static final Map<String, Integer> SURVEY = new LinkedHashMap<>();

    static {
        SURVEY.put("city-xian-2018.txt", 64);
        SURVEY.put("province-hainan-2020.txt", 64);
        SURVEY.put("city-yiyang-2023.txt", 29);
        SURVEY.put("city-guangzhou-2020.txt", 21);
        SURVEY.put("province-jiangxi-2026.txt", 26);
        SURVEY.put("province-sichuan-2026.txt", 20);
        SURVEY.put("province-guangdong-2026.txt", 13);
        SURVEY.put("county-taiyuan-yingze-2018.txt", 10);
        SURVEY.put("city-qitaihe-2014.txt", 17);
        SURVEY.put("city-wuxi-2017.txt", 33);
        SURVEY.put("province-xianggang-2025.txt", 28);
    }

    /** Files whose body marks every note, so that nearly every note must have a reference. */
    private static final List<String> MARKED = List.of("city-xian-2018.txt", "province-hainan-2020.txt", "city-yiyang-2023.txt",
        "province-xianggang-2025.txt");

    @Test
    void corpusGlossaries() throws IOException {
        Path folder = Corpus.reports().get(0).getParent(); // skips the test where the corpus is absent
        StringBuilder table = new StringBuilder(String.format("%-32s %6s %5s %5s %10s %10s%n", "file", "survey", "read", "refs",
            "unreadable", "unmatched"));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Integer> e : SURVEY.entrySet()) {
            Path file = folder.resolve(e.getKey());
            if (!Files.exists(file)) {
                failures.add(e.getKey() + ": missing");
                continue;
            }
            ReportText text = ReportText.of(Files.readString(file, StandardCharsets.UTF_8));
            List<ReportText.Line> lines = text.lines();
            int bodyStart = bodyStart(lines);
            int heading = glossaryHeading(lines, bodyStart);
            List<int[]> blocks;
            int bodyEnd;
            if (heading < 0) {
                blocks = List.of(); // xg: its notes stand in the body
                bodyEnd = lines.size();
            } else {
                blocks = List.<int[]>of(new int[] {heading + 1, blockEnd(lines, heading + 1)});
                bodyEnd = heading;
            }
            Result r = read(text, blocks, bodyStart, bodyEnd);
            long withRefs = r.notes().stream().filter(a -> !a.references().isEmpty()).count();
            table.append(String.format("%-32s %6d %5d %5d %10d %10d%n", e.getKey(), e.getValue(), r.notes().size(), withRefs,
                r.count(Type.UNREADABLE_NOTE), r.count(Type.UNMATCHED_NOTE_MARKER)));
            if (r.notes().size() * 5 < e.getValue() * 4) {
                failures.add(e.getKey() + ": " + r.notes().size() + " notes, survey " + e.getValue());
            }
            for (Annotation a : r.notes()) {
                if (a.term().isBlank() || a.definition().isBlank()) {
                    failures.add(e.getKey() + ": empty term or definition at " + a.span());
                }
                if (!a.span().of(text.text()).contains(a.definition().substring(0, Math.min(4, a.definition().length())))) {
                    failures.add(e.getKey() + ": span does not hold the definition at " + a.span());
                }
            }
            if (MARKED.contains(e.getKey()) && withRefs * 10 < r.notes().size() * 9) {
                failures.add(e.getKey() + ": only " + withRefs + " of " + r.notes().size() + " notes have a reference");
            }
        }
        System.out.print(table);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void corpusFilesWithoutGlossaryHaveNoNotes() throws IOException {
        List<Path> files = Corpus.reports().stream().filter(p -> !SURVEY.containsKey(p.getFileName().toString())).toList();
        assertFalse(files.isEmpty());
        for (Path file : files) {
            ReportText text = ReportText.of(Files.readString(file, StandardCharsets.UTF_8));
            Result r = read(text, List.of(), 0, text.lines().size());
            assertTrue(r.notes().isEmpty(), file + ": " + r.notes());
            assertTrue(r.problems().isEmpty(), file + ": " + r.problems());
        }
    }

    private static int bodyStart(List<ReportText.Line> lines) {
        for (ReportText.Line line : lines) {
            if (line.clean.startsWith("各位代表")) {
                return line.index;
            }
        }
        return 0;
    }

    /** The first short line after the body start that names a glossary, or -1. */
    private static int glossaryHeading(List<ReportText.Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String s = lines.get(i).clean;
            if (s.length() <= 30 && (s.contains("名词解释") || s.contains("注释") || s.contains("名词术语"))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the glossary ends: at the next appendix heading or the first line of web residue after the
     * report (survey §2.2), else at the end of the text. The outline will do this for real; without it
     * the page footer of sichuan, with the whole report repeated on one line, would become a continuation.
     */
    private static int blockEnd(List<ReportText.Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String s = lines.get(i).clean;
            if (s.startsWith("附录") || s.startsWith("附件") || s.startsWith("相关报道") || s.startsWith("责任编辑")
                || s.startsWith("相关文章") || s.startsWith("来源:")) {
                return i;
            }
        }
        return lines.size();
    }
}
