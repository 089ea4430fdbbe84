package io.github.govreport.parser.internal.report.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Joining header lines and reading front matter, on invented headers. */
class HeaderLineTest {

    private static List<String> joined(String text) {
        ReportText t = ReportText.of(text);
        return HeaderLine.logicals(t.lines(), 0, t.lines().size()).stream().map(l -> l.s).toList();
    }

    @Test
    void breaksInsideMeetingTitleAndByline() {
        assertEquals(List.of("——2024年1月15日在示例市第三届人民代表大会第二次会议上"),
            joined("——2024年1月15日在示例市第三届人民代表大会\n\n第二次会议上\n"));
        assertEquals(List.of("在示例市第三届人民代表大会第二次会议上"), joined("在示例市第三届\n人民代表大会第二次会议上\n"));
        assertEquals(List.of("政府工作报告"), joined("政 府 工 作 报\n告\n"));
        assertEquals(List.of("示例市市长王明远"), joined("示例市市长\n王 明 远\n"));
        assertEquals(List.of("政府工作报告", "示例市市长"), joined("政府工作报告\n示例市市长\n"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "政 府 工 作 报 告\n";
        ReportText t = ReportText.of(text);
        HeaderLine l = HeaderLine.logicals(t.lines(), 0, t.lines().size()).get(0);
        assertEquals("政府工作报告", l.value(t, 0, 6));
        assertEquals(0, l.first);
    }

    @Test
    void frontMatterTitle() {
        ReportText t = ReportText.of("---\nsource: https://example.org/a.html\ntitle: \"示例市2023年政府工作报告\"\n---\n各位代表：\n");
        HeaderLine.FrontMatter f = HeaderLine.FrontMatter.of(t.lines(), 40);
        assertEquals(4, f.end());
        assertEquals("示例市2023年政府工作报告", f.title().s);
    }

    @Test
    void unclosedRuleIsNoFrontMatter() {
        ReportText t = ReportText.of("---\ntitle: 示例市2023年政府工作报告\n各位代表：\n");
        HeaderLine.FrontMatter f = HeaderLine.FrontMatter.of(t.lines(), 40);
        assertEquals(0, f.end());
        assertNull(f.title());
    }
}
