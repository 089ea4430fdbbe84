package io.github.govreport.parser.internal.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ReportProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ReportText}: lines and their clean forms, with every clean char mapped back to the text as given. */
class ReportTextTest {

    private static List<String> cleanLines(String text) {
        return ReportText.of(text).lines().stream().map(l -> l.clean).toList();
    }

    /** Every clean char of every line comes from the text: the same char, or what the entity there stands for. */
    private static void assertOffsetsSound(String text) {
        ReportText t = ReportText.of(text);
        for (ReportText.Line line : t.lines()) {
            int previous = -1;
            for (int i = 0; i < line.clean.length(); i++) {
                int at = line.offset(i);
                assertTrue(at >= line.start && at < line.end && at >= previous, line + " @" + i);
                previous = at;
            }
            assertTrue(line.cleanEnd() <= line.end && line.cleanEnd() >= line.cleanStart(), line.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            &nbsp;&nbsp;一、过去一年工作回顾              | 一、过去一年工作回顾
            研发&amp;设计                                  | 研发&设计
            &lt;b&gt;不是标签                              | <b>不是标签
            &#25919;&#x5E9C;工作报告                       | 政府工作报告
            &ldquo;十五五&rdquo;开局                       | “十五五”开局
            AT&T &foo; &#xZZ; &#0; &#55296; &            | AT&T &foo; &#xZZ; &#0; &#55296; &
            增长&#65302;%                                  | 增长6%
            软&shy;件&#8203;业                             | 软件业
            """)
    void entitiesAreDecodedInTheCleanForm(String text, String clean) {
        assertEquals(List.of(clean), cleanLines(text));
        assertOffsetsSound(text);
    }

    @Test
    void anEntityMapsToItsAmpersandAndASpanAfterItEndsAfterItsSemicolon() {
        String text = "x&#25919;&#x5E9C;&amp;y";
        ReportText.Line line = ReportText.of(text).lines().get(0);
        assertEquals("x政府&y", line.clean);
        assertEquals(0, line.offset(0));
        assertEquals(1, line.offset(1));
        assertEquals(text.indexOf("&#x5E9C;"), line.offset(2));
        assertEquals(text.indexOf("&amp;"), line.offset(3));
        assertEquals(text.length() - 1, line.offset(4));
        assertEquals("x政府&y", line.original(text, 0, 5), "the text behind an entity is the char it stands for");
        assertEquals("政府", line.original(text, 1, 3));
        assertEquals(2, line.cleanIndexOf(2), "an offset inside an entity belongs to the char after it");
        // a line that ends with an entity ends after the entity
        String tail = "增长6%&nbsp;&#x4E00;";
        ReportText.Line t = ReportText.of(tail).lines().get(0);
        assertEquals("增长6% 一", t.clean);
        assertEquals(tail.length(), t.cleanEnd());
        assertEquals(tail.length(), t.offset(t.clean.length()));
    }

    @Test
    void aSupplementaryCharacterEntityIsTwoCleanCharsAtOneOffset() {
        String text = "字&#x20000;号";
        ReportText.Line line = ReportText.of(text).lines().get(0);
        assertEquals("字\uD840\uDC00号", line.clean);
        assertEquals(1, line.offset(1));
        assertEquals(1, line.offset(2));
        assertEquals("字\uD840\uDC00号", line.original(text, 0, 4));
        assertOffsetsSound(text);
    }

    @Test
    void blockTagsAfterTextCutALineButNotTheTextsLineNumbers() {
        String text = "<div><p>各位代表：</p><p>一、2025年工作回顾</p><h2>二、2026年工作安排</h2>甲<br>乙<br/>丙</div>\n丁";
        ReportText t = ReportText.of(text);
        assertEquals(List.of("各位代表:", "一、2025年工作回顾", "二、2026年工作安排", "甲", "乙", "丙", "丁"),
                t.lines().stream().map(l -> l.clean).toList());
        for (int i = 0; i < 6; i++) {
            assertEquals(0, t.lines().get(i).physical);
            assertEquals(0, t.lines().get(i).physicalStart);
            assertEquals(i, t.lines().get(i).index);
        }
        assertEquals(1, t.lines().get(6).physical);
        assertEquals(text.indexOf('丁'), t.lines().get(6).physicalStart);
        // lines do not overlap, the tags that cut them belong to none, the markup after the last one closes it
        ReportText.Line first = t.lines().get(0);
        assertEquals(0, first.start);
        assertEquals(text.indexOf("</p>"), first.end);
        assertEquals(text.indexOf("<p>一") + 3, t.lines().get(1).cleanStart());
        assertEquals(text.indexOf('\n'), t.lines().get(5).end);
        assertOffsetsSound(text);
    }

    @Test
    void aParagraphPerLineIsOneLineEachAsBefore() {
        String text = "<p>各位代表：</p>\n<p class=\"t\">一、2025年工作回顾</p>\n\n<br>\n";
        assertEquals(List.of("各位代表:", "一、2025年工作回顾", "", "", ""), cleanLines(text));
    }

    @Test
    void aMarkdownTableRowIsNotCutAtItsBreaks() {
        String text = "| 1 | 交通 | （1）改造15个路口。<br>（2）新建停车位500个。<br> |\n下一行";
        assertEquals(List.of("| 1 | 交通 | (1)改造15个路口。(2)新建停车位500个。 |", "下一行"), cleanLines(text));
    }

    @Test
    void wordProcessorLineBreaksEndLines() {
        String text = "第一段\u2028第二段\u000B第三段\u2029第四段\u0085第五段";
        ReportText t = ReportText.of(text);
        assertEquals(List.of("第一段", "第二段", "第三段", "第四段", "第五段"), t.lines().stream().map(l -> l.clean).toList());
        assertEquals(4, t.lines().get(4).physical);
    }

    @Test
    void problemsCountTheTextsOwnLines() {
        // the review part's unnamed value stands on the second line of the text, after two <br> cuts on the first
        String text = "<p>政府工作报告</p><p>各位代表：</p><p>一、2025年工作回顾</p>\n<p>过去一年，全年增长了，为12%。</p>";
        List<ReportProblem> problems = new ArrayList<>();
        ReportParser.builder().build().parse(text, problems::add);
        ReportProblem unnamed = problems.stream().filter(p -> p.type() == ReportProblem.Type.UNNAMED_VALUE)
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(2, unnamed.line(), unnamed.toString());
        int lineStart = text.indexOf('\n') + 1;
        assertEquals(unnamed.index() - lineStart + 1, unnamed.column(), unnamed.toString());
    }
}
